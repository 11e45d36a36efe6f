import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/version.ts
init_esm_dirname();
var VERSION = "0.1.0";

export {
  VERSION
};
