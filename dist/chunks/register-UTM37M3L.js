import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  register
} from "./chunk-ZH4K7FRR.js";
import "./chunk-357UA6AY.js";
import "./chunk-CW2DT7U7.js";
import "./chunk-OEO3WH64.js";
import "./chunk-UDEL5NW4.js";
import "./chunk-6H3XEPMU.js";
import "./chunk-TK3KZ7H5.js";
import "./chunk-FKTEYQ5H.js";
import "./chunk-EZI4AYPW.js";
import "./chunk-Z2KXVVDY.js";
import "./chunk-WLXISTF7.js";
import "./chunk-HZQMMYM6.js";
import "./chunk-FHBWZ2UA.js";
import "./chunk-62SJ64MT.js";
import "./chunk-OG4VE27J.js";
export {
  register
};
