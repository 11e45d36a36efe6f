import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/core/io/atomic.ts
init_esm_dirname();
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
async function writeOutputs(files) {
  const staged = [];
  try {
    for (const [path, data] of Object.entries(files)) {
      await mkdir(dirname(path), { recursive: true });
      const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
      await writeFile(tmp, data);
      staged.push([tmp, path]);
    }
    for (const [tmp, path] of staged) await rename(tmp, path);
  } catch (e) {
    await Promise.all(staged.map(([tmp]) => rm(tmp, { force: true })));
    throw e;
  }
}
function toJson(value) {
  return `${JSON.stringify(value, null, 2)}
`;
}

export {
  writeOutputs,
  toJson
};
