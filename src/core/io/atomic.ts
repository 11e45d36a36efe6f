import { constants } from "node:fs";
import { access, mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import { MlgateError } from "../errors.js";

/** Said in every output-path error: all commands name their outputs with --out. */
const CHOOSE_ANOTHER = "or pass another --out";

/**
 * Checks, before anything is written, that every path in `files` can become a file: no existing
 * directory at the path itself, no existing file where one of its parent directories would go, and
 * a writable nearest existing directory. Commands call it before their long work (a scan, a training
 * run), so a bad --out fails in a second rather than after the work, and writeOutputs calls it again
 * so that a failure is found before the first file lands. Problems are MlgateErrors naming the path.
 */
export async function checkOutputPaths(files: Iterable<string>): Promise<void> {
  for (const file of files) {
    const self = await statOrUndefined(file);
    if (self?.isDirectory()) {
      throw new MlgateError("is a directory, but an output file is to be written there", {
        location: { file },
        hint: `remove or rename the directory, ${CHOOSE_ANOTHER} naming a file`,
      });
    }
    // The nearest ancestor that exists must be a writable directory; the rest are created.
    let dir = dirname(resolve(file));
    for (;;) {
      const s = await statOrUndefined(dir);
      if (s !== undefined) {
        if (!s.isDirectory()) throw notADirectory(dir, file);
        try {
          await access(dir, constants.W_OK | constants.X_OK);
        } catch (e) {
          throw outputPathError(e, dir, file) ?? e;
        }
        break;
      }
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
}

/** stat that answers undefined where nothing is (or where a parent is a file, found further up). */
async function statOrUndefined(path: string) {
  try {
    return await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    throw outputPathError(e, path, path) ?? e;
  }
}

function notADirectory(dir: string, file: string): MlgateError {
  return new MlgateError(`is a file, but it would have to be a directory to hold ${basename(file)}`, {
    location: { file: dir },
    hint: `remove or rename that file, ${CHOOSE_ANOTHER} (a directory path)`,
  });
}

/**
 * The user-facing form of a file-system error met while writing `file` (at `path`, the file or one
 * of its directories), or undefined for an error that is not about the output path (a bug).
 */
export function outputPathError(e: unknown, path: string, file: string): MlgateError | undefined {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const cause = e;
  switch (code) {
    case "EACCES":
    case "EPERM":
      return new MlgateError(
        `permission denied: cannot write ${file === path ? "this file" : basename(file)} here`,
        {
          location: { file: path },
          hint: `choose a location you can write to, or change the permissions of ${path}`,
          cause,
        },
      );
    case "EROFS":
      return new MlgateError("is on a read-only file system", {
        location: { file: path },
        hint: `write the outputs somewhere writable, ${CHOOSE_ANOTHER}`,
        cause,
      });
    case "EISDIR":
      return new MlgateError("is a directory, but an output file is to be written there", {
        location: { file },
        hint: `remove or rename the directory, ${CHOOSE_ANOTHER} naming a file`,
        cause,
      });
    case "ENOTDIR":
    case "EEXIST":
      return notADirectory(path, file);
    case "ENOSPC":
    case "EDQUOT":
      return new MlgateError("no space left to write this output", {
        location: { file },
        hint: "free some disk space (or quota), or write the outputs to another disk with --out",
        cause,
      });
    default:
      return undefined;
  }
}

/**
 * Writes a set of output files all-or-nothing: each is written to a temporary sibling first and
 * renamed into place only after every one was written, so a failure never leaves half the outputs.
 * The paths are checked first (checkOutputPaths), so a path that cannot be written fails before any
 * file is staged; file-system errors that still happen (a race, a full disk) become MlgateErrors.
 */
export async function writeOutputs(files: Record<string, string | Uint8Array>): Promise<void> {
  await checkOutputPaths(Object.keys(files));
  const staged: [string, string][] = [];
  let current = "";
  try {
    for (const [path, data] of Object.entries(files)) {
      current = path;
      await mkdir(dirname(path), { recursive: true });
      const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
      await writeFile(tmp, data);
      staged.push([tmp, path]);
    }
    for (const [tmp, path] of staged) {
      current = path;
      await rename(tmp, path);
    }
  } catch (e) {
    await Promise.all(staged.map(([tmp]) => rm(tmp, { force: true })));
    // mkdir names the directory it could not make; writeFile and rename name the staged file.
    const at = (e as NodeJS.ErrnoException).path;
    const where = at === undefined || at.endsWith(".tmp") ? dirname(current) : at;
    throw outputPathError(e, where, current) ?? e;
  }
}

/**
 * Replaces the directory `dir` with one holding exactly `files` (paths inside `dir`), and writes
 * `beside` (paths outside it) in the same step. Nothing of a previous run's tree survives into the
 * new one (a model.onnx next to a new model.json), yet a failure while writing leaves the previous
 * directory as it was: the new tree is staged in a sibling and swapped in by two renames, with the
 * old tree kept aside until the new one is in place.
 */
export async function replaceDirectory(
  dir: string,
  files: Record<string, string | Uint8Array>,
  beside: Record<string, string | Uint8Array> = {},
): Promise<void> {
  const target = resolve(dir);
  // Before the first staged byte: a file where the directory goes, an unwritable place, a directory
  // where a file beside it goes.
  await checkOutputPaths([...Object.keys(files), ...Object.keys(beside)]);
  const self = await statOrUndefined(target);
  const tag = `${process.pid}.${Date.now()}`;
  const staging = join(dirname(target), `.${basename(target)}.${tag}.new`);
  const aside = join(dirname(target), `.${basename(target)}.${tag}.old`);
  const staged: Record<string, string | Uint8Array> = {};
  for (const [path, data] of Object.entries(files)) {
    const inside = relative(target, resolve(path));
    if (inside === "" || inside.startsWith(".."))
      throw new Error(`replaceDirectory: ${path} is not inside ${dir}`);
    staged[join(staging, inside)] = data;
  }
  try {
    await writeOutputs(staged);
    if (self !== undefined) await rename(target, aside);
    try {
      await rename(staging, target);
    } catch (e) {
      if (self !== undefined) await rename(aside, target);
      throw outputPathError(e, dirname(target), target) ?? e;
    }
    await writeOutputs(beside);
  } finally {
    await rm(staging, { recursive: true, force: true });
    await rm(aside, { recursive: true, force: true });
  }
}

export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
