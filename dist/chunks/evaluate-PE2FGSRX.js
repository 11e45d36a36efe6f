import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  checkReportFor,
  evaluate
} from "./chunk-MNY4NGUU.js";
import "./chunk-4GSE5X2Z.js";
import "./chunk-5ZGMWNTM.js";
import "./chunk-MNVNYJQV.js";
import "./chunk-3ECDMZPC.js";
import "./chunk-4CNQIAWM.js";
import "./chunk-TK3KZ7H5.js";
import "./chunk-SSE3CM3P.js";
import "./chunk-Z2KXVVDY.js";
import "./chunk-IWO3NZ66.js";
import "./chunk-E7DB23Y5.js";
import "./chunk-7KZPQ6D6.js";
import "./chunk-THBFYJGS.js";
import "./chunk-HZQMMYM6.js";
import "./chunk-FHBWZ2UA.js";
import "./chunk-A4QG2QOJ.js";
import "./chunk-OG4VE27J.js";
export {
  checkReportFor,
  evaluate
};
