import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { data, Evaluator, Lexer, Parser } from "@actions/expressions";
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from "@actions/workflow-parser";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";

/**
 * What the kit's workflows do when GitHub runs them, worked out statically: expressions are
 * evaluated with GitHub's own expression evaluator (@actions/expressions) against the contexts a
 * given event produces, and reusable-workflow calls are followed input by input, so a test can
 * say "for a fork's pull request, training runs on the hosted runner" without GitHub.
 */

const root = resolve(import.meta.dirname, "../..");
const read = (path: string) => readFile(join(root, path), "utf8");

interface InputSpec {
  type?: string;
  default?: unknown;
  required?: boolean;
}
interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Job {
  name?: string;
  uses?: string;
  with?: Record<string, unknown>;
  "runs-on"?: unknown;
  "timeout-minutes"?: unknown;
  steps?: Step[];
}
interface Workflow {
  name?: string;
  on?: Record<string, unknown> | string | string[];
  concurrency?: { group?: string; "cancel-in-progress"?: unknown } | string;
  jobs: Record<string, Job>;
}

const CONTEXTS = [
  "github",
  "inputs",
  "runner",
  "matrix",
  "steps",
  "needs",
  "env",
  "vars",
  "secrets",
  "strategy",
];

/** Evaluates one expression (the text inside `${{ }}`) to a plain JS value. */
function evaluate(expression: string, context: object): unknown {
  const lexed = new Lexer(expression).lex();
  const parsed = new Parser(lexed.tokens, CONTEXTS, []).parse();
  const dict = JSON.parse(JSON.stringify(context), data.reviver) as data.Dictionary;
  const result = new Evaluator(parsed, dict).evaluate();
  return JSON.parse(JSON.stringify(result, data.replacer) ?? "null");
}

/** A workflow value as GitHub sees it: one whole `${{ }}` keeps its type, anything else interpolates to a string. */
function template(value: unknown, context: object): unknown {
  if (typeof value !== "string") return value;
  const whole = /^\s*\$\{\{([\s\S]*)\}\}\s*$/.exec(value);
  if (whole && !whole[1]!.includes("}}")) return evaluate(whole[1]!, context);
  return value.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, e: string) => {
    const v = evaluate(e, context);
    return v === null ? "" : typeof v === "object" ? JSON.stringify(v) : String(v);
  });
}

async function workflow(path: string): Promise<Workflow> {
  return parseYaml(await read(path)) as Workflow;
}

async function declaredInputs(path: string): Promise<Record<string, InputSpec>> {
  if (path.endsWith("action.yml"))
    return (parseYaml(await read(path)) as { inputs?: Record<string, InputSpec> }).inputs ?? {};
  const on = (await workflow(path)).on as { workflow_call?: { inputs?: Record<string, InputSpec> } };
  return on.workflow_call?.inputs ?? {};
}

/** The inputs a called workflow or action receives: its defaults, overridden by the caller's `with:` evaluated in the caller's context. */
async function callInputs(
  target: string,
  withMap: Record<string, unknown> | undefined,
  callerContext: object,
): Promise<Record<string, unknown>> {
  const declared = await declaredInputs(target);
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(declared)) {
    const dflt = spec.default;
    // Action defaults may be expressions too (e.g. `${{ github.token }}`); workflow defaults are literals.
    out[name] =
      typeof dflt === "string" && dflt.includes("${{") ? template(dflt, callerContext) : (dflt ?? "");
  }
  for (const [name, value] of Object.entries(withMap ?? {})) {
    expect(Object.keys(declared), `${target} declares input '${name}'`).toContain(name);
    const v = template(value, callerContext);
    out[name] = declared[name]?.type === "number" ? Number(v) : v;
  }
  return out;
}

const REPO = "octo-org/models";
type Event = { name: string; payload: object };
const fork: Event = {
  name: "pull_request",
  payload: { pull_request: { number: 7, head: { repo: { full_name: "someone/models" } } } },
};
const sameRepo: Event = {
  name: "pull_request",
  payload: { pull_request: { number: 8, head: { repo: { full_name: REPO } } } },
};
// A fork deleted after its pull request was opened: GitHub sends `head.repo: null`.
const deletedFork: Event = {
  name: "pull_request",
  payload: { pull_request: { number: 9, head: { repo: null } } },
};
const forkTarget: Event = { name: "pull_request_target", payload: fork.payload };
const push: Event = { name: "push", payload: { ref: "refs/heads/main" } };

function githubContext(event: Event) {
  return {
    repository: REPO,
    event_name: event.name,
    event: event.payload,
    workflow: "ml-pr",
    ref: "refs/pull/7/merge",
  };
}

