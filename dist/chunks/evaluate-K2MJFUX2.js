import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  checkReportFor,
  evaluate
} from "./chunk-MUUSJOOH.js";
import "./chunk-XUP2KBGQ.js";
import "./chunk-ESWKTZBX.js";
import "./chunk-N5B2G353.js";
import "./chunk-JNM4KZQB.js";
import "./chunk-MIYAXN4J.js";
import "./chunk-3ABCXICK.js";
import "./chunk-Z2KXVVDY.js";
import "./chunk-FZZ6RKUY.js";
import "./chunk-E7DB23Y5.js";
import "./chunk-JP2BXL43.js";
import "./chunk-HZQMMYM6.js";
import "./chunk-SGGMRL24.js";
import "./chunk-A4QG2QOJ.js";
import "./chunk-OG4VE27J.js";
export {
  checkReportFor,
  evaluate
};
