import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  argmaxClass,
  checkClassOutputs,
  predictTable,
  regressionValue,
  scoreEncoded
} from "./chunk-XUXWPNMX.js";
import "./chunk-CRBIL3TH.js";
import "./chunk-LXDNF7DQ.js";
import "./chunk-62SJ64MT.js";
import "./chunk-OG4VE27J.js";
export {
  argmaxClass,
  checkClassOutputs,
  predictTable,
  regressionValue,
  scoreEncoded
};
