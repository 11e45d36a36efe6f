import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  validateData
} from "./chunk-GB47KKQI.js";
import "./chunk-5EHMTRCM.js";
import "./chunk-3SPRZ3YN.js";
import "./chunk-E44AUMPY.js";
import "./chunk-SSE3CM3P.js";
import "./chunk-Z2KXVVDY.js";
import "./chunk-IWO3NZ66.js";
import "./chunk-E7DB23Y5.js";
import "./chunk-7KZPQ6D6.js";
import "./chunk-I2J6S7FN.js";
import "./chunk-THBFYJGS.js";
import "./chunk-HZQMMYM6.js";
import "./chunk-FHBWZ2UA.js";
import "./chunk-A4QG2QOJ.js";
import "./chunk-OG4VE27J.js";
export {
  validateData
};
