import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  MODEL_MANIFEST_FILE
} from "./chunk-TK3KZ7H5.js";
import {
  writeOutputs
} from "./chunk-WLXISTF7.js";
import {
  MlgateError
} from "./chunk-62SJ64MT.js";
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/core/registry/bundle-files.ts
init_esm_dirname();
import { mkdir, readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

// src/core/registry/digest.ts
init_esm_dirname();
import { createHash } from "node:crypto";
function canonicalListing(files) {
  const sorted = [...files].sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].path === sorted[i - 1].path) throw new Error(`duplicate bundle path ${sorted[i].path}`);
  }
  return sorted.map((f) => `${f.sha256}  ${f.path}
`).join("");
}
function bundleDigestOf(files) {
  return `sha256:${sha256Hex(canonicalListing(files))}`;
}
function sha256Hex(data) {
  return createHash("sha256").update(data).digest("hex");
}

// src/core/registry/bundle-files.ts
async function hashBundleDir(dir) {
  const files = [];
  async function walk(rel) {
    let entries;
    try {
      entries = await readdir(join(dir, rel), { withFileTypes: true });
    } catch (e) {
      throw new MlgateError(
        `cannot read the bundle directory ${dir} (${e.code})`,
        {
          location: { file: join(dir, rel) },
          hint: `pass the model bundle directory that \`mlgate train\` wrote (with ${MODEL_MANIFEST_FILE})`
        }
      );
    }
    for (const entry of entries) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) {
        const data = await readFile(join(dir, path));
        files.push({ path, sha256: sha256Hex(data), bytes: data.byteLength });
      } else {
        throw new MlgateError(`${join(dir, path)} is not a regular file`, {
          location: { file: join(dir, path) },
          hint: "a bundle holds plain files only; copy the file in place of the link"
        });
      }
    }
  }
  await walk("");
  files.sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));
  return { files, digest: bundleDigestOf(files) };
}
function corruptBundleError(record, found, where) {
  const expected = new Map(record.files.map((f) => [f.path, f.sha256]));
  const changed = found.files.filter((f) => expected.get(f.path) !== f.sha256).map((f) => f.path);
  const missing = record.files.filter((f) => !found.files.some((g) => g.path === f.path)).map((f) => f.path);
  return new MlgateError(
    `${record.tag} is corrupt in the registry: bundle digest ${found.digest}, registered ${record.digest}` + (changed.length ? `; changed or extra: ${changed.join(", ")}` : "") + (missing.length ? `; missing: ${missing.join(", ")}` : ""),
    {
      location: { file: where },
      hint: "the stored bundle was modified after registration; register the model again as a new version"
    }
  );
}
async function writePulledBundle(record, outDir, data, where) {
  let existing;
  try {
    existing = await readdir(outDir);
  } catch (e) {
    const code = e.code;
    if (code !== "ENOENT") {
      throw new MlgateError(`cannot pull into ${outDir} (${code})`, {
        location: { file: outDir },
        hint: "pass --out a new or empty directory"
      });
    }
    existing = [];
  }
  if (existing.length > 0) {
    throw new MlgateError(`${outDir} is not empty`, {
      location: { file: outDir },
      hint: "pull into a new or empty directory, so the bundle is exactly the registered files"
    });
  }
  const outputs = {};
  for (const f of record.files) {
    const bytes = data(f.path);
    if (sha256Hex(bytes) !== f.sha256) {
      throw new MlgateError(`${record.tag}: ${f.path} changed while it was being pulled`, {
        location: { file: where(f.path) }
      });
    }
    outputs[join(outDir, f.path)] = bytes;
  }
  await mkdir(outDir, { recursive: true });
  await writeOutputs(outputs);
}

export {
  bundleDigestOf,
  sha256Hex,
  hashBundleDir,
  corruptBundleError,
  writePulledBundle
};
