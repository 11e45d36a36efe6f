import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  checkFileSchema,
  conclusionOf,
  defuseMentions,
  publish
} from "./chunk-D5ZONGVA.js";
import "./chunk-BYQ2RDAE.js";
import "./chunk-Q6XWHT55.js";
import "./chunk-3HWKISYN.js";
import "./chunk-4CNQIAWM.js";
import "./chunk-I2J6S7FN.js";
import "./chunk-FHBWZ2UA.js";
import "./chunk-A4QG2QOJ.js";
import "./chunk-OG4VE27J.js";
export {
  checkFileSchema,
  conclusionOf,
  defuseMentions,
  publish
};