const KIT_CALL = /^(?:\$\/|mlgate\/mlgate\/)(\.github\/workflows\/[\w.-]+\.yml)(?:@v\d+)?$/;
const KIT_ACTION = /^(?:\$\/|mlgate\/mlgate\/)(actions\/[\w-]+)(?:@v\d+)?$/;

interface Resolved {
  /** The train job's runner labels. */
  trainRunsOn: unknown;
  /** The inputs the train action receives. */
  trainAction: Record<string, unknown>;
  /** Names of artifacts uploaded and downloaded, by job. */
  artifacts: { job: string; action: string; name: unknown; pattern: unknown }[];
  /** The inputs the evaluate-vs-baseline action receives. */
  evaluateAction: Record<string, unknown>;
}

/**
 * Follows a caller's job that uses ml-pr.yml down to the train action, as GitHub would for `event`.
 * Only the pieces the tests look at are resolved.
 */
async function resolveMlPr(event: Event, withMap: Record<string, unknown>): Promise<Resolved> {
  const github = githubContext(event);
  const runner = { temp: "/runner/_temp" };
  const mlPrInputs = await callInputs(".github/workflows/ml-pr.yml", withMap, { github });
  const mlPr = await workflow(".github/workflows/ml-pr.yml");
  const ctx = { github, inputs: mlPrInputs, runner };
  const artifacts: Resolved["artifacts"] = [];
  let trainRunsOn: unknown;
  let trainAction: Record<string, unknown> = {};
  let evaluateAction: Record<string, unknown> = {};
  for (const [id, job] of Object.entries(mlPr.jobs)) {
    for (const step of job.steps ?? []) {
      const action = KIT_ACTION.exec(step.uses ?? "");
      if (action?.[1] === "actions/evaluate-vs-baseline")
        evaluateAction = await callInputs(`${action[1]}/action.yml`, step.with, ctx);
      if (/^actions\/(upload|download)-artifact@/.test(step.uses ?? "")) {
        artifacts.push({
          job: id,
          action: step.uses!.split("@")[0]!,
          name: template(step.with?.name, ctx),
          pattern: template(step.with?.pattern, ctx),
        });
      }
    }
    const called = KIT_CALL.exec(job.uses ?? "");
    if (called?.[1] !== ".github/workflows/train.yml") continue;
    const trainInputs = await callInputs(called[1], job.with, ctx);
    const trainYml = await workflow(called[1]);
    const trainCtx = { github, inputs: trainInputs, runner };
    const trainJob = trainYml.jobs.train!;
    trainRunsOn = template(trainJob["runs-on"], trainCtx);
    for (const step of trainJob.steps ?? []) {
      const action = KIT_ACTION.exec(step.uses ?? "");
      if (action?.[1] === "actions/train")
        trainAction = await callInputs(`${action[1]}/action.yml`, step.with, trainCtx);
    }
    artifacts.push({ job: id, action: "train", name: trainAction["artifact-name"], pattern: undefined });
  }
  return { trainRunsOn, trainAction, artifacts, evaluateAction };
}

const GPU = '["self-hosted", "gpu"]';

describe("pull requests from forks never reach the training runner you choose", () => {
  it.each([
    ["a fork's pull request", fork],
    ["a pull request from a fork since deleted", deletedFork],
    ["a fork's pull_request_target", forkTarget],
  ])("%s trains on the hosted runner", async (_, event) => {
    expect((await resolveMlPr(event, { "train-runs-on": GPU })).trainRunsOn).toBe("ubuntu-latest");
    // ml-pr.yml's own runner for validation and evaluation is the one forks get.
    const custom = await resolveMlPr(event, { "train-runs-on": GPU, "runs-on": '"ubuntu-24.04"' });
    expect(custom.trainRunsOn).toBe("ubuntu-24.04");
  });

  it("a branch of the repository itself, and a push, train on the chosen runner", async () => {
    expect((await resolveMlPr(sameRepo, { "train-runs-on": GPU })).trainRunsOn).toEqual([
      "self-hosted",
      "gpu",
    ]);
    expect((await resolveMlPr(push, { "train-runs-on": '"arc-gpu"' })).trainRunsOn).toBe("arc-gpu");
  });

  it("train.yml called directly keeps forks off runs-on, even with fork-runs-on left empty", async () => {
    const github = githubContext(fork);
    const job = (await workflow(".github/workflows/train.yml")).jobs.train!;
    for (const forkRunsOn of [undefined, ""]) {
      const inputs = await callInputs(
        ".github/workflows/train.yml",
        { "runs-on": GPU, ...(forkRunsOn === undefined ? {} : { "fork-runs-on": forkRunsOn }) },
        { github },
      );
      expect(template(job["runs-on"], { github, inputs })).toBe("ubuntu-latest");
    }
  });
});

