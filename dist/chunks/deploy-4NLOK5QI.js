import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  TARGETS,
  deployCommand,
  deployStatus,
  deployStop,
  describeDeploy,
  rollbackCommand
} from "./chunk-7T6HAAQB.js";
import "./chunk-YGBQGAWD.js";
import "./chunk-2VVLOP77.js";
import "./chunk-FW7P332B.js";
import "./chunk-FHBWZ2UA.js";
import "./chunk-62SJ64MT.js";
import "./chunk-OG4VE27J.js";
export {
  TARGETS,
  deployCommand,
  deployStatus,
  deployStop,
  describeDeploy,
  rollbackCommand
};
