import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";

const root = resolve(import.meta.dirname, "../..");
const run = promisify(execFile);

/**
 * A built action as the runner starts it: `node dist/<action>.js` with inputs in INPUT_* variables,
 * outputs and the job summary through the runner's files (under `dir`), annotations on stdout.
 */
export async function runBuiltAction(
  action: string,
  inputs: Record<string, string>,
  dir: string,
  opts: { cwd?: string; env?: Record<string, string>; timeoutMs?: number } = {},
): Promise<{ code: number; stdout: string; outputs: Record<string, string>; summary: string }> {
  const output = join(dir, `${action}.output`);
  const summary = join(dir, `${action}.summary`);
  await writeFile(output, "");
  await writeFile(summary, "");
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: dir,
    ...opts.env,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  let code = 0;
  let stdout = "";
  try {
    ({ stdout } = await run(process.execPath, [join(root, "dist", `${action}.js`)], {
      cwd: opts.cwd ?? dir,
      env,
      timeout: opts.timeoutMs ?? 90_000,
    }));
  } catch (e) {
    ({ code, stdout } = e as { code: number; stdout: string });
  }
  const outputs: Record<string, string> = {};
  for (const m of (await readFile(output, "utf8")).matchAll(
    /^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm,
  ))
    outputs[m[1]!] = m[3]!;
  return { code, stdout, outputs, summary: await readFile(summary, "utf8") };
}
