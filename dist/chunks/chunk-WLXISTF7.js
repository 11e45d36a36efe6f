import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  MlgateError
} from "./chunk-62SJ64MT.js";
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/core/io/atomic.ts
init_esm_dirname();
import { constants } from "node:fs";
import { access, mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
var CHOOSE_ANOTHER = "or pass another --out";
async function checkOutputPaths(files) {
  for (const file of files) {
    const self = await statOrUndefined(file);
    if (self?.isDirectory()) {
      throw new MlgateError("is a directory, but an output file is to be written there", {
        location: { file },
        hint: `remove or rename the directory, ${CHOOSE_ANOTHER} naming a file`
      });
    }
    let dir = dirname(resolve(file));
    for (; ; ) {
      const s = await statOrUndefined(dir);
      if (s !== void 0) {
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
async function statOrUndefined(path) {
  try {
    return await stat(path);
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT" || code === "ENOTDIR") return void 0;
    throw outputPathError(e, path, path) ?? e;
  }
}
function notADirectory(dir, file) {
  return new MlgateError(`is a file, but it would have to be a directory to hold ${basename(file)}`, {
    location: { file: dir },
    hint: `remove or rename that file, ${CHOOSE_ANOTHER} (a directory path)`
  });
}
function outputPathError(e, path, file) {
  const code = e?.code;
  const cause = e;
  switch (code) {
    case "EACCES":
    case "EPERM":
      return new MlgateError(
        `permission denied: cannot write ${file === path ? "this file" : basename(file)} here`,
        {
          location: { file: path },
          hint: `choose a location you can write to, or change the permissions of ${path}`,
          cause
        }
      );
    case "EROFS":
      return new MlgateError("is on a read-only file system", {
        location: { file: path },
        hint: `write the outputs somewhere writable, ${CHOOSE_ANOTHER}`,
        cause
      });
    case "EISDIR":
      return new MlgateError("is a directory, but an output file is to be written there", {
        location: { file },
        hint: `remove or rename the directory, ${CHOOSE_ANOTHER} naming a file`,
        cause
      });
    case "ENOTDIR":
    case "EEXIST":
      return notADirectory(path, file);
    case "ENOSPC":
    case "EDQUOT":
      return new MlgateError("no space left to write this output", {
        location: { file },
        hint: "free some disk space (or quota), or write the outputs to another disk with --out",
        cause
      });
    default:
      return void 0;
  }
}
async function writeOutputs(files) {
  await checkOutputPaths(Object.keys(files));
  const staged = [];
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
    const at = e.path;
    const where = at === void 0 || at.endsWith(".tmp") ? dirname(current) : at;
    throw outputPathError(e, where, current) ?? e;
  }
}
async function replaceDirectory(dir, files, beside = {}) {
  const target = resolve(dir);
  await checkOutputPaths([...Object.keys(files), ...Object.keys(beside)]);
  const self = await statOrUndefined(target);
  const tag = `${process.pid}.${Date.now()}`;
  const staging = join(dirname(target), `.${basename(target)}.${tag}.new`);
  const aside = join(dirname(target), `.${basename(target)}.${tag}.old`);
  const staged = {};
  for (const [path, data] of Object.entries(files)) {
    const inside = relative(target, resolve(path));
    if (inside === "" || inside.startsWith(".."))
      throw new Error(`replaceDirectory: ${path} is not inside ${dir}`);
    staged[join(staging, inside)] = data;
  }
  try {
    await writeOutputs(staged);
    if (self !== void 0) await rename(target, aside);
    try {
      await rename(staging, target);
    } catch (e) {
      if (self !== void 0) await rename(aside, target);
      throw outputPathError(e, dirname(target), target) ?? e;
    }
    await writeOutputs(beside);
  } finally {
    await rm(staging, { recursive: true, force: true });
    await rm(aside, { recursive: true, force: true });
  }
}
function toJson(value) {
  return `${JSON.stringify(value, null, 2)}
`;
}

export {
  checkOutputPaths,
  writeOutputs,
  replaceDirectory,
  toJson
};
