import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, vi } from "vitest";
import { main } from "../../src/cli/main.js";

/** A scratch directory per test file, removed afterwards. */
export function scratch(): () => Promise<string> {
  const made: string[] = [];
  afterAll(async () => {
    for (const d of made) await rm(d, { recursive: true, force: true });
  });
  return async () => {
    const d = await mkdtemp(join(tmpdir(), "mlgate-train-test-"));
    made.push(d);
    return d;
  };
}

/** Run the CLI in-process; returns the exit code and what went to stdout and stderr. */
export async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const out = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await main(args);
    process.exitCode = undefined;
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

export async function writeText(path: string, text: string): Promise<string> {
  await writeFile(path, text);
  return path;
}

export async function readJson<T = Record<string, unknown>>(path: string): Promise<T> {
  return JSON.parse(await readFile(path, "utf8")) as T;
}

/** `mlgate predict` through the CLI; fails the test on any error and returns the written file's text. */
export async function cliPredict(model: string, data: string, out: string): Promise<string> {
  const r = await cli(["predict", "--model", model, "--data", data, "--out", out]);
  expect(r.stderr.split("\n").filter((l) => l.startsWith("mlgate:"))).toEqual([]);
  expect(r.code).toBe(0);
  return readFile(out, "utf8");
}
