import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  driftCheck
} from "./chunks/chunk-WNOXQQ3K.js";
import "./chunks/chunk-27HNNM5J.js";
import "./chunks/chunk-SQANGP76.js";
import "./chunks/chunk-Y7VMZH5F.js";
import "./chunks/chunk-HY55DCKM.js";
import {
  chooseDriftPorts,
  chooseRegistry
} from "./chunks/chunk-HDL5QZEC.js";
import "./chunks/chunk-OEO3WH64.js";
import "./chunks/chunk-RYEXQM2O.js";
import "./chunks/chunk-5EU7FAAZ.js";
import "./chunks/chunk-TK3KZ7H5.js";
import "./chunks/chunk-YGBQGAWD.js";
import "./chunks/chunk-DEFAIO2G.js";
import "./chunks/chunk-3WSHO5UH.js";
import "./chunks/chunk-PDW6HMQT.js";
import "./chunks/chunk-2VVLOP77.js";
import "./chunks/chunk-UIJ5YEQO.js";
import "./chunks/chunk-CTJ7PGUG.js";
import "./chunks/chunk-MEZAY5XX.js";
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
import {
  driftSection
} from "./chunks/chunk-Q6CFKWPI.js";
import "./chunks/chunk-EANIINQF.js";
import "./chunks/chunk-KZ2VNCYO.js";
import "./chunks/chunk-HZQMMYM6.js";
import "./chunks/chunk-I2J6S7FN.js";
import "./chunks/chunk-FHBWZ2UA.js";
import "./chunks/chunk-62SJ64MT.js";
import {
  init_esm_dirname
} from "./chunks/chunk-OG4VE27J.js";

// src/actions/drift-check.ts
init_esm_dirname();
runAction({
  name: "drift-check",
  inputs: (read) => ({
    reference: read.required("reference"),
    current: read.list("current") ?? [],
    since: read.string("since"),
    labels: read.string("labels"),
    model: read.string("model"),
    registry: read.string("registry"),
    out: read.string("out") ?? "mlgate-out",
    token: read.string("github-token")
  }),
  async run(inputs, env) {
    const loaded = await env.config({ optional: true });
    const policy = loaded?.config.drift ?? driftSection.parse({});
    const ports = chooseDriftPorts({ outDir: inputs.out, policy, token: inputs.token, logger: env.logger });
    env.logger.info(ports.reason);
    return driftCheck(
      loaded,
      {
        reference: inputs.reference,
        current: inputs.current,
        since: inputs.since,
        labels: inputs.labels,
        model: inputs.model,
        out: inputs.out,
        links: ports.runUrl ? { run: ports.runUrl } : void 0
      },
      {
        logger: env.logger,
        progress: env.progress,
        registry: () => chooseRegistry(loaded, inputs.registry),
        alerts: ports.alerts,
        dispatcher: ports.dispatcher
      }
    );
  },
  outputs: (r) => ({
    status: r.report.status,
    drifted: r.report.drifted,
    report: r.files.json,
    "issue-url": r.issue?.url,
    dispatched: r.dispatched
  }),
  summary: (r) => r.markdown,
  // Insufficient data is reported in `status` and the summary, not as a failed step: a quiet week
  // of traffic is not a broken pipeline. Drift fails the step only with drift.fail_on_drift.
  failure: (r) => r.exitCode === 1 ? `data drift in ${r.report.drifted_columns.length} column(s): ${r.report.drifted_columns.slice(0, 10).join(", ")} (drift.fail_on_drift)` : void 0
});
