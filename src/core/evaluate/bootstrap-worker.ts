/**
 * Worker entry of the parallel paired bootstrap (built as dist/bootstrap-worker.js): rebuilds both
 * kernels from their prepared state and claims blocks of resamples until none are left.
 */
import { workerData } from "node:worker_threads";
import { kernelFromSpec } from "./metrics.js";
import { type BootstrapJob, runClaimedBlocks } from "./paired.js";

const job = workerData as BootstrapJob;
runClaimedBlocks(kernelFromSpec(job.candidate), job.baseline && kernelFromSpec(job.baseline), job);
