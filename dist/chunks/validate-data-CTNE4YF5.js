import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  validateData
} from "./chunk-NKNNS7IW.js";
import "./chunk-DHNFD5DT.js";
import "./chunk-HKYQPNVA.js";
import "./chunk-MEZAY5XX.js";
import "./chunk-J6MXVRA5.js";
import "./chunk-ZCFHDTI3.js";
import "./chunk-LXDNF7DQ.js";
import "./chunk-SNNBJZIZ.js";
import "./chunk-I2J6S7FN.js";
import "./chunk-HSIYMB5D.js";
import "./chunk-EZI4AYPW.js";
import "./chunk-Z2KXVVDY.js";
import "./chunk-WLXISTF7.js";
import "./chunk-XKXBSWYZ.js";
import "./chunk-HZQMMYM6.js";
import "./chunk-T7VKUT63.js";
import "./chunk-FHBWZ2UA.js";
import "./chunk-62SJ64MT.js";
import "./chunk-OG4VE27J.js";
export {
  validateData
};
