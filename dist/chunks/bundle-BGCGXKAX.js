import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  ONNX_MODEL_FILE,
  TFJS_MODEL_FILE,
  TFJS_WEIGHTS_FILE,
  bundleFiles,
  loadModelBundle,
  readManifest,
  tfjsModelFiles,
  tfjsScorer,
  writeModelBundle
} from "./chunk-OEF2PUA4.js";
import "./chunk-2U23OE5W.js";
import "./chunk-7AAI4OVW.js";
import "./chunk-WN5546TP.js";
import "./chunk-TK3KZ7H5.js";
import "./chunk-E7DB23Y5.js";
import "./chunk-FHBWZ2UA.js";
import "./chunk-A4QG2QOJ.js";
import "./chunk-OG4VE27J.js";
export {
  ONNX_MODEL_FILE,
  TFJS_MODEL_FILE,
  TFJS_WEIGHTS_FILE,
  bundleFiles,
  loadModelBundle,
  readManifest,
  tfjsModelFiles,
  tfjsScorer,
  writeModelBundle
};
