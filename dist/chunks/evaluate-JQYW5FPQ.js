import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  checkReportFor,
  evaluate
} from "./chunk-BX3BIMMH.js";
import "./chunk-2UEPIMMM.js";
import "./chunk-LM5LLMNV.js";
import "./chunk-27HNNM5J.js";
import "./chunk-SQANGP76.js";
import "./chunk-Y7VMZH5F.js";
import "./chunk-TK3KZ7H5.js";
import "./chunk-2VVLOP77.js";
import "./chunk-NHQGETXD.js";
import "./chunk-UIJ5YEQO.js";
import "./chunk-7X562T77.js";
import "./chunk-LXDNF7DQ.js";
import "./chunk-SNNBJZIZ.js";
import "./chunk-EZI4AYPW.js";
import "./chunk-Z2KXVVDY.js";
import "./chunk-WLXISTF7.js";
import "./chunk-4UCGVU6C.js";
import "./chunk-TKY34EYT.js";
import "./chunk-T7VKUT63.js";
import "./chunk-Q6CFKWPI.js";
import "./chunk-KZ2VNCYO.js";
import "./chunk-HZQMMYM6.js";
import "./chunk-FHBWZ2UA.js";
import "./chunk-62SJ64MT.js";
import "./chunk-OG4VE27J.js";
export {
  checkReportFor,
  evaluate
};
