import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { scratch } from "./helpers.js";

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), "../fixtures/model/run-command.ts");
const tmp = scratch();

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function waitFor<T>(probe: () => Promise<T | undefined>, ms: number): Promise<T> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const v = await probe();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("timed out waiting");
}

describe("train.command process handling", () => {
  it.skipIf(process.platform === "win32")(
    "passes SIGTERM on to the command's process group, so cancelling mlgate stops the command too",
    async () => {
      const dir = await tmp();
      const pidFile = join(dir, "pid");
      const runner = spawn(process.execPath, ["--import", "tsx", FIXTURE, pidFile], { stdio: "ignore" });
      const exited = new Promise<NodeJS.Signals | null>((res) =>
        runner.on("exit", (_code, signal) => res(signal)),
      );
      const pid = await waitFor(async () => {
        const text = await readFile(pidFile, "utf8").catch(() => "");
        return text.trim() ? Number(text.trim()) : undefined;
      }, 20_000);
      try {
        expect(alive(pid)).toBe(true);
        runner.kill("SIGTERM");
        expect(await exited).toBe("SIGTERM");
        await waitFor(async () => (alive(pid) ? undefined : true), 5_000).catch(() => undefined);
        expect(alive(pid)).toBe(false);
      } finally {
        // Never leave the sleeper behind, whatever the outcome.
        if (alive(pid)) process.kill(pid, "SIGKILL");
      }
    },
  );
});
