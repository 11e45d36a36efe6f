import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  DRIFT_EXIT,
  driftCheck
} from "./chunk-WNOXQQ3K.js";
import "./chunk-27HNNM5J.js";
import "./chunk-SQANGP76.js";
import "./chunk-Y7VMZH5F.js";
import "./chunk-HY55DCKM.js";
import "./chunk-YGBQGAWD.js";
import "./chunk-2VVLOP77.js";
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
import "./chunk-T7VKUT63.js";
import "./chunk-Q6CFKWPI.js";
import "./chunk-HZQMMYM6.js";
import "./chunk-I2J6S7FN.js";
import "./chunk-FHBWZ2UA.js";
import "./chunk-62SJ64MT.js";
import "./chunk-OG4VE27J.js";
export {
  DRIFT_EXIT,
  driftCheck
};
