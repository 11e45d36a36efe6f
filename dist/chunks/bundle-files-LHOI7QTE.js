import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  hashBundleDir
} from "./chunk-UDEL5NW4.js";
import "./chunk-TK3KZ7H5.js";
import "./chunk-FHBWZ2UA.js";
import "./chunk-62SJ64MT.js";
import "./chunk-OG4VE27J.js";
export {
  hashBundleDir
};
