import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  corruptBundleError,
  hashBundleDir,
  writePulledBundle
} from "./chunk-5EU7FAAZ.js";
import "./chunk-TK3KZ7H5.js";
import "./chunk-WLXISTF7.js";
import "./chunk-FHBWZ2UA.js";
import "./chunk-62SJ64MT.js";
import "./chunk-OG4VE27J.js";
export {
  corruptBundleError,
  hashBundleDir,
  writePulledBundle
};
