import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  DirRegistry,
  chooseRegistry,
  registryChampion
} from "./chunk-5FQNN2YW.js";
import "./chunk-CW2DT7U7.js";
import "./chunk-UDEL5NW4.js";
import "./chunk-TK3KZ7H5.js";
import "./chunk-FKTEYQ5H.js";
import "./chunk-WLXISTF7.js";
import "./chunk-HZQMMYM6.js";
import "./chunk-FHBWZ2UA.js";
import "./chunk-62SJ64MT.js";
import "./chunk-OG4VE27J.js";
export {
  DirRegistry,
  chooseRegistry,
  registryChampion
};
