import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  formatDelta,
  formatInterval,
  formatNumber,
  formatPValue
} from "./chunk-EZI4AYPW.js";
import {
  escapeCode,
  escapeMarkdown
} from "./chunk-Z2KXVVDY.js";
import {
  require_dist
} from "./chunk-HZQMMYM6.js";
import {
  __toESM,
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/core/registry/card.ts
init_esm_dirname();
var import_yaml = __toESM(require_dist(), 1);
function modelCard(v, state = {}) {
  const pipeline = v.task === "classification" ? "tabular-classification" : "tabular-regression";
  const e = v.lineage.evaluation;
  const test = v.lineage.data.test;
  const meta = {
    tags: ["mlgate", pipeline],
    pipeline_tag: pipeline
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
              ...test ? { revision: test.sha256 } : {}
            },
            metrics: Object.entries(e.metrics).map(([name, m]) => ({
              type: name,
              value: m.value,
              name,
              verified: false
            }))
          }
        ]
      }
    ];
  }
  const lines = [
    "---",
    (0, import_yaml.stringify)(meta, { lineWidth: 0 }).trimEnd(),
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
    ...state.aliases?.length ? [`| Stages | ${state.aliases.map((a) => escapeCode(a)).join(", ")} |`] : [],
    `| Version rule | ${escapeMarkdown(`${v.bump.rule}: ${v.bump.reason}`)} |`,
    `| Gate | ${escapeMarkdown(`${v.gate.status}: ${v.gate.reason}`)} |`,
    `| Created | ${escapeMarkdown(v.created_at)}${v.lineage.actor ? ` by ${escapeMarkdown(v.lineage.actor)}` : ""} |`,
    ...v.lineage.git_commit ? [`| Commit | ${escapeCode(v.lineage.git_commit)} |`] : [],
    ...v.lineage.workflow_run_url ? [`| Run | <${encodeURI(v.lineage.workflow_run_url)}> |`] : [],
    `| Training data | ${escapeCode(v.lineage.data.train.path)}, ${v.lineage.data.train.rows} rows, sha256 ${escapeCode(v.lineage.data.train.sha256)} |`,
    ...test ? [`| Test data | ${escapeCode(test.path)}, ${test.rows} rows, sha256 ${escapeCode(test.sha256)} |`] : [],
    ""
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
        ([name, m]) => `| ${escapeMarkdown(name)} | ${formatNumber(m.value)} | ${formatInterval(m.low, m.high, "value")} |`
      ),
      ""
    );
    if (e.baseline) {
      lines.push(
        `Compared with ${e.baseline.version ? escapeCode(`${v.name}@v${e.baseline.version}`) : escapeCode(e.baseline.source)}` + (e.baseline.digest ? ` (${escapeCode(e.baseline.digest)})` : "") + ":",
        "",
        "| Metric | \u0394 | Interval of \u0394 | p | Verdict |",
        "|---|---|---|---|---|",
        ...e.comparisons.filter((c) => c.diff !== void 0).map(
          (c) => `| ${escapeMarkdown(c.metric)} | ${formatDelta(c.diff)} | ${formatInterval(c.ci_low, c.ci_high)} | ${formatPValue(c.p_value)} | ${c.verdict ?? "reported"} |`
        ),
        ""
      );
    }
  }
  lines.push(
    "## Files",
    "",
    ...v.files.map((f) => `- ${escapeCode(f.path)} (${f.bytes} bytes, sha256 ${escapeCode(f.sha256)})`),
    ""
  );
  return lines.filter((l, i) => !(l === "" && lines[i - 1] === "")).join("\n");
}

// src/core/registry/history.ts
init_esm_dirname();
function foldHistory(events) {
  const aliases = {};
  const deprecated = /* @__PURE__ */ new Set();
  events.forEach((e, i) => {
    if (e.seq !== i + 1)
      throw new Error(`registry history of ${e.name}: event ${i + 1} is numbered ${e.seq}`);
    if (e.kind === "assign" && e.alias) aliases[e.alias] = e.version;
    else if (e.kind === "deprecate") deprecated.add(e.version);
  });
  return { aliases, deprecated, nextSeq: events.length + 1 };
}

export {
  modelCard,
  foldHistory
};
