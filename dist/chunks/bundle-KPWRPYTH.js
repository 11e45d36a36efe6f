import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  ONNX_MODEL_FILE,
  TFJS_MODEL_FILE,
  TFJS_WEIGHTS_FILE,
  bundleFiles,
  loadModelBundle,
  tfjsModelFiles,
  tfjsScorer,
  writeModelBundle
} from "./chunk-JZMZSJ7L.js";
import "./chunk-CRBIL3TH.js";
import "./chunk-D5BRI7Y7.js";
import "./chunk-WN5546TP.js";
import {
  readManifest
} from "./chunk-OEO3WH64.js";
import "./chunk-TK3KZ7H5.js";
import "./chunk-WLXISTF7.js";
import "./chunk-FHBWZ2UA.js";
import "./chunk-62SJ64MT.js";
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
