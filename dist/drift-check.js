import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  planned
} from "./chunks/chunk-TOIOM2AK.js";
import "./chunks/chunk-EANIINQF.js";
import {
  init_esm_dirname
} from "./chunks/chunk-OG4VE27J.js";

// src/actions/drift-check.ts
init_esm_dirname();
planned("drift-check");
