import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  planned
} from "./chunks/chunk-UHB3KJBB.js";
import "./chunks/chunk-RPKHHJJJ.js";
import {
  init_esm_dirname
} from "./chunks/chunk-OG4VE27J.js";

// src/actions/register.ts
init_esm_dirname();
planned("register");
