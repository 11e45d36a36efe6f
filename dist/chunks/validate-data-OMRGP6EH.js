import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  validateData
} from "./chunk-5HKQ2A4L.js";
import "./chunk-IK6Y36VG.js";
import "./chunk-6F7JG7EM.js";
import "./chunk-SSE3CM3P.js";
import "./chunk-Z2KXVVDY.js";
import "./chunk-BVASLHH3.js";
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
