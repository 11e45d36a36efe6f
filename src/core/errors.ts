/**
 * A problem the user can fix: bad input, bad config, a failed gate. Doors (CLI, actions) print
 * `message` (and `hint`) without a stack trace and exit non-zero. Anything that is not a
 * MlgateError is a bug and is reported with its stack.
 */
export interface ErrorLocation {
  file?: string;
  line?: number;
  column?: number;
  /** Dotted key path (config) or column name (data). */
  key?: string;
}

export class MlgateError extends Error {
  readonly location: ErrorLocation;
  readonly hint: string | undefined;
  readonly exitCode: number;
  /** Set when several problems were found together (see `MlgateError.all`): each one, in order. */
  readonly problems: readonly MlgateError[] | undefined;

  constructor(
    message: string,
    opts: {
      location?: ErrorLocation;
      hint?: string;
      exitCode?: number;
      cause?: unknown;
      problems?: readonly MlgateError[];
    } = {},
  ) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = "MlgateError";
    this.location = opts.location ?? {};
    this.hint = opts.hint;
    this.exitCode = opts.exitCode ?? 2;
    this.problems = opts.problems;
  }

  /**
   * Every problem of one input (a config file) as one error, so the user fixes them in one round
   * rather than one per run: the single problem itself, or an error that lists them all.
   */
  static all(problems: readonly MlgateError[], file?: string): MlgateError {
    if (problems.length === 1) return problems[0]!;
    return new MlgateError(`${problems.length} problems`, {
      location: file === undefined ? {} : { file },
      hint: problems[0]?.hint,
      exitCode: problems[0]?.exitCode,
      problems,
    });
  }

  /** `file:line:col: message` followed by the hint, the way compilers print it. */
  format(): string {
    if (this.problems && this.problems.length > 1) {
      const head = this.location.file ? `${this.location.file}: ${this.message}:` : `${this.message}:`;
      return [head, ...this.problems.map((p) => p.format())].join("\n");
    }
    const { file, line, column, key } = this.location;
    let where = "";
    if (file) where = file + (line ? `:${line}` + (column ? `:${column}` : "") : "") + ": ";
    const keyPart = key && !this.message.includes(key) ? ` (at ${key})` : "";
    return `${where}${this.message}${keyPart}` + (this.hint ? `\n  hint: ${this.hint}` : "");
  }
}

export function isMlgateError(e: unknown): e is MlgateError {
  return (
    e instanceof MlgateError || (typeof e === "object" && e !== null && (e as Error).name === "MlgateError")
  );
}
