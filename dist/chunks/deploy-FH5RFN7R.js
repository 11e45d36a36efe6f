import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  deploySection,
  kserveSection
} from "./chunk-XQHDV4PC.js";
import "./chunk-FHBWZ2UA.js";
import "./chunk-OG4VE27J.js";
export {
  deploySection,
  kserveSection
};
