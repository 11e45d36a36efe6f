import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  validateData
} from "./chunk-X4CEQO6A.js";
import "./chunk-UHT5CBQS.js";
import "./chunk-NHQGETXD.js";
import "./chunk-UIJ5YEQO.js";
import "./chunk-CTJ7PGUG.js";
import "./chunk-MEZAY5XX.js";
import "./chunk-7X562T77.js";
import "./chunk-LXDNF7DQ.js";
import "./chunk-SNNBJZIZ.js";
import "./chunk-6O7DFYOK.js";
import "./chunk-EZI4AYPW.js";
import "./chunk-Z2KXVVDY.js";
import "./chunk-WLXISTF7.js";
import "./chunk-FW7P332B.js";
import "./chunk-4UCGVU6C.js";
import "./chunk-TKY34EYT.js";
import "./chunk-T7VKUT63.js";
import "./chunk-Q6CFKWPI.js";
import "./chunk-KZ2VNCYO.js";
import "./chunk-HZQMMYM6.js";
import "./chunk-I2J6S7FN.js";
import "./chunk-FHBWZ2UA.js";
import "./chunk-62SJ64MT.js";
import "./chunk-OG4VE27J.js";
export {
  validateData
};
