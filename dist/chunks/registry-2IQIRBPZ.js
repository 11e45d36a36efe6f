import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  actorFrom,
  assignStage,
  checkAlias,
  deprecateVersion,
  listModels,
  modelHistory,
  pullVersion,
  resolveRef,
  showVersion,
  versionCard
} from "./chunk-RYEXQM2O.js";
import "./chunk-YGBQGAWD.js";
import "./chunk-2VVLOP77.js";
import "./chunk-EZI4AYPW.js";
import "./chunk-Z2KXVVDY.js";
import "./chunk-WLXISTF7.js";
import "./chunk-FW7P332B.js";
import "./chunk-HZQMMYM6.js";
import "./chunk-FHBWZ2UA.js";
import "./chunk-62SJ64MT.js";
import "./chunk-OG4VE27J.js";
export {
  actorFrom,
  assignStage,
  checkAlias,
  deprecateVersion,
  listModels,
  modelHistory,
  pullVersion,
  resolveRef,
  showVersion,
  versionCard
};
