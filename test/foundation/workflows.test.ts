import { readdir, readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from "@actions/workflow-parser";
import { parseAction } from "@actions/workflow-parser/actions/action-parser";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";

const root = resolve(import.meta.dirname, "../..");

async function yamlFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(join(root, dir)))
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => join(dir, f))
      .sort();
  } catch {
    return [];
  }
}

const workflowDirs = [".github/workflows", "workflows", "example-repo/.github/workflows"];
const workflows = (await Promise.all(workflowDirs.map(yamlFiles))).flat();
const actionFiles = [
  "action.yml",
  ...(await readdir(join(root, "actions"))).map((d) => `actions/${d}/action.yml`).sort(),
];

/** Parse a workflow with GitHub's own parser; return every error it reports. */
async function workflowErrors(name: string, content: string): Promise<string[]> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (parsed.value) {
    const template = await convertWorkflowTemplate(parsed.context, parsed.value);
    for (const e of template.errors ?? []) errors.push(e.Message);
  }
  return errors;
}

function actionErrors(name: string, content: string): string[] {
  const parsed = parseAction({ name, content }, new NoOperationTraceWriter());
  return parsed.context.errors.getErrors().map((e) => e.message);
}

describe("workflow files", () => {
  it("finds the kit's workflows", () => {
    expect(workflows.length).toBeGreaterThan(0);
  });
  it.each(workflows)("%s is valid for GitHub's workflow parser", async (file) => {
    const content = await readFile(join(root, file), "utf8");
    expect(await workflowErrors(file, content)).toEqual([]);
  });
});

describe("action metadata", () => {
  it("has the six actions and the root action", () => {
    expect(actionFiles).toEqual(
      expect.arrayContaining([
        "action.yml",
        ...["validate-data", "train", "evaluate-vs-baseline", "register", "deploy", "drift-check"].map(
          (a) => `actions/${a}/action.yml`,
        ),
      ]),
    );
  });
  it.each(actionFiles)("%s is valid for GitHub's action parser", async (file) => {
    const content = await readFile(join(root, file), "utf8");
    expect(actionErrors(file, content)).toEqual([]);
  });
  it.each(actionFiles)(
    "%s describes every input and output, and JavaScript actions point at a built entry",
    async (file) => {
      const meta = parseYaml(await readFile(join(root, file), "utf8")) as {
        inputs?: Record<string, { description?: string }>;
        outputs?: Record<string, { description?: string }>;
        runs: { using: string; main?: string };
      };
      for (const [k, v] of Object.entries({ ...meta.inputs, ...meta.outputs })) {
        expect(v.description, `${file}: ${k}`).toBeTruthy();
      }
      if (meta.runs.using.startsWith("node")) {
        expect(meta.runs.using).toBe("node24");
        const entry = relative(root, resolve(root, file, "..", meta.runs.main!));
        expect(entry).toMatch(/^dist\/[a-z-]+\.js$/);
        await expect(readFile(join(root, entry), "utf8")).resolves.toBeTruthy();
      }
    },
  );
});

describe("the parsers catch mistakes (so the checks above can fail)", () => {
  it("rejects an unknown key and a bad runs.using", () => {
    const bad = "name: x\ndescription: y\nruns:\n  using: node12\n  main: index.js\n  bogus: 1\n";
    expect(actionErrors("action.yml", bad).length).toBeGreaterThan(0);
  });
  it("rejects a workflow job without runs-on and a broken expression", async () => {
    const bad = "on: push\njobs:\n  a:\n    steps:\n      - run: echo ${{ github.sha \n";
    expect((await workflowErrors("bad.yml", bad)).length).toBeGreaterThan(0);
  });
});

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Job {
  uses?: string;
  with?: Record<string, unknown>;
  steps?: Step[];
}

/** Every `uses:` of the kit's own actions and workflows points at something that exists and takes those inputs. */
describe("references between the kit's files", () => {
  const selfRef = /^\$\/(.+)$/;
  const kitRef = /^mlgate\/mlgate\/(.+)@v\d+$/;

  async function inputsOf(path: string, kind: "action" | "workflow") {
    const text = await readFile(join(root, path), "utf8");
    const doc = parseYaml(text) as {
      inputs?: Record<string, { required?: boolean; default?: unknown }>;
      on?: { workflow_call?: { inputs?: Record<string, { required?: boolean; default?: unknown }> } };
    };
    return (kind === "action" ? doc.inputs : doc.on?.workflow_call?.inputs) ?? {};
  }

  async function checkCall(file: string, target: string, withKeys: Record<string, unknown> | undefined) {
    const isWorkflow = target.startsWith(".github/workflows/");
    const path = isWorkflow ? target : `${target}/action.yml`;
    const declared = await inputsOf(path, isWorkflow ? "workflow" : "action");
    for (const key of Object.keys(withKeys ?? {})) {
      expect(Object.keys(declared), `${file}: ${target} has no input '${key}'`).toContain(key);
    }
    for (const [name, spec] of Object.entries(declared)) {
      if (spec.required && spec.default === undefined) {
        expect(Object.keys(withKeys ?? {}), `${file}: required input '${name}' of ${target}`).toContain(name);
      }
    }
  }

  const files = [...workflows, ...actionFiles];
  it.each(files)("%s", async (file) => {
    const doc = parseYaml(await readFile(join(root, file), "utf8")) as {
      jobs?: Record<string, Job>;
      runs?: { steps?: Step[] };
    };
    const calls: { uses: string; with?: Record<string, unknown> }[] = [];
    for (const job of Object.values(doc.jobs ?? {})) {
      if (job.uses) calls.push({ uses: job.uses, with: job.with });
      for (const s of job.steps ?? []) if (s.uses) calls.push({ uses: s.uses, with: s.with });
    }
    for (const s of doc.runs?.steps ?? []) if (s.uses) calls.push({ uses: s.uses, with: s.with });
    for (const call of calls) {
      const self = selfRef.exec(call.uses) ?? kitRef.exec(call.uses);
      if (self) {
        await checkCall(file, self[1]!, call.with);
      } else {
        // Third-party actions are pinned to a major version or a commit.
        expect(call.uses, `${file}: ${call.uses}`).toMatch(/^[\w.-]+\/[\w./-]+@(v\d+(\.\d+)*|[0-9a-f]{40})$/);
      }
    }
  });
});
