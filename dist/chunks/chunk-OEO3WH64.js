import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  MODEL_MANIFEST_FILE,
  modelManifestSchema
} from "./chunk-TK3KZ7H5.js";
import {
  MlgateError
} from "./chunk-62SJ64MT.js";
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/core/model/manifest.ts
init_esm_dirname();
import { readFile } from "node:fs/promises";
import { join } from "node:path";
async function readManifest(dir) {
  const file = join(dir, MODEL_MANIFEST_FILE);
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    throw new MlgateError(
      `no model bundle at ${dir}: cannot read ${MODEL_MANIFEST_FILE} (${e.code ?? e})`,
      {
        location: { file },
        hint: "pass the directory that `mlgate train` wrote (<out>/model)"
      }
    );
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new MlgateError(`${MODEL_MANIFEST_FILE} is not valid JSON: ${e.message}`, {
      location: { file }
    });
  }
  const parsed = modelManifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = issue.path.join(".") || "(top level)";
    throw new MlgateError(`${MODEL_MANIFEST_FILE}: ${key}: ${issue.message}`, {
      location: { file, key },
      hint: "a bundle manifest follows the mlgate/model@1 schema (docs/model-bundle.md); this one was written by another tool or edited by hand"
    });
  }
  return parsed.data;
}

export {
  readManifest
};
