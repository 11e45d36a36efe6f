import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  predictTable
} from "./chunk-26I2LHSM.js";
import "./chunk-2U23OE5W.js";
import "./chunk-A4QG2QOJ.js";
import "./chunk-OG4VE27J.js";
export {
  predictTable
};
