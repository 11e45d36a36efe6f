import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  checkFileSchema,
  conclusionOf,
  defuseMentions,
  publish
} from "./chunk-KNRZA4HQ.js";
import "./chunk-DEFAIO2G.js";
import "./chunk-3WSHO5UH.js";
import "./chunk-PDW6HMQT.js";
import "./chunk-2VVLOP77.js";
import "./chunk-I2J6S7FN.js";
import "./chunk-FHBWZ2UA.js";
import "./chunk-62SJ64MT.js";
import "./chunk-OG4VE27J.js";
export {
  checkFileSchema,
  conclusionOf,
  defuseMentions,
  publish
};
