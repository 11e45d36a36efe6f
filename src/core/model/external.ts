import { spawn } from "node:child_process";
import { MlgateError } from "../errors.js";
import type { Logger } from "../ports.js";

/**
 * Runs a bring-your-own training command through the shell, streaming its output line by line into
 * the log, and stops it (its whole process group) when it runs past the timeout.
 */
export async function runTrainCommand(
  command: string,
  opts: { cwd: string; env: Record<string, string | undefined>; timeoutMs: number; logger: Logger },
): Promise<{ seconds: number }> {
  const t0 = Date.now();
  const tail: string[] = [];
  const keep = (line: string) => {
    tail.push(line);
    if (tail.length > 20) tail.shift();
  };
  return await new Promise((resolvePromise, reject) => {
    const child = spawn(command, {
      cwd: opts.cwd,
      env: opts.env,
      shell: true,
      // Its own process group, so a timeout stops the command's children too.
      detached: process.platform !== "win32",
      stdio: ["ignore", "pipe", "pipe"],
    });
    const pump = (stream: NodeJS.ReadableStream, log: (line: string) => void) => {
      let buffered = "";
      stream.setEncoding("utf8");
      stream.on("data", (chunk: string) => {
        buffered += chunk;
        const lines = buffered.split(/\r?\n/);
        buffered = lines.pop() ?? "";
        for (const line of lines) {
          keep(line);
          log(line);
        }
      });
      stream.on("end", () => {
        if (buffered) {
          keep(buffered);
          log(buffered);
        }
      });
    };
    pump(child.stdout!, (l) => opts.logger.info(l));
    pump(child.stderr!, (l) => opts.logger.info(l));

    let timedOut = false;
    const kill = (signal: NodeJS.Signals) => {
      try {
        if (child.pid !== undefined && process.platform !== "win32") process.kill(-child.pid, signal);
        else child.kill(signal);
      } catch {
        // Already gone.
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill("SIGTERM");
      setTimeout(() => kill("SIGKILL"), 5000).unref();
    }, opts.timeoutMs);
    // The command runs in its own process group, so a cancelled job (Ctrl-C, a cancelled workflow
    // run) would not reach it: pass the signal on, then let it stop mlgate as it would have.
    const signals: NodeJS.Signals[] = ["SIGINT", "SIGTERM"];
    function stopForwarding(): void {
      for (const s of signals) process.off(s, forward);
    }
    function forward(signal: NodeJS.Signals): void {
      kill(signal);
      stopForwarding();
      process.kill(process.pid, signal);
    }
    for (const s of signals) process.once(s, forward);

    child.on("error", (e) => {
      clearTimeout(timer);
      stopForwarding();
      reject(
        new MlgateError(`cannot start train.command: ${e.message}`, { location: { key: "train.command" } }),
      );
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      stopForwarding();
      const seconds = (Date.now() - t0) / 1000;
      if (timedOut) {
        reject(
          new MlgateError(
            `train.command timed out after ${(opts.timeoutMs / 60000).toFixed(1)} minutes and was stopped`,
            {
              location: { key: "train.timeout_minutes" },
              hint: "raise train.timeout_minutes, or train on less data in CI",
            },
          ),
        );
      } else if (code !== 0) {
        const last = tail.slice(-5).join("\n    ");
        reject(
          new MlgateError(
            `train.command failed (${signal ? `killed by ${signal}` : `exit code ${code}`})${last ? `; last output:\n    ${last}` : ""}`,
            {
              location: { key: "train.command" },
              hint: "run the command locally with the MLGATE_* variables set to reproduce",
            },
          ),
        );
      } else resolvePromise({ seconds });
    });
  });
}

/**
 * The encoded matrix handed to a bring-your-own command: a header of encoded column names, then
 * one line per row — the features, and last the target (class index, or the value).
 */
export function encodedFeaturesCsv(columnNames: string[], x: Float32Array, y: Float32Array): string {
  const width = columnNames.length;
  const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [[...columnNames, "__target__"].map(quote).join(",")];
  for (let i = 0; i < y.length; i++) {
    const cells: string[] = new Array(width + 1);
    for (let j = 0; j < width; j++) cells[j] = String(x[i * width + j]);
    cells[width] = String(y[i]);
    lines.push(cells.join(","));
  }
  return `${lines.join("\n")}\n`;
}
