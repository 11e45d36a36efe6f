import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  evaluate
} from "./chunks/chunk-BX3BIMMH.js";
import "./chunks/chunk-2UEPIMMM.js";
import "./chunks/chunk-LM5LLMNV.js";
import "./chunks/chunk-27HNNM5J.js";
import "./chunks/chunk-SQANGP76.js";
import "./chunks/chunk-Y7VMZH5F.js";
import {
  choosePublisher,
  configuredChampion
} from "./chunks/chunk-HDL5QZEC.js";
import "./chunks/chunk-OEO3WH64.js";
import "./chunks/chunk-RYEXQM2O.js";
import "./chunks/chunk-5EU7FAAZ.js";
import "./chunks/chunk-TK3KZ7H5.js";
import "./chunks/chunk-YGBQGAWD.js";
import "./chunks/chunk-DEFAIO2G.js";
import {
  commentBudget
} from "./chunks/chunk-3WSHO5UH.js";
import "./chunks/chunk-PDW6HMQT.js";
import "./chunks/chunk-2VVLOP77.js";
import "./chunks/chunk-NHQGETXD.js";
import "./chunks/chunk-UIJ5YEQO.js";
import "./chunks/chunk-7X562T77.js";
import "./chunks/chunk-LXDNF7DQ.js";
import "./chunks/chunk-SNNBJZIZ.js";
import "./chunks/chunk-6O7DFYOK.js";
import "./chunks/chunk-EZI4AYPW.js";
import "./chunks/chunk-Z2KXVVDY.js";
import "./chunks/chunk-WLXISTF7.js";
import "./chunks/chunk-FW7P332B.js";
import {
  runAction
} from "./chunks/chunk-TGF7WUMR.js";
import "./chunks/chunk-4UCGVU6C.js";
import "./chunks/chunk-TKY34EYT.js";
import "./chunks/chunk-T7VKUT63.js";
import "./chunks/chunk-Q6CFKWPI.js";
import "./chunks/chunk-EANIINQF.js";
import "./chunks/chunk-KZ2VNCYO.js";
import "./chunks/chunk-HZQMMYM6.js";
import "./chunks/chunk-I2J6S7FN.js";
import "./chunks/chunk-FHBWZ2UA.js";
import {
  MlgateError
} from "./chunks/chunk-62SJ64MT.js";
import {
  init_esm_dirname
} from "./chunks/chunk-OG4VE27J.js";

// src/actions/evaluate-vs-baseline.ts
init_esm_dirname();
runAction({
  name: "evaluate-vs-baseline",
  inputs: (read) => {
    const task = read.string("task");
    if (task !== void 0 && task !== "classification" && task !== "regression") {
      throw new MlgateError(`input 'task' must be classification or regression, got '${task}'`);
    }
    return {
      candidate: read.required("candidate"),
      baseline: read.string("baseline"),
      data: read.string("data"),
      task,
      out: read.string("out") ?? "mlgate-evaluation",
      model: read.string("model"),
      validation: read.string("validation"),
      token: read.string("github-token"),
      registry: read.string("registry")
    };
  },
  async run(inputs, env) {
    const loaded = await env.config({ optional: true });
    const { publisher, reason } = choosePublisher({
      outDir: inputs.out,
      token: inputs.token,
      logger: env.logger
    });
    env.logger.info(`reports: ${reason}`);
    const champion = configuredChampion(loaded, inputs.registry, env.logger);
    return evaluate(loaded, inputs, {
      logger: env.logger,
      progress: env.progress,
      publisher,
      commentBudget,
      champion
    });
  },
  outputs: (r) => ({
    verdict: r.verdict,
    report: r.files.evaluation,
    comment: r.files.comment,
    "comment-url": r.commentUrl
  }),
  failure: (r) => r.blocking ? `mlgate gate: ${r.summary}` : void 0
});
