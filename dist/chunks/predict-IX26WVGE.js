import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  predictTable
} from "./chunk-IK2WYKX5.js";
import "./chunk-2U23OE5W.js";
import "./chunk-3ECDMZPC.js";
import "./chunk-A4QG2QOJ.js";
import "./chunk-OG4VE27J.js";
export {
  predictTable
};
