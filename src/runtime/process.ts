import { spawn } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { MlgateError } from "../core/errors.js";

/**
 * Background processes for the deploy targets: a server started detached (it outlives the
 * `mlgate deploy` that started it, in its own process group, its output in a log file) that says
 * it is up by writing a state file, and stopping one by pid.
 */

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Whether a process with this pid exists (EPERM: it exists, owned by someone else). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function tail(file: string, lines = 15): Promise<string> {
  try {
    return (await readFile(file, "utf8")).trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "";
  }
}

/**
 * Starts `argv` detached with stdout and stderr appended to `logFile`, and waits until it has
 * written `stateFile` (JSON) — the server's "listening" signal — or has exited, or `timeoutMs`
 * passed (then it is killed). Returns the pid and the parsed state.
 */
export async function startDetached<T>(
  argv: readonly string[],
  opts: { logFile: string; stateFile: string; timeoutMs: number; cwd?: string; env?: NodeJS.ProcessEnv },
): Promise<{ pid: number; state: T }> {
  const fd = openSync(opts.logFile, "a");
  let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  let spawnError: Error | undefined;
  const child = spawn(argv[0]!, argv.slice(1), {
    cwd: opts.cwd,
    env: opts.env ?? process.env,
    detached: true,
    stdio: ["ignore", fd, fd],
  });
  closeSync(fd);
  child.on("exit", (code, signal) => {
    exited = { code, signal };
  });
  child.on("error", (e) => {
    spawnError = e;
  });
  child.unref();
  const deadline = Date.now() + opts.timeoutMs;
  for (;;) {
    try {
      const state = JSON.parse(await readFile(opts.stateFile, "utf8")) as T;
      return { pid: child.pid!, state };
    } catch {
      // not written yet (the writer renames it into place, so a parse error is not a half-file)
    }
    if (spawnError || exited) {
      const why = spawnError
        ? spawnError.message
        : `it exited with ${exited!.code ?? exited!.signal} before it was listening`;
      throw new MlgateError(`the server did not start: ${why}`, {
        location: { file: opts.logFile },
        hint: `its output (${opts.logFile}):\n${await tail(opts.logFile)}`,
      });
    }
    if (Date.now() > deadline) {
      if (child.pid) await stopProcess(child.pid, { timeoutMs: 2000 });
      throw new MlgateError(`the server did not start within ${opts.timeoutMs} ms`, {
        location: { file: opts.logFile },
        hint: `its output (${opts.logFile}):\n${await tail(opts.logFile)}`,
      });
    }
    await sleep(50);
  }
}

/** SIGTERM (the server drains and exits), then SIGKILL after `timeoutMs`. Resolves once it is gone. */
export async function stopProcess(
  pid: number,
  opts: { timeoutMs: number },
): Promise<"stopped" | "killed" | "gone"> {
  if (!isAlive(pid)) return "gone";
  try {
    process.kill(pid, "SIGTERM");
  } catch {
    return "gone";
  }
  const deadline = Date.now() + opts.timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return "stopped";
    await sleep(25);
  }
  try {
    process.kill(pid, "SIGKILL");
  } catch {
    return "stopped";
  }
  while (isAlive(pid)) await sleep(25);
  return "killed";
}

/**
 * Runs a shell command (the user's deploy script) with `env` added, its output passed line by
 * line to `onLine`; resolves with the exit code.
 */
export function runShell(
  command: string,
  opts: { env: Record<string, string>; cwd?: string; onLine: (line: string) => void },
): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, {
      shell: true,
      cwd: opts.cwd,
      env: { ...process.env, ...opts.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    for (const stream of [child.stdout, child.stderr]) {
      let rest = "";
      stream.setEncoding("utf8");
      stream.on("data", (chunk: string) => {
        const lines = (rest + chunk).split("\n");
        rest = lines.pop()!;
        for (const l of lines) opts.onLine(l);
      });
      stream.on("end", () => {
        if (rest) opts.onLine(rest);
      });
    }
    child.on("error", reject);
    child.on("close", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}
