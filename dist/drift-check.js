import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  planned
} from "./chunks/chunk-NR675IQ6.js";
import "./chunks/chunk-DPPZ7FGL.js";
import {
  init_esm_dirname
} from "./chunks/chunk-OG4VE27J.js";

// src/actions/drift-check.ts
init_esm_dirname();
planned("drift-check");
