import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-D5IIECHQ.js";
import "./chunk-OG4VE27J.js";
export default require_dist();
