import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  validateData
} from "./chunk-5T6N74KB.js";
import "./chunk-VTFCRALX.js";
import "./chunk-WXKQDJQD.js";
import "./chunk-SSE3CM3P.js";
import "./chunk-Z2KXVVDY.js";
import "./chunk-KUTLZVNQ.js";
import "./chunk-E7DB23Y5.js";
import "./chunk-THBFYJGS.js";
import "./chunk-HZQMMYM6.js";
import "./chunk-FHBWZ2UA.js";
import "./chunk-I2J6S7FN.js";
import "./chunk-A4QG2QOJ.js";
import "./chunk-OG4VE27J.js";
export {
  validateData
};
