import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  register
} from "./chunk-SEDXPDPZ.js";
import "./chunk-JZMZSJ7L.js";
import "./chunk-XUXWPNMX.js";
import "./chunk-CRBIL3TH.js";
import "./chunk-HY55DCKM.js";
import "./chunk-D5BRI7Y7.js";
import "./chunk-WN5546TP.js";
import "./chunk-OEO3WH64.js";
import "./chunk-RYEXQM2O.js";
import "./chunk-5EU7FAAZ.js";
import "./chunk-TK3KZ7H5.js";
import "./chunk-YGBQGAWD.js";
import "./chunk-2VVLOP77.js";
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
import "./chunk-HZQMMYM6.js";
import "./chunk-I2J6S7FN.js";
import "./chunk-FHBWZ2UA.js";
import "./chunk-62SJ64MT.js";
import "./chunk-OG4VE27J.js";
export {
  register
};
