import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { register } from "../../src/commands/register.js";
import { silentLogger } from "../../src/core/ports.js";
import { DirRegistry } from "../../src/local/registry.js";
import { scratch } from "../train/helpers.js";
import { penguinsBundle } from "./bundle.js";
import { expectOip } from "./oip.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const tmp = scratch();
let bundle: Awaited<ReturnType<typeof penguinsBundle>>;
let registryDir: string;
let digest: string;

beforeAll(async () => {
  bundle = await penguinsBundle();
  registryDir = join(await tmp(), "registry");
  const r = await register(
    undefined,
    { model: bundle.dir, allowUngated: true, stage: "prod" },
    { registry: new DirRegistry(registryDir), logger: silentLogger, env: {} },
  );
  digest = r.digest;
}, 60_000);
afterAll(async () => {
  await bundle?.remove();
});

/** `mlgate serve …` as its own process (the way a supervisor runs it); resolves once it prints its URL. */
function startServe(
  args: string[],
): Promise<{ child: ChildProcess; url: string; stderr: () => string; exit: Promise<number | null> }> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", join(root, "src/cli/index.ts"), "serve", ...args],
    {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let stderr = "";
  const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL within 30 s; stderr:\n${stderr}`)), 30_000);
    child.stderr!.setEncoding("utf8");
    child.stderr!.on("data", (chunk: string) => {
      stderr += chunk;
      const m = /^mlgate serve: listening on (http:\/\/\S+)$/m.exec(stderr);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]!, stderr: () => stderr, exit });
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`exited ${code} before listening:\n${stderr}`));
    });
  });
}

describe("mlgate serve (a process)", () => {
  it("serves a registry reference, writes the state file, drains on SIGTERM, flushes the log and exits 0", async () => {
    const dir = await tmp();
    const stateFile = join(dir, "run", "serve.json");
    const logDir = join(dir, "log");
    const s = await startServe([
      "--model",
      "penguins#prod",
      "--registry",
      registryDir,
      "--port",
      "0",
      "--state-file",
      stateFile,
      "--inference-log",
      logDir,
    ]);
    const state = JSON.parse(await readFile(stateFile, "utf8"));
    expect(state).toEqual({
      url: s.url,
      pid: s.child.pid,
      model: "penguins",
      version: "1.0.0",
      digest,
      started_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
    });
    expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const meta = await (await fetch(`${s.url}/v2/models/penguins/versions/1.0.0`)).json();
    expectOip("metadata_model_response", meta);
    expect(meta.versions).toEqual(["1.0.0"]);
    expect(await (await fetch(`${s.url}/metrics`)).text()).toContain(
      `mlgate_model_info{model="penguins",version="1.0.0",digest="${digest}"} 1`,
    );

    // A 10,000-row request in flight when SIGTERM arrives is still answered.
    const rows = 10_000;
    const body = JSON.stringify({
      id: "big",
      inputs: meta.inputs.map((i: { name: string; datatype: string }) => ({
        name: i.name,
        shape: [rows],
        datatype: i.datatype,
        data: Array.from({ length: rows }, (_, k) =>
          i.datatype === "BYTES" ? (i.name === "sex" ? "male" : ["Biscoe", "Dream"][k % 2]) : 40 + (k % 30),
        ),
      })),
    });
    const pending = fetch(`${s.url}/v2/models/penguins/infer`, { method: "POST", body });
    await new Promise((r) => setTimeout(r, 30));
    s.child.kill("SIGTERM");
    const r = await pending;
    expect(r.status).toBe(200);
    const res = await r.json();
    expect(res.id).toBe("big");
    expect(res.outputs[0].data).toHaveLength(rows);
    expect(await s.exit).toBe(0);
    expect(s.stderr()).toContain("SIGTERM: answering the requests in flight, then stopping");
    expect(existsSync(stateFile)).toBe(false);
    const files = await readdir(logDir);
    const logged = (await Promise.all(files.map((f) => readFile(join(logDir, f), "utf8"))))
      .join("")
      .split("\n")
      .filter(Boolean);
    expect(logged).toHaveLength(rows);
    expect(JSON.parse(logged[0]!)).toMatchObject({
      _mlgate_request_id: "big",
      _mlgate_version: "1.0.0",
      _mlgate_digest: digest,
    });
  }, 90_000);

  it("refuses what it cannot serve with a user error", async () => {
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        join(root, "src/cli/index.ts"),
        "serve",
        "--model",
        "penguins#nope",
        "--registry",
        registryDir,
      ],
      {
        cwd: root,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (c: string) => {
      stderr += c;
    });
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code).not.toBe(0);
    expect(code).not.toBe(70);
    expect(stderr).toMatch(/^mlgate: .*nope/m);
  }, 60_000);
});
