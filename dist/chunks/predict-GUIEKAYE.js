import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  predictTable
} from "./chunk-OKGYU23Q.js";
import "./chunk-AEEEKE3H.js";
import "./chunk-3ECDMZPC.js";
import "./chunk-62SJ64MT.js";
import "./chunk-OG4VE27J.js";
export {
  predictTable
};
