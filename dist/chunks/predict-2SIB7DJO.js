import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  predictTable
} from "./chunk-3WL52YSH.js";
import "./chunk-AEEEKE3H.js";
import "./chunk-LXDNF7DQ.js";
import "./chunk-62SJ64MT.js";
import "./chunk-OG4VE27J.js";
export {
  predictTable
};
