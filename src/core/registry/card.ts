import { stringify } from "yaml";
import type { VersionRecord } from "../contracts/version.js";
import { escapeCode, escapeMarkdown } from "../report/escape.js";
import { formatDelta, formatInterval, formatNumber, formatPValue } from "../report/format.js";

/**
 * The model card of a version: README.md with Hugging Face–compatible YAML metadata
 * (huggingface.co/docs/hub/model-cards). `model-index` carries the evaluation's candidate metrics
 * as unverified self-reported results on the test data (its path as dataset name and type, its
 * sha256 as revision); a version registered without an evaluation has no `model-index`, since the
 * Hub requires results there. The card is derived from the immutable record, so it is the same
 * whenever it is generated.
 */
export function modelCard(
  v: VersionRecord,
  state: { aliases?: string[]; deprecated?: boolean } = {},
): string {
  const pipeline = v.task === "classification" ? "tabular-classification" : "tabular-regression";
  const e = v.lineage.evaluation;
  const test = v.lineage.data.test;
  const meta: Record<string, unknown> = {
    tags: ["mlgate", pipeline],
    pipeline_tag: pipeline,
  };
  if (e) {
    meta["model-index"] = [
      {
        name: v.name,
        results: [
          {
            task: { type: pipeline },
            dataset: {
              type: test?.path ?? "test",
              name: test?.path ?? "test data",
              split: "test",
              ...(test ? { revision: test.sha256 } : {}),
            },
            metrics: Object.entries(e.metrics).map(([name, m]) => ({
              type: name,
              value: m.value,
              name,
              verified: false,
            })),
          },
        ],
      },
    ];
  }
  const lines: string[] = [
    "---",
    stringify(meta, { lineWidth: 0 }).trimEnd(),
    "---",
    "",
    `# ${escapeMarkdown(v.name)} ${escapeMarkdown(`v${v.version}`)}`,
    "",
    state.deprecated ? "**Deprecated.**\n" : "",
    "| | |",
    "|---|---|",
    `| Tag | ${escapeCode(v.tag)} |`,
    `| Digest | ${escapeCode(v.digest)} |`,
    `| Task | ${escapeMarkdown(v.task)}${v.classes ? ` (${v.classes.map(escapeMarkdown).join(", ")})` : ""} |`,
    `| Inputs | ${v.features.map((f) => `${escapeMarkdown(f.name)} (${escapeMarkdown(f.type)})`).join(", ")} |`,
    ...(state.aliases?.length ? [`| Stages | ${state.aliases.map((a) => escapeCode(a)).join(", ")} |`] : []),
    `| Version rule | ${escapeMarkdown(`${v.bump.rule}: ${v.bump.reason}`)} |`,
    `| Gate | ${escapeMarkdown(`${v.gate.status}: ${v.gate.reason}`)} |`,
    `| Created | ${escapeMarkdown(v.created_at)}${v.lineage.actor ? ` by ${escapeMarkdown(v.lineage.actor)}` : ""} |`,
    ...(v.lineage.git_commit ? [`| Commit | ${escapeCode(v.lineage.git_commit)} |`] : []),
    ...(v.lineage.workflow_run_url ? [`| Run | <${encodeURI(v.lineage.workflow_run_url)}> |`] : []),
    `| Training data | ${escapeCode(v.lineage.data.train.path)}, ${v.lineage.data.train.rows} rows, sha256 ${escapeCode(v.lineage.data.train.sha256)} |`,
    ...(test
      ? [`| Test data | ${escapeCode(test.path)}, ${test.rows} rows, sha256 ${escapeCode(test.sha256)} |`]
      : []),
    "",
  ];
  if (e) {
    lines.push(
      "## Evaluation",
      "",
      `${escapeMarkdown(e.verdict.toUpperCase())}: ${escapeMarkdown(e.summary)} (${e.rows} rows${e.first_model ? ", first model: absolute thresholds only" : ""}).`,
      "",
      "| Metric | Value | 95% interval |",
      "|---|---|---|",
      ...Object.entries(e.metrics).map(
        ([name, m]) =>
          `| ${escapeMarkdown(name)} | ${formatNumber(m.value)} | ${formatInterval(m.low, m.high, "value")} |`,
      ),
      "",
    );
    if (e.baseline) {
      lines.push(
        `Compared with ${e.baseline.version ? escapeCode(`${v.name}@v${e.baseline.version}`) : escapeCode(e.baseline.source)}` +
          (e.baseline.digest ? ` (${escapeCode(e.baseline.digest)})` : "") +
          ":",
        "",
        "| Metric | Δ | Interval of Δ | p | Verdict |",
        "|---|---|---|---|---|",
        ...e.comparisons
          .filter((c) => c.diff !== undefined)
          .map(
            (c) =>
              `| ${escapeMarkdown(c.metric)} | ${formatDelta(c.diff)} | ${formatInterval(c.ci_low, c.ci_high)} | ${formatPValue(c.p_value)} | ${c.verdict ?? "reported"} |`,
          ),
        "",
      );
    }
  }
  lines.push(
    "## Files",
    "",
    ...v.files.map((f) => `- ${escapeCode(f.path)} (${f.bytes} bytes, sha256 ${escapeCode(f.sha256)})`),
    "",
  );
  return lines.filter((l, i) => !(l === "" && lines[i - 1] === "")).join("\n");
}
