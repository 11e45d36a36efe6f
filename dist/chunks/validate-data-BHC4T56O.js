import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  validateData
} from "./chunk-GROIWHTG.js";
import "./chunk-DT6VHE2Y.js";
import "./chunk-KI6N6QU5.js";
import "./chunk-MIYAXN4J.js";
import "./chunk-3ABCXICK.js";
import "./chunk-Z2KXVVDY.js";
import "./chunk-FZZ6RKUY.js";
import "./chunk-E7DB23Y5.js";
import "./chunk-I2J6S7FN.js";
import "./chunk-JP2BXL43.js";
import "./chunk-HZQMMYM6.js";
import "./chunk-SGGMRL24.js";
import "./chunk-A4QG2QOJ.js";
import "./chunk-OG4VE27J.js";
export {
  validateData
};
