import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { parseAction } from "@actions/workflow-parser/actions/action-parser";
import { NoOperationTraceWriter } from "@actions/workflow-parser/templates/trace-writer";
import { parseWorkflow } from "@actions/workflow-parser/workflows/workflow-parser";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { scratch, writeText } from "./helpers.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");
const ACTION_DIR = join(ROOT, "actions/train");
const tmp = scratch();

describe("actions/train", () => {
  it("is a valid composite action whose outputs come from the train step", async () => {
    const text = await readFile(join(ACTION_DIR, "action.yml"), "utf8");
    const result = parseAction({ name: "action.yml", content: text }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    const action = parse(text) as {
      runs: { using: string; steps: { id?: string; uses?: string }[] };
      outputs: Record<string, { value: string }>;
    };
    expect(action.runs.using).toBe("composite");
    for (const name of ["model", "backend", "device", "samples-per-second"]) {
      expect(action.outputs[name]?.value).toBe(`\${{ steps.train.outputs.${name} }}`);
    }
    expect(action.runs.steps.some((s) => s.uses?.startsWith("actions/upload-artifact@"))).toBe(true);
  });

  it("turns `mlgate train --json` into step outputs and the job summary", async () => {
    const dir = await tmp();
    const result = await writeText(
      join(dir, "result.json"),
      JSON.stringify({
        model_dir: "/w/out/model",
        backend: "webgpu",
        device: "GPU: nvidia h100",
        samples_per_second: 123456,
        summary_markdown: "### mlgate train: penguins\n",
      }),
    );
    const output = await writeText(join(dir, "output"), "");
    const summary = await writeText(join(dir, "summary"), "");
    await promisify(execFile)("node", [join(ACTION_DIR, "train-outputs.mjs"), result], {
      env: { ...process.env, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary },
    });
    const written = await readFile(output, "utf8");
    expect(written).toContain("model<<__mlgate_output__\n/w/out/model\n__mlgate_output__\n");
    expect(written).toContain("device<<__mlgate_output__\nGPU: nvidia h100\n__mlgate_output__\n");
    expect(written).toContain("samples-per-second<<__mlgate_output__\n123456\n__mlgate_output__\n");
    expect(await readFile(summary, "utf8")).toBe("### mlgate train: penguins\n");
  });

  it("the reusable workflow takes runs-on as JSON and runs the kit's own train action", async () => {
    const text = await readFile(join(ROOT, ".github/workflows/train.yml"), "utf8");
    const result = parseWorkflow({ name: "train.yml", content: text }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    const workflow = parse(text) as {
      jobs: { train: { "runs-on": string; steps: { uses?: string }[] } };
    };
    // The JSON runner input, or fork-runs-on for a fork's pull request (evaluated in workflow-policy.test.ts).
    expect(workflow.jobs.train["runs-on"]).toMatch(/^\$\{\{ fromJSON\(.*\|\| inputs\.runs-on\) \}\}$/);
    expect(workflow.jobs.train.steps.map((s) => s.uses)).toContain("$/actions/train");
  });
});
