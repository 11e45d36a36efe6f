import { execFile, execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { VERSION } from "../../src/version.js";

const root = resolve(import.meta.dirname, "../..");
const pkg = JSON.parse(await readFile(join(root, "package.json"), "utf8")) as { version: string };
const major = pkg.version.split(".")[0];

describe("one version, spelled the same everywhere", () => {
  it("package.json, package-lock.json, src/version.ts and CHANGELOG.md agree", async () => {
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+$/);
    const lock = JSON.parse(await readFile(join(root, "package-lock.json"), "utf8"));
    expect(lock.version).toBe(pkg.version);
    expect(lock.packages[""].version).toBe(pkg.version);
    expect(VERSION).toBe(pkg.version);
    const changelog = await readFile(join(root, "CHANGELOG.md"), "utf8");
    expect(changelog).toMatch(
      new RegExp(`^## \\[${pkg.version.replaceAll(".", "\\.")}\\] - \\d{4}-\\d{2}-\\d{2}$`, "m"),
    );
  });

  /**
   * Every reference to the kit's own actions and workflows, in every tracked text file: its owner is
   * mlgate, and its ref is the package's major tag (or the exact release).
   */
  it(`every mlgate/mlgate/...@ reference pins v${major}`, () => {
    // Tracked files and new ones not ignored, as they are in the working tree.
    const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
      cwd: root,
      encoding: "utf8",
    })
      .split("\0")
      .filter(
        (f) => f && !/^(dist\/|package-lock\.json$)/.test(f) && /\.(md|ya?ml|ts|js|mjs|json|sh)$/.test(f),
      )
      .filter((f) => existsSync(join(root, f)));
    expect(files.length).toBeGreaterThan(50);
    const refs: string[] = [];
    const wrong: string[] = [];
    // An owner (perhaps a placeholder such as <owner>), "/mlgate", an optional path, "@" and the ref.
    const pattern = /([\w.<>-]+)\/mlgate((?:\/[\w.-]+)*)@([\w.-]+)/g;
    for (const file of files) {
      const text = readFileSync(join(root, file), "utf8");
      for (const m of text.matchAll(pattern)) {
        const [ref, owner, , at] = m as unknown as [string, string, string, string];
        refs.push(ref);
        if (owner !== "mlgate" || (at !== `v${major}` && at !== `v${pkg.version}`))
          wrong.push(`${file}: ${ref}`);
      }
    }
    expect(refs.length).toBeGreaterThan(5);
    expect(wrong).toEqual([]);
  });
});

