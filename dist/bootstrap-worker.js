import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  kernelFromSpec,
  runClaimedBlocks
} from "./chunks/chunk-OGO3DTG4.js";
import "./chunks/chunk-SQANGP76.js";
import {
  init_esm_dirname
} from "./chunks/chunk-OG4VE27J.js";

// src/core/evaluate/bootstrap-worker.ts
init_esm_dirname();
import { workerData } from "node:worker_threads";
var job = workerData;
runClaimedBlocks(kernelFromSpec(job.candidate), job.baseline && kernelFromSpec(job.baseline), job);
