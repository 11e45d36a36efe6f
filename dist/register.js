import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  planned
} from "./chunks/chunk-GK2R3BI5.js";
import "./chunks/chunk-JY54KWOX.js";

// src/actions/register.ts
planned("register");
