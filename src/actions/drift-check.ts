import { driftCheck } from "../commands/drift-check.js";
import { driftSection } from "../core/config/sections/drift.js";
import { chooseDriftPorts, chooseRegistry } from "../wiring.js";
import { runAction } from "./door.js";

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
    token: read.string("github-token"),
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
        links: ports.runUrl ? { run: ports.runUrl } : undefined,
      },
      {
        logger: env.logger,
        progress: env.progress,
        registry: () => chooseRegistry(loaded, inputs.registry),
        alerts: ports.alerts,
        dispatcher: ports.dispatcher,
      },
    );
  },
  outputs: (r) => ({
    status: r.report.status,
    drifted: r.report.drifted,
    report: r.files.json,
    "issue-url": r.issue?.url,
    dispatched: r.dispatched,
  }),
  summary: (r) => r.markdown,
  // Insufficient data is reported in `status` and the summary, not as a failed step: a quiet week
  // of traffic is not a broken pipeline. Drift fails the step only with drift.fail_on_drift.
  failure: (r) =>
    r.exitCode === 1
      ? `data drift in ${r.report.drifted_columns.length} column(s): ${r.report.drifted_columns.slice(0, 10).join(", ")} (drift.fail_on_drift)`
      : undefined,
});
