import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  validateData
} from "./chunk-J2Y7ONWK.js";
import "./chunk-ELXMIVYC.js";
import "./chunk-DSQTACLT.js";
import "./chunk-JINSHQZO.js";
import "./chunk-SSE3CM3P.js";
import "./chunk-Z2KXVVDY.js";
import "./chunk-OSYS6AMR.js";
import "./chunk-E7DB23Y5.js";
import "./chunk-TY6VTFGC.js";
import "./chunk-THBFYJGS.js";
import "./chunk-HZQMMYM6.js";
import "./chunk-FHBWZ2UA.js";
import "./chunk-I2J6S7FN.js";
import "./chunk-A4QG2QOJ.js";
import "./chunk-OG4VE27J.js";
export {
  validateData
};
