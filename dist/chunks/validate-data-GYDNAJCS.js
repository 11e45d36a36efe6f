import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  validateData
} from "./chunk-R6ENPQBI.js";
import "./chunk-S4VIU6ZQ.js";
import "./chunk-IQBGG7L2.js";
import "./chunk-MEZAY5XX.js";
import "./chunk-J6MXVRA5.js";
import "./chunk-LVHO5Q3S.js";
import "./chunk-LXDNF7DQ.js";
import "./chunk-SNNBJZIZ.js";
import "./chunk-6O7DFYOK.js";
import "./chunk-EZI4AYPW.js";
import "./chunk-Z2KXVVDY.js";
import "./chunk-FW7P332B.js";
import "./chunk-WLXISTF7.js";
import "./chunk-AK5LJU6Z.js";
import "./chunk-T7VKUT63.js";
import "./chunk-I2J6S7FN.js";
import "./chunk-HZQMMYM6.js";
import "./chunk-FHBWZ2UA.js";
import "./chunk-62SJ64MT.js";
import "./chunk-OG4VE27J.js";
export {
  validateData
};
