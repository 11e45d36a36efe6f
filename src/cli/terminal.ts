import type { Logger, Progress, ProgressTask } from "../core/ports.js";

/**
 * Terminal logger: everything goes to stderr so that `--json` keeps stdout machine-readable.
 * Colours only on a TTY and when NO_COLOR is unset.
 */
export function terminalLogger(opts: { verbose?: boolean; quiet?: boolean } = {}): Logger {
  const color = process.stderr.isTTY && !process.env.NO_COLOR;
  const paint = (code: string, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const where = (w?: { file?: string; line?: number }) =>
    w?.file ? `${w.file}${w.line ? `:${w.line}` : ""}: ` : "";
  let depth = 0;
  const indent = () => "  ".repeat(depth);
  return {
    info: (m) => {
      if (!opts.quiet) process.stderr.write(`${indent()}${m}\n`);
    },
    warn: (m, w) => process.stderr.write(`${indent()}${paint("33", "warning")}: ${where(w)}${m}\n`),
    error: (m, w) => process.stderr.write(`${indent()}${paint("31", "error")}: ${where(w)}${m}\n`),
    debug: (m) => {
      if (opts.verbose) process.stderr.write(`${indent()}${paint("2", m)}\n`);
    },
    async group(name, fn) {
      // In an Actions log (the train composite runs the CLI) a group folds; stdout stays for --json.
      if (process.env.GITHUB_ACTIONS === "true" && depth === 0) {
        process.stderr.write(`::group::${name}\n`);
        depth++;
        try {
          return await fn();
        } finally {
          depth--;
          process.stderr.write("::endgroup::\n");
        }
      }
      if (!opts.quiet) process.stderr.write(`${indent()}${paint("1", `▸ ${name}`)}\n`);
      depth++;
      try {
        return await fn();
      } finally {
        depth--;
      }
    },
  };
}

/**
 * A progress bar on a TTY; elsewhere (CI logs, pipes) a line at most every few seconds so logs stay short.
 */
export function terminalProgress(opts: { quiet?: boolean } = {}): Progress {
  const tty = process.stderr.isTTY === true;
  return {
    start(label: string, total?: number): ProgressTask {
      const t0 = Date.now();
      let lastLine = 0;
      const render = (done: number, note?: string) => {
        const frac = total ? Math.min(1, done / total) : undefined;
        const secs = ((Date.now() - t0) / 1000).toFixed(1);
        if (tty) {
          const width = 24;
          const bar =
            frac === undefined ? "" : `[${"█".repeat(Math.round(frac * width)).padEnd(width, "·")}] `;
          const count = total ? `${done}/${total}` : `${done}`;
          process.stderr.write(`\r\x1b[2K${label} ${bar}${count} ${secs}s${note ? `  ${note}` : ""}`);
        } else if (Date.now() - lastLine > 5000) {
          lastLine = Date.now();
          const pct = frac === undefined ? `${done}` : `${(frac * 100).toFixed(0)}%`;
          process.stderr.write(`${label}: ${pct} (${secs}s)${note ? ` ${note}` : ""}\n`);
        }
      };
      return {
        update(done, note) {
          if (!opts.quiet) render(done, note);
        },
        done(note) {
          if (opts.quiet) return;
          const secs = ((Date.now() - t0) / 1000).toFixed(1);
          if (tty) process.stderr.write("\r\x1b[2K");
          process.stderr.write(`${label}: done in ${secs}s${note ? ` — ${note}` : ""}\n`);
        },
      };
    },
  };
}
