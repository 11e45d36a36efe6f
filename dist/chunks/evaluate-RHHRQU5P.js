import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  checkReportFor,
  evaluate
} from "./chunk-IHFKZ6N4.js";
import "./chunk-XUP2KBGQ.js";
import "./chunk-PIIVMGQE.js";
import "./chunk-N5B2G353.js";
import "./chunk-JNM4KZQB.js";
import "./chunk-MIYAXN4J.js";
import "./chunk-Z2KXVVDY.js";
import "./chunk-HE5QJQSU.js";
import "./chunk-E7DB23Y5.js";
import "./chunk-JP2BXL43.js";
import "./chunk-HZQMMYM6.js";
import "./chunk-SGGMRL24.js";
import "./chunk-A4QG2QOJ.js";
import "./chunk-OGO3DTG4.js";
import "./chunk-SQANGP76.js";
import "./chunk-OG4VE27J.js";
export {
  checkReportFor,
  evaluate
};
