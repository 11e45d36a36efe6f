import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  formatRef,
  parseRef
} from "./chunk-YGBQGAWD.js";
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
  checkOutputPaths,
  toJson,
  writeOutputs
} from "./chunk-WLXISTF7.js";
import {
  require_dist
} from "./chunk-HZQMMYM6.js";
import {
  MlgateError
} from "./chunk-62SJ64MT.js";
import {
  __toESM,
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/commands/registry.ts
init_esm_dirname();

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

// src/commands/registry.ts
function actorFrom(env) {
  return env.GITHUB_ACTOR || env.USER || env.LOGNAME || env.USERNAME || "unknown";
}
function checkAlias(loaded, alias) {
  const allowed = loaded?.config.registry.aliases;
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(alias)) {
    throw new MlgateError(`'${alias}' is not a stage name`, {
      hint: "stage (alias) names are lowercase letters, digits, '.', '_' or '-'"
    });
  }
  if (allowed && !allowed.includes(alias)) {
    throw new MlgateError(`stage '${alias}' is not in registry.aliases`, {
      location: {
        file: loaded?.file,
        line: loaded?.lineOf?.(["registry", "aliases"]),
        key: "registry.aliases"
      },
      hint: `allowed: ${allowed.join(", ")}; add it there to use it`
    });
  }
}
async function resolveRef(registry, text) {
  const ref = parseRef(text);
  const found = await registry.resolve(ref);
  if (found) return found;
  throw await unknownRef(registry, ref);
}
async function unknownRef(registry, ref) {
  const [model] = await registry.list(ref.name);
  if (!model) {
    return new MlgateError(`no model '${ref.name}' in the registry at ${registry.location}`, {
      hint: "register it first with `mlgate register --model <bundle>`, or check --registry"
    });
  }
  if ("alias" in ref) {
    const aliases = Object.keys(model.aliases);
    return new MlgateError(`unknown alias: nothing is assigned to ${formatRef(ref)}`, {
      hint: aliases.length ? `assigned stages: ${aliases.map((a) => `${ref.name}#${a}`).join(", ")}` : `no stage is assigned yet; use \`mlgate registry assign ${ref.name}@v${model.versions.at(-1).version} --stage ${ref.alias} --why "\u2026"\``
    });
  }
  return new MlgateError(`no version ${formatRef(ref)}`, {
    hint: `versions: ${model.versions.map((v) => v.version).join(", ")}`
  });
}
async function listModels(registry, name) {
  const models = await registry.list(name);
  if (name && models.length === 0) throw await unknownRef(registry, { name, latest: true });
  return models;
}
async function showVersion(registry, text) {
  const version = await resolveRef(registry, text);
  const state = foldHistory(await registry.history(version.name));
  return {
    version,
    aliases: Object.entries(state.aliases).filter(([, v]) => v === version.version).map(([a]) => a),
    deprecated: state.deprecated.has(version.version)
  };
}
async function assignStage(registry, loaded, inputs) {
  checkAlias(loaded, inputs.stage);
  requireWhy(inputs.why);
  const version = await resolveRef(registry, inputs.ref);
  const state = foldHistory(await registry.history(version.name));
  if (state.deprecated.has(version.version)) {
    throw new MlgateError(`${version.tag} is deprecated and cannot be assigned`, {
      hint: "assign a version that is not deprecated (`mlgate registry list` marks them)"
    });
  }
  if (state.aliases[inputs.stage] === version.version) {
    throw new MlgateError(`${version.name}#${inputs.stage} already points at ${version.version}`, {
      hint: "nothing to move; `mlgate registry history` shows when it was assigned"
    });
  }
  return registry.assign({
    name: version.name,
    version: version.version,
    alias: inputs.stage,
    actor: inputs.actor,
    why: inputs.why
  });
}
async function deprecateVersion(registry, inputs) {
  requireWhy(inputs.why);
  const ref = parseRef(inputs.ref);
  if (!("version" in ref)) {
    throw new MlgateError(`deprecate takes a version such as ${ref.name}@v1.2.3, not ${inputs.ref}`, {
      hint: "name the version itself, so what is deprecated cannot change under you"
    });
  }
  const version = await resolveRef(registry, inputs.ref);
  const state = foldHistory(await registry.history(version.name));
  if (state.deprecated.has(version.version)) {
    throw new MlgateError(`${version.tag} is deprecated already`, { hint: "nothing to do" });
  }
  const holding = Object.entries(state.aliases).filter(([, v]) => v === version.version);
  if (holding.length) {
    throw new MlgateError(
      `${version.tag} is still assigned to ${holding.map(([a]) => `${version.name}#${a}`).join(", ")}`,
      { hint: "assign those stages to another version first, so no stage points at a deprecated version" }
    );
  }
  return registry.deprecate({
    name: version.name,
    version: version.version,
    actor: inputs.actor,
    why: inputs.why
  });
}
async function modelHistory(registry, name) {
  await listModels(registry, name);
  return registry.history(name);
}
async function pullVersion(registry, inputs) {
  const version = await resolveRef(registry, inputs.ref);
  if (inputs.profile) {
    if (!version.profile) {
      throw new MlgateError(`${version.tag} has no training profile`, {
        hint: "it was registered without --profile; pull without --profile, or register a version with one"
      });
    }
    await checkOutputPaths([inputs.profile]);
  }
  const pulled = await registry.pull(version, inputs.out);
  if (inputs.profile && version.profile) {
    await writeOutputs({ [inputs.profile]: toJson(version.profile) });
    return { version, ...pulled, profile: inputs.profile };
  }
  return { version, ...pulled };
}
function requireWhy(why) {
  if (!why.trim()) {
    throw new MlgateError("--why is empty", { hint: "say why, in a few words: it stays in the history" });
  }
}
async function versionCard(registry, inputs) {
  const shown = await showVersion(registry, inputs.ref);
  const card = modelCard(shown.version, shown);
  if (inputs.out) await writeOutputs({ [inputs.out]: card });
  return { version: shown.version, card, ...inputs.out ? { file: inputs.out } : {} };
}

export {
  modelCard,
  foldHistory,
  actorFrom,
  checkAlias,
  resolveRef,
  listModels,
  showVersion,
  assignStage,
  deprecateVersion,
  modelHistory,
  pullVersion,
  versionCard
};
