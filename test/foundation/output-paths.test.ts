import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/main.js";

/**
 * Output paths that cannot be written are the user's to fix: every command that writes files says
 * which path is wrong and how to fix it, exits 2 without a stack trace, and leaves nothing behind.
 */

const EXAMPLE = resolve("example-repo");
const TRAIN = join(EXAMPLE, "data/train.csv");
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mlgate-out-paths-"));
});
afterAll(async () => {
  await chmod(dir, 0o700).catch(() => {});
  await rm(dir, { recursive: true, force: true });
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** The CLI in-process, run in `cwd`, with stdout/stderr captured. */
async function run(args: string[], cwd = dir): Promise<{ code: number; stderr: string }> {
  let stderr = "";
  vi.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => {
    stderr += String(s);
    return true;
  });
  vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  const before = process.exitCode;
  const back = process.cwd();
  process.chdir(cwd);
  try {
    return { code: await main(args), stderr };
  } finally {
    process.chdir(back);
    process.exitCode = before;
    vi.restoreAllMocks();
  }
}

/** The CLI from source in a child process as user and group 65534 (nobody). */
async function runAsNobody(setpriv: string, args: string[]): Promise<{ code: number; stderr: string }> {
  const cli = resolve("src/cli/index.ts");
  const argv = ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, "--import", "tsx", cli];
  return new Promise((done) => {
    execFile(
      setpriv,
      [...argv, ...args],
      { cwd: resolve("."), env: { ...process.env, HOME: tmpdir() } },
      (e, _o, stderr) => done({ code: e ? ((e as { code?: number }).code ?? 1) : 0, stderr }),
    );
  });
}

/** A fresh scratch directory holding one plain file `blocker` (with known content) and one empty directory `hole`. */
async function scene(): Promise<{ root: string; file: string; hole: string }> {
  const root = await mkdtemp(join(dir, "case-"));
  const file = join(root, "blocker");
  await writeFile(file, "keep me\n");
  const hole = join(root, "hole");
  await mkdir(hole);
  return { root, file, hole };
}

/** What is in `root` afterwards, recursively: the scene's own entries and nothing else may be there. */
async function tree(root: string): Promise<string[]> {
  return (await readdir(root, { recursive: true })).sort();
}

function expectUserError(r: { code: number; stderr: string }, path: string, what: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(`mlgate: ${path}: `);
  expect(r.stderr).toMatch(what);
  expect(r.stderr).toContain("hint:");
  expect(r.stderr).not.toContain("internal error");
  expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
}

describe("output paths that cannot be written", () => {
  it("validate-data --out naming an existing file: the file is named, kept, nothing written", async () => {
    const s = await scene();
    const r = await run(["validate-data", "--data", TRAIN, "--out", s.file]);
    expectUserError(r, s.file, /is a file, but it would have to be a directory/);
    expect(await readFile(s.file, "utf8")).toBe("keep me\n");
    expect(await tree(s.root)).toEqual(["blocker", "hole"]);
  });

  it("validate-data --out below a file (ENOTDIR): the file in the way is named", async () => {
    const s = await scene();
    const r = await run(["validate-data", "--data", TRAIN, "--out", join(s.file, "deeper/out")]);
    expectUserError(r, s.file, /is a file/);
    expect(await tree(s.root)).toEqual(["blocker", "hole"]);
  });

  it("one output that is a directory: none of the other outputs lands (all or nothing)", async () => {
    const s = await scene();
    await mkdir(join(s.hole, "profile.json"));
    const r = await run(["validate-data", "--data", TRAIN, "--out", s.hole]);
    expectUserError(r, join(s.hole, "profile.json"), /is a directory, but an output file/);
    expect(await tree(s.root)).toEqual(["blocker", "hole", join("hole", "profile.json")]);
  });

  it("schema infer and profile --out naming a directory (EISDIR)", async () => {
    const s = await scene();
    const schema = await run(["schema", "infer", "--data", TRAIN, "--out", s.hole]);
    expectUserError(schema, s.hole, /is a directory, but an output file/);
    const profile = await run(["profile", "--data", TRAIN, "--out", s.hole]);
    expectUserError(profile, s.hole, /is a directory, but an output file/);
    expect(await tree(s.root)).toEqual(["blocker", "hole"]);
  });

  it("train --out naming a file fails before training", async () => {
    const s = await scene();
    const t0 = Date.now();
    const r = await run(["train", "--out", s.file], EXAMPLE);
    expectUserError(r, s.file, /is a file/);
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(await tree(s.root)).toEqual(["blocker", "hole"]);
  });

  it("evaluate --out naming a file, and predict --out naming a directory", async () => {
    const s = await scene();
    const preds = join(s.root, "blocker");
    const evaluate = await run([
      "evaluate",
      "--candidate",
      resolve("test/fixtures/model/onnx/test.csv"),
      "--task",
      "classification",
      "--out",
      preds,
    ]);
    expectUserError(evaluate, s.file, /is a file/);
    const predict = await run([
      "predict",
      "--model",
      join(s.root, "no-model"),
      "--data",
      TRAIN,
      "--out",
      s.hole,
    ]);
    expectUserError(predict, s.hole, /is a directory/);
    expect(await tree(s.root)).toEqual(["blocker", "hole"]);
  });

  // Root passes every permission check, so as root the CLI is run as the unprivileged user `nobody`
  // (through util-linux's setpriv) against a directory it may not write; where neither works the
  // case is skipped, since a read-only directory cannot refuse root.
  const isRoot = process.getuid?.() === 0;
  const setpriv = ["/usr/bin/setpriv", "/bin/setpriv"].find((p) => existsSync(p));
  it.skipIf(isRoot && !setpriv)("an output directory without write permission (EACCES)", async () => {
    const s = await scene();
    await chmod(s.hole, 0o555);
    const out = join(s.hole, "out");
    try {
      let r: { code: number; stderr: string };
      if (isRoot) {
        // nobody must reach the scene (mkdtemp makes 0700 directories) and the CLI's sources.
        await chmod(dir, 0o755);
        await chmod(s.root, 0o755);
        r = await runAsNobody(setpriv!, ["validate-data", "--data", TRAIN, "--out", out]);
      } else {
        r = await run(["validate-data", "--data", TRAIN, "--out", out]);
      }
      expectUserError(r, s.hole, /permission denied/);
      expect(await tree(s.hole)).toEqual([]);
    } finally {
      await chmod(s.hole, 0o700);
    }
  });
});