describe("ml-pr.yml compares with the registry's champion by default", () => {
  it("gives the evaluate action no baseline unless the caller does, and passes the registry through", async () => {
    const byDefault = (await resolveMlPr(sameRepo, {})).evaluateAction;
    // No baseline and no registry: the action takes evaluate.baseline, else the champion from
    // registry.path in mlgate.yml, else first-model mode.
    expect(byDefault.baseline).toBe("");
    expect(byDefault.registry).toBe("");
    const given = (await resolveMlPr(sameRepo, { baseline: "main/model", registry: "models/registry" }))
      .evaluateAction;
    expect(given.baseline).toBe("main/model");
    expect(given.registry).toBe("models/registry");
  });
});

describe("ml-pr.yml passes training settings through", () => {
  it("leaves the backend to mlgate.yml unless one is given", async () => {
    expect((await resolveMlPr(sameRepo, {})).trainAction.backend).toBe("");
    expect((await resolveMlPr(sameRepo, { backend: "webgpu" })).trainAction.backend).toBe("webgpu");
  });

  it("reaches the train action's tfjs-node input", async () => {
    expect((await resolveMlPr(sameRepo, {})).trainAction["tfjs-node"]).toBe("");
    expect((await resolveMlPr(sameRepo, { "tfjs-node": "gpu" })).trainAction["tfjs-node"]).toBe("gpu");
  });

  it("names every artifact with the prefix, so one workflow can call it twice", async () => {
    const names = async (w: Record<string, unknown>) =>
      (await resolveMlPr(sameRepo, w)).artifacts.map((a) => `${a.job} ${a.action} ${a.name ?? a.pattern}`);
    expect(await names({ "artifact-prefix": "second" })).toEqual([
      "validate actions/upload-artifact second-validation",
      "train train second-model",
      "evaluate actions/download-artifact second-model",
      "evaluate actions/download-artifact second-validation",
      "evaluate actions/upload-artifact second-evaluation",
    ]);
    // The default matches what the fork-safe poster downloads by default.
    const publishInputs = await declaredInputs(".github/workflows/ml-publish.yml");
    expect(await names({})).toContain(
      `evaluate actions/upload-artifact ${publishInputs["artifact-name"]!.default}`,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Static hygiene over every workflow and action the kit ships.

async function yamlFiles(dir: string): Promise<string[]> {
  return (await readdir(join(root, dir)))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => `${dir}/${f}`)
    .sort();
}
const workflowFiles = (
  await Promise.all([".github/workflows", "workflows", "example-repo/.github/workflows"].map(yamlFiles))
).flat();
const actionFiles = [
  "action.yml",
  ...(await readdir(join(root, "actions"))).map((d) => `actions/${d}/action.yml`).sort(),
];

/** The README's calling workflow, the snippet a user copies. */
async function readmeSnippet(): Promise<Workflow> {
  const blocks = [...(await read("README.md")).matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const snippet = blocks.find((b) => /uses: mlgate\/mlgate\/\.github\/workflows\/ml-pr\.yml@/.test(b));
  expect(snippet, "README has a yaml block calling ml-pr.yml").toBeDefined();
  return parseYaml(snippet!) as Workflow;
}

const triggers = (w: Workflow): string[] =>
  typeof w.on === "string" ? [w.on] : Array.isArray(w.on) ? w.on : Object.keys(w.on ?? {});

/**
 * The first major of each action that runs on Node 24 (`runs.using: node24` in the action's own
 * action.yml at that tag). Earlier majors run on Node 20, which runners no longer carry. An action
 * not listed here must be added with its node24 major before a workflow may use it.
 */
const NODE24_MAJOR: Record<string, number> = {
  "actions/checkout": 5,
  "actions/setup-node": 5,
  "actions/upload-artifact": 6,
  "actions/download-artifact": 7,
  "actions/cache": 5,
};

describe("workflow hygiene", () => {
  it.each(workflowFiles)("%s: every job that runs steps has timeout-minutes", async (file) => {
    for (const [id, job] of Object.entries((await workflow(file)).jobs)) {
      // A job that calls a reusable workflow may not set one; the called workflow's jobs do.
      if (job.uses) continue;
      expect(job["timeout-minutes"], `${file}: job ${id}`).toBeDefined();
    }
  });

  it.each([...workflowFiles, ...actionFiles])("%s: uses no Node 20-era action major", async (file) => {
    const doc = parseYaml(await read(file)) as { jobs?: Record<string, Job>; runs?: { steps?: Step[] } };
    const steps = [
      ...Object.values(doc.jobs ?? {}).flatMap((j) => j.steps ?? []),
      ...(doc.runs?.steps ?? []),
    ];
    for (const { uses } of steps) {
      if (!uses || uses.startsWith("$/") || uses.startsWith("./") || uses.startsWith("mlgate/mlgate"))
        continue;
      const [action, ref] = uses.split("@") as [string, string];
      const floor = NODE24_MAJOR[action];
      expect(floor, `${file}: ${action} has a known node24 major`).toBeDefined();
      const major = /^v(\d+)/.exec(ref)?.[1];
      expect(major, `${file}: ${uses} is pinned to a major`).toBeDefined();
      expect(
        Number(major),
        `${file}: ${uses} runs on Node 20; use @v${floor} or later`,
      ).toBeGreaterThanOrEqual(floor!);
    }
  });

  const pullRequestWorkflows = async () => {
    const all: [string, Workflow][] = [];
    for (const f of workflowFiles) all.push([f, await workflow(f)]);
    all.push(["README.md", await readmeSnippet()]);
    return all.filter(
      ([, w]) => triggers(w).includes("pull_request") && !triggers(w).includes("workflow_call"),
    );
  };

  it("every workflow run on pull requests cancels the run a new push supersedes", async () => {
    const found = await pullRequestWorkflows();
    expect(found.map(([f]) => f)).toEqual(
      expect.arrayContaining([".github/workflows/ci.yml", "workflows/ml-pr.yml", "README.md"]),
    );
    for (const [file, w] of found) {
      const c = w.concurrency;
      expect(typeof c === "object" && c, `${file}: concurrency`).toBeTruthy();
      const conc = c as { group: string; "cancel-in-progress": unknown };
      const at = (event: Event) => ({ github: githubContext(event) });
      // One group per pull request: two pull requests never cancel each other.
      expect(template(conc.group, at(fork)), file).not.toBe(template(conc.group, at(sameRepo)));
      expect(template(conc["cancel-in-progress"], at(fork)), file).toBe(true);
    }
  });
});

describe("the README's calling workflow", () => {
  it("is valid for GitHub's workflow parser", async () => {
    const blocks = [...(await read("README.md")).matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m) => m[1]!);
    const content = blocks.find((b) => b.includes("/.github/workflows/ml-pr.yml@"))!;
    const parsed = parseWorkflow({ name: "ml-pr.yml", content }, new NoOperationTraceWriter());
    const errors = parsed.context.errors.getErrors().map((e) => e.message);
    const converted = await convertWorkflowTemplate(parsed.context, parsed.value!);
    for (const e of converted.errors ?? []) errors.push(e.Message);
    expect(errors).toEqual([]);
  });
});

describe("the fork-safe poster listens for the pull-request workflow by its name", () => {
  /** Sets a user copies together: each poster's `workflow_run.workflows` must name a pull-request workflow of its set. */
  const sets: [string, () => Promise<Workflow[]>][] = [
    ["workflows/", async () => Promise.all((await yamlFiles("workflows")).map(workflow))],
    [
      "example-repo/.github/workflows/",
      async () => Promise.all((await yamlFiles("example-repo/.github/workflows")).map(workflow)),
    ],
    // The README's snippet is used with the starter poster it points to.
    [
      "README.md + workflows/ml-pr-publish.yml",
      async () => [await readmeSnippet(), await workflow("workflows/ml-pr-publish.yml")],
    ],
  ];

  it.each(sets)("%s", async (_, load) => {
    const set = await load();
    const prNames = set.filter((w) => triggers(w).includes("pull_request")).map((w) => w.name);
    const posters = set.filter((w) => triggers(w).includes("workflow_run"));
    expect(prNames.length).toBeGreaterThan(0);
    expect(posters.length).toBeGreaterThan(0);
    for (const w of set.filter((x) => triggers(x).includes("pull_request"))) {
      // Without a name, workflow_run would have to match the file path.
      expect(w.name, "the pull-request workflow has a name").toBeTruthy();
    }
    for (const p of posters) {
      const listened = (p.on as { workflow_run: { workflows: string[] } }).workflow_run.workflows;
      for (const name of listened) expect(prNames, `${p.name} listens for '${name}'`).toContain(name);
    }
  });
});

describe("the fork-safe poster tolerates a run that uploaded nothing", () => {
  it("downloads the artifact by pattern: no match downloads nothing and succeeds, a missing `name:` fails red", async () => {
    const poster = await workflow(".github/workflows/ml-publish.yml");
    const steps = poster.jobs.publish!.steps ?? [];
    const download = steps.find((s) => s.uses?.startsWith("actions/download-artifact@"));
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, not a JS template
    expect(download?.with).toMatchObject({ pattern: "${{ inputs.artifact-name }}", "merge-multiple": true });
    expect(download?.with).not.toHaveProperty("name");
    // The publish step reads the same directory, where an empty or missing one means "skip".
    const publishStep = steps.find((s) => s.uses === "$/actions/publish");
    expect(publishStep?.with?.dir).toBe(download?.with?.path);
  });
});
