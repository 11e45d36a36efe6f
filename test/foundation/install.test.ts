import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const require = createRequire(import.meta.url);
const run = promisify(execFile);

describe("npm ci works as written without internet", () => {
  /**
   * Two routes, for the npm versions in use: npm with the allowScripts policy skips a package's
   * install scripts when package.json denies them (and from npm 12 runs only the approved ones);
   * older npm runs every script, and the .npmrc setting below tells this one to skip its download.
   */
  it("package.json denies onnxruntime-node's install script and approves the ones that are needed", async () => {
    const pkg = JSON.parse(await readFile(join(root, "package.json"), "utf8")) as {
      allowScripts?: Record<string, boolean>;
    };
    expect(pkg.allowScripts).toEqual({ esbuild: true, "onnxruntime-node": false, webgpu: true });
    // Every locked package with an install script is decided, so none is left to npm's default.
    const lock = JSON.parse(await readFile(join(root, "package-lock.json"), "utf8")) as {
      packages: Record<string, { hasInstallScript?: boolean }>;
    };
    const withScripts = Object.entries(lock.packages)
      .filter(([, m]) => m.hasInstallScript)
      .map(([path]) => path.replace(/^.*node_modules\//, ""));
    expect(withScripts.sort()).toEqual(Object.keys(pkg.allowScripts!).sort());
  });

  /**
   * onnxruntime-node's install script downloads CUDA libraries unless told to skip; offline it fails
   * and npm drops the package without an error. The project's npm config must tell it to skip, on
   * its own: the variables the test runner inherited from an outer npm are removed first.
   */
  it("onnxruntime-node's install script, run by npm in this project, skips its download", async () => {
    const env: NodeJS.ProcessEnv = {};
    for (const [k, v] of Object.entries(process.env)) {
      if (!/^npm_|^ONNXRUNTIME_NODE_INSTALL/i.test(k)) env[k] = v;
    }
    const utils = join(root, "node_modules/onnxruntime-node/script/install-utils.js");
    // The script's own flag parser, in the environment npm gives install scripts here.
    const probe = `console.log(JSON.stringify(require(${JSON.stringify(utils)}).parseInstallFlag() ?? null))`;
    const { stdout } = await run("npm", ["exec", "--offline", "-c", `node -e '${probe}'`], {
      cwd: root,
      env,
    });
    // false is the script's "skip": it exits before any download.
    expect(JSON.parse(stdout.trim().split("\n").pop()!)).toBe(false);
  });
});

interface Semver {
  satisfies(version: string, range: string): boolean;
  minVersion(range: string): { version: string } | null;
}
const semver = require("semver") as Semver;

describe("engines", () => {
  /**
   * Packages whose declared engines are stricter than what they need. content-type 3 (pulled by
   * @octokit/request, so by every GitHub call) declares Node >= 22 but is plain ES2020: the test
   * below runs it on the Node running the suite, which CI runs on 20 and 24.
   */
  const overDeclared: Record<string, string> = { "node_modules/content-type": ">=22" };

  it("package.json's engines are what every locked dependency accepts, at each range's lowest version", async () => {
    const pkg = JSON.parse(await readFile(join(root, "package.json"), "utf8")) as {
      engines: { node: string };
    };
    const lock = JSON.parse(await readFile(join(root, "package-lock.json"), "utf8")) as {
      packages: Record<string, { engines?: { node?: string } | string[] }>;
    };
    expect(lock.packages[""]!.engines).toEqual(pkg.engines);
    // The lowest version of each alternative of the range, e.g. 20.19.0 for `^20.19.0`.
    const lows = pkg.engines.node.split("||").map((r) => semver.minVersion(r.trim())!.version);
    expect(lows.length).toBeGreaterThan(1);
    const refused: string[] = [];
    for (const [path, meta] of Object.entries(lock.packages)) {
      const wanted = !Array.isArray(meta.engines) ? meta.engines?.node : undefined;
      if (!path || !wanted) continue;
      if (overDeclared[path] !== undefined) {
        expect(wanted, `${path} still declares what the exception says`).toBe(overDeclared[path]);
        continue;
      }
      for (const low of lows)
        if (!semver.satisfies(low, wanted)) refused.push(`${path} (${wanted}) refuses ${low}`);
    }
    expect(refused).toEqual([]);
  });

  it("content-type runs on this Node despite its engines", async () => {
    const { parse } = (await import("content-type")) as {
      parse(header: string): { type: string; parameters: Record<string, string> };
    };
    expect(parse("application/json; charset=utf-8")).toMatchObject({
      type: "application/json",
      parameters: { charset: "utf-8" },
    });
  });
});
