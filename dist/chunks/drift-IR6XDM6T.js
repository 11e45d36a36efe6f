import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  driftColumnPolicy,
  driftSection
} from "./chunk-Q6CFKWPI.js";
import "./chunk-FHBWZ2UA.js";
import "./chunk-OG4VE27J.js";
export {
  driftColumnPolicy,
  driftSection
};
