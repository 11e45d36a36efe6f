import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  validateData
} from "./chunk-2WM6HD3X.js";
import "./chunk-ZKAXWWJN.js";
import "./chunk-452AVMO7.js";
import "./chunk-MEZAY5XX.js";
import "./chunk-SSE3CM3P.js";
import "./chunk-Z2KXVVDY.js";
import "./chunk-G5XNZKQM.js";
import "./chunk-CLQB43L4.js";
import "./chunk-SNNBJZIZ.js";
import "./chunk-I2J6S7FN.js";
import "./chunk-3HOJBQF3.js";
import "./chunk-T7VKUT63.js";
import "./chunk-D5IIECHQ.js";
import "./chunk-FHBWZ2UA.js";
import "./chunk-62SJ64MT.js";
import "./chunk-OG4VE27J.js";
export {
  validateData
};
