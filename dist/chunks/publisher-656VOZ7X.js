import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  choosePublisher,
  githubPublisher
} from "./chunk-2DL63FLK.js";
import "./chunk-DEFAIO2G.js";
import "./chunk-3WSHO5UH.js";
import "./chunk-PDW6HMQT.js";
import "./chunk-WLXISTF7.js";
import "./chunk-I2J6S7FN.js";
import "./chunk-62SJ64MT.js";
import "./chunk-RPKHHJJJ.js";
import "./chunk-OG4VE27J.js";
export {
  choosePublisher,
  githubPublisher
};
