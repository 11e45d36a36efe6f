/**
 * Ports: the outside world as commands see it. Each has a local implementation (the embedded
 * default, writing files under an output directory) and a GitHub one (src/github), chosen once
 * by the door from config and environment.
 */

export interface Logger {
  info(message: string): void;
  warn(message: string, where?: { file?: string; line?: number; title?: string }): void;
  error(message: string, where?: { file?: string; line?: number; title?: string }): void;
  debug(message: string): void;
  /** Runs `fn` inside a collapsible group (Actions) or under a heading (terminal). */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

/** Progress of long work: a bar in a terminal, periodic lines in CI logs. */
export interface Progress {
  start(label: string, total?: number): ProgressTask;
}
export interface ProgressTask {
  update(done: number, note?: string): void;
  done(note?: string): void;
}

/** Where a report ends up: a sticky PR comment, a job summary, or files under --out. */
export interface Publisher {
  /** Create or update the one comment identified by `key` (e.g. `evaluate:penguins`). Returns its URL or path. */
  upsertComment(key: string, markdown: string): Promise<string | undefined>;
  /** Append to the job summary (Actions) or write `summary.md` locally. */
  summary(markdown: string): Promise<void>;
  /** Report a check (Actions check run; locally a JSON file). */
  check?(check: CheckReport): Promise<string | undefined>;
}

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: "notice" | "warning" | "failure";
  message: string;
  title?: string;
}

export interface CheckReport {
  name: string;
  conclusion: "success" | "failure" | "neutral";
  title: string;
  summary: string;
  text?: string;
  annotations?: CheckAnnotation[];
}

export const silentLogger: Logger = {
  info() {},
  warn() {},
  error() {},
  debug() {},
  group: (_name, fn) => fn(),
};

export const noProgress: Progress = {
  start: () => ({ update() {}, done() {} }),
};