describe("release workflow", () => {
  it("runs the tests and the dist check, then tags, on a manual run or a version tag push", async () => {
    const wf = parseYaml(await readFile(join(root, ".github/workflows/release.yml"), "utf8")) as {
      on: { workflow_dispatch?: unknown; push?: { tags?: string[] } };
      jobs: Record<
        string,
        { permissions?: Record<string, string>; steps: { run?: string; uses?: string }[] }
      >;
    };
    expect(wf.on).toHaveProperty("workflow_dispatch");
    expect(wf.on.push?.tags).toEqual(["v[0-9]+.[0-9]+.[0-9]+"]);
    const job = wf.jobs.release!;
    expect(job.permissions).toEqual({ contents: "write" });
    const runs = job.steps.map((s) => s.run ?? "");
    const at = (re: RegExp) => runs.findIndex((r) => re.test(r));
    const order = [
      /^npm ci$/,
      /^npm test$/,
      /npm run build\n\s*git diff --exit-code .*-- dist/,
      /release-tags\.sh/,
    ];
    const positions = order.map(at);
    expect(
      positions.every((p) => p >= 0),
      String(positions),
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});

/**
 * scripts/release-tags.sh against a scratch repository and its bare origin: what it tags and
 * pushes, and what it refuses.
 */
describe("scripts/release-tags.sh", () => {
  const script = join(root, "scripts/release-tags.sh");
  const execAsync = promisify(execFile);
  let dir: string;
  let work: string;
  const env = {
    PATH: `${dirname(process.execPath)}:${process.env.PATH}`,
    HOME: "/nonexistent",
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_AUTHOR_NAME: "t",
    GIT_AUTHOR_EMAIL: "t@example.com",
    GIT_COMMITTER_NAME: "t",
    GIT_COMMITTER_EMAIL: "t@example.com",
  };
  const git = (...args: string[]) =>
    execFileSync("git", args, { cwd: work, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();

  async function commitVersion(version: string, opts: { changelog?: boolean } = {}) {
    await writeFile(join(work, "package.json"), JSON.stringify({ name: "mlgate", version }));
    await writeFile(join(work, "src/version.ts"), `export const VERSION = "${version}";\n`);
    await writeFile(
      join(work, "CHANGELOG.md"),
      `# Changelog\n\n${opts.changelog === false ? "" : `## [${version}] - 2026-12-01\n\n- x\n`}`,
    );
    git("add", "-A");
    git("commit", "-q", "-m", version);
    return git("rev-parse", "HEAD");
  }

  async function release(extra: Record<string, string> = {}) {
    try {
      const r = await execAsync("bash", [script], { cwd: work, env: { ...env, ...extra } });
      return { code: 0, out: r.stdout + r.stderr };
    } catch (e) {
      const err = e as { code: number; stdout: string; stderr: string };
      return { code: err.code, out: err.stdout + err.stderr };
    }
  }

  /** Tags on the origin, as name → commit. */
  function remoteTags(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const line of git("ls-remote", "--tags", "origin").split("\n").filter(Boolean)) {
      const [sha, ref] = line.split("\t") as [string, string];
      const name = ref.replace(/^refs\/tags\//, "");
      if (name.endsWith("^{}")) out[name.slice(0, -3)] = sha;
      else out[name] ??= sha;
    }
    return out;
  }

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "mlgate-release-"));
    execFileSync("git", ["init", "-q", "--bare", join(dir, "origin.git")], { env });
    work = join(dir, "work");
    execFileSync("git", ["clone", "-q", join(dir, "origin.git"), work], { env, stdio: "ignore" });
    await mkdir(join(work, "src"));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it("tags vX.Y.Z, moves vX forward only, and is idempotent", async () => {
    const first = await commitVersion("0.1.0");
    git("push", "-q", "origin", "HEAD");
    let r = await release();
    expect(r.out).toContain("tagged v0.1.0");
    expect(r.code).toBe(0);
    expect(remoteTags()).toEqual({ "v0.1.0": first, v0: first });
    // Again on the same commit (the tag-push case): nothing new.
    r = await release({ GITHUB_REF_TYPE: "tag", GITHUB_REF_NAME: "v0.1.0" });
    expect(r.code).toBe(0);
    expect(r.out).toContain("v0.1.0 is already on");
    expect(remoteTags()).toEqual({ "v0.1.0": first, v0: first });

    const second = await commitVersion("0.2.0");
    expect((await release()).code).toBe(0);
    expect(remoteTags()).toEqual({ "v0.1.0": first, "v0.2.0": second, v0: second });

    // A backport on an older line is tagged but does not pull v0 back.
    git("checkout", "-q", "-b", "backport", "v0.1.0");
    const backport = await commitVersion("0.1.1");
    r = await release();
    expect(r.code).toBe(0);
    expect(r.out).toContain("v0 stays on v0.2.0");
    expect(remoteTags()).toEqual({ "v0.1.0": first, "v0.1.1": backport, "v0.2.0": second, v0: second });

    // A new major gets its own major tag.
    git("checkout", "-q", "-");
    const next = await commitVersion("1.0.0");
    expect((await release()).code).toBe(0);
    expect(remoteTags()).toMatchObject({ "v1.0.0": next, v1: next, v0: second });
  });

  it("refuses a version the CHANGELOG does not describe, a mismatched tag push, and a moved release tag", async () => {
    await commitVersion("0.3.0", { changelog: false });
    let r = await release();
    expect(r.code).toBe(1);
    expect(r.out).toContain("CHANGELOG.md has no '## [0.3.0]' section");
    expect(remoteTags()).toEqual({});

    const tagged = await commitVersion("0.3.0");
    r = await release({ GITHUB_REF_TYPE: "tag", GITHUB_REF_NAME: "v0.3.1" });
    expect(r.code).toBe(1);
    expect(r.out).toContain("the pushed tag v0.3.1 is not package.json's version (v0.3.0)");
    expect(remoteTags()).toEqual({});

    expect((await release()).code).toBe(0);
    await writeFile(join(work, "extra.txt"), "later");
    git("add", "-A");
    git("commit", "-q", "-m", "later");
    r = await release();
    expect(r.code).toBe(1);
    expect(r.out).toContain(`v0.3.0 already exists on ${tagged.slice(0, 12)}`);
    expect(remoteTags()).toEqual({ "v0.3.0": tagged, v0: tagged });

    await writeFile(join(work, "src/version.ts"), `export const VERSION = "0.2.9";\n`);
    r = await release();
    expect(r.code).toBe(1);
    expect(r.out).toContain('src/version.ts does not say VERSION = "0.3.0"');
  });
});
