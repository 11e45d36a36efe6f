import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  DirRegistry,
  chooseRegistry,
  configuredChampion,
  registryChampion
} from "./chunk-VROBEDHA.js";
import "./chunk-Z7B7WNOA.js";
import "./chunk-UDEL5NW4.js";
import "./chunk-TK3KZ7H5.js";
import "./chunk-6O7DFYOK.js";
import "./chunk-FW7P332B.js";
import "./chunk-WLXISTF7.js";
import "./chunk-HZQMMYM6.js";
import "./chunk-FHBWZ2UA.js";
import "./chunk-62SJ64MT.js";
import "./chunk-OG4VE27J.js";
export {
  DirRegistry,
  chooseRegistry,
  configuredChampion,
  registryChampion
};
