import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  validateData
} from "./chunk-LYDAPJGM.js";
import "./chunk-NDGDPXXA.js";
import "./chunk-YCBENL6V.js";
import "./chunk-MEZAY5XX.js";
import "./chunk-I2WN2OAQ.js";
import "./chunk-Z2KXVVDY.js";
import "./chunk-ZCFHDTI3.js";
import "./chunk-WLXISTF7.js";
import "./chunk-LXDNF7DQ.js";
import "./chunk-SNNBJZIZ.js";
import "./chunk-I2J6S7FN.js";
import "./chunk-HOLS7H5G.js";
import "./chunk-T7VKUT63.js";
import "./chunk-FHBWZ2UA.js";
import "./chunk-62SJ64MT.js";
import "./chunk-OG4VE27J.js";
export {
  validateData
};
