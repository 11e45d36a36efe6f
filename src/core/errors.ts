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

  constructor(
    message: string,
    opts: { location?: ErrorLocation; hint?: string; exitCode?: number; cause?: unknown } = {},
  ) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = "MlgateError";
    this.location = opts.location ?? {};
    this.hint = opts.hint;
    this.exitCode = opts.exitCode ?? 2;
  }

  /** `file:line:col: message` followed by the hint, the way compilers print it. */
  format(): string {
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
