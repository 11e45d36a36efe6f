import type { Command } from "commander";
import { contextFrom } from "../context.js";

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerDriftCheck(program: Command): void {
  program
    .command("drift-check")
    .description(
      "Compare production data (files, an inference log, or a profile) with the training reference: per column an adjusted p-value and an effect size; a sticky issue and a retraining dispatch when it drifted",
    )
    .requiredOption(
      "--reference <ref|profile|file>",
      "registry ref (penguins@v1.2.0, penguins#prod: its training profile), a profile.json, or a data file",
    )
    .requiredOption(
      "--current <file|dir>",
      "data file (CSV, JSON Lines, Parquet), inference-log directory, or profile.json; repeat for several",
      collect,
    )
    .option("--since <duration>", "only inference-log rows this recent, by _mlgate_time (30m, 12h, 7d)")
    .option(
      "--labels <file>",
      "labels that arrived later (request_id, row, label): joined to the inference log, each registered metric checked again",
    )
    .option(
      "--model <name>",
      "model name for the issue (default: the registry ref's, else model.name in mlgate.yml)",
    )
    .option(
      "--registry <path|github>",
      "registry a --reference ref resolves in (default: registry in mlgate.yml, else .mlgate/registry)",
    )
    .option(
      "--out <dir>",
      "where drift.json, drift.md and drift.html go (locally also issue.md, dispatch.json)",
      "mlgate-out",
    )
    .addHelpText(
      "after",
      "\nA column drifts when its Benjamini–Hochberg adjusted p-value ≤ drift.alpha AND its effect size\n" +
        "reaches its threshold; the data drifts when drift.drift_share of the columns (or a critical one) do.\n" +
        "Outside GitHub Actions the issue and the dispatch it would make are written under --out.\n" +
        "\nExit code: 0 no drift (or drift without drift.fail_on_drift), 1 drift with fail_on_drift,\n" +
        "3 insufficient data (too few current rows to decide), 2 a usage or data error.\n" +
        "\nExamples:\n" +
        "  $ mlgate drift-check --reference penguins#prod --current logs/ --since 7d\n" +
        "  $ mlgate drift-check --reference mlgate-out/profile.json --current data/june.csv --current data/july.csv\n" +
        "  $ mlgate drift-check --reference data/train.csv --current data/new.parquet --model penguins --json\n" +
        "  $ mlgate drift-check --reference penguins#prod --current logs/ --since 7d --labels labels.csv",
    )
    .action(async (opts, cmd: Command) => {
      const ctx = contextFrom(cmd);
      const { driftCheck } = await import("../../commands/drift-check.js");
      const { chooseDriftPorts, chooseRegistry } = await import("../../wiring.js");
      const { driftSection } = await import("../../core/config/sections/drift.js");
      const loaded = await ctx.config({ optional: true });
      const policy = loaded?.config.drift ?? driftSection.parse({});
      const ports = chooseDriftPorts({ outDir: opts.out, policy, logger: ctx.logger });
      ctx.logger.info(ports.reason);
      const result = await driftCheck(
        loaded,
        {
          reference: opts.reference,
          current: opts.current,
          since: opts.since,
          labels: opts.labels,
          model: opts.model,
          out: opts.out,
          links: ports.runUrl ? { run: ports.runUrl } : undefined,
        },
        {
          logger: ctx.logger,
          progress: ctx.progress,
          registry: () => chooseRegistry(loaded, opts.registry),
          alerts: ports.alerts,
          dispatcher: ports.dispatcher,
        },
      );
      ctx.emit(
        {
          status: result.report.status,
          drifted: result.report.drifted,
          drifted_columns: result.report.drifted_columns,
          files: result.files,
          issue: result.issue?.url,
          dispatched: result.dispatched,
          exit_code: result.exitCode,
        },
        `${result.markdown}\nWrote ${result.files.json}, ${result.files.markdown}, ${result.files.html}` +
          (result.issue ? `\nIssue: ${result.issue.url} (${result.issue.state})` : "") +
          (result.dispatchReason
            ? `\nRetraining: ${result.dispatched ? "dispatched" : result.dispatchReason}`
            : ""),
      );
      process.exitCode = result.exitCode;
    });
}
