import { mkdir, readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { MODEL_MANIFEST_FILE } from "../contracts/model.js";
import type { VersionRecord } from "../contracts/version.js";
import { MlgateError } from "../errors.js";
import { writeOutputs } from "../io/atomic.js";
import { type BundleFile, bundleDigestOf, sha256Hex } from "./digest.js";

/**
 * Hashes every regular file under a bundle directory. A symbolic link or other special file is
 * refused: the digest must describe bytes that travel with the bundle, not what a link points at.
 */
export async function hashBundleDir(dir: string): Promise<{ files: BundleFile[]; digest: string }> {
  const files: BundleFile[] = [];
  async function walk(rel: string): Promise<void> {
    let entries: import("node:fs").Dirent[];
    try {
      entries = await readdir(join(dir, rel), { withFileTypes: true });
    } catch (e) {
      throw new MlgateError(
        `cannot read the bundle directory ${dir} (${(e as NodeJS.ErrnoException).code})`,
        {
          location: { file: join(dir, rel) },
          hint: `pass the model bundle directory that \`mlgate train\` wrote (with ${MODEL_MANIFEST_FILE})`,
        },
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
          hint: "a bundle holds plain files only; copy the file in place of the link",
        });
      }
    }
  }
  await walk("");
  files.sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));
  return { files, digest: bundleDigestOf(files) };
}

/**
 * A registered bundle whose files no longer match its record: both digests, and which files
 * changed, appeared or went missing. `where` is where the stored copy lives, for the location.
 */
export function corruptBundleError(
  record: Pick<VersionRecord, "tag" | "digest" | "files">,
  found: { files: readonly Pick<BundleFile, "path" | "sha256">[]; digest: string },
  where: string,
): MlgateError {
  const expected = new Map(record.files.map((f) => [f.path, f.sha256]));
  const changed = found.files.filter((f) => expected.get(f.path) !== f.sha256).map((f) => f.path);
  const missing = record.files.filter((f) => !found.files.some((g) => g.path === f.path)).map((f) => f.path);
  return new MlgateError(
    `${record.tag} is corrupt in the registry: bundle digest ${found.digest}, registered ${record.digest}` +
      (changed.length ? `; changed or extra: ${changed.join(", ")}` : "") +
      (missing.length ? `; missing: ${missing.join(", ")}` : ""),
    {
      location: { file: where },
      hint: "the stored bundle was modified after registration; register the model again as a new version",
    },
  );
}

/**
 * Writes a pulled bundle into `outDir`, which must be new or empty so the result is exactly the
 * registered files. Each file is checked against its registered hash once more, so what is
 * written is what was verified.
 */
export async function writePulledBundle(
  record: Pick<VersionRecord, "tag" | "files">,
  outDir: string,
  data: (path: string) => Uint8Array,
  where: (path: string) => string,
): Promise<void> {
  let existing: string[];
  try {
    existing = await readdir(outDir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== "ENOENT") {
      throw new MlgateError(`cannot pull into ${outDir} (${code})`, {
        location: { file: outDir },
        hint: "pass --out a new or empty directory",
      });
    }
    existing = [];
  }
  if (existing.length > 0) {
    throw new MlgateError(`${outDir} is not empty`, {
      location: { file: outDir },
      hint: "pull into a new or empty directory, so the bundle is exactly the registered files",
    });
  }
  const outputs: Record<string, Uint8Array> = {};
  for (const f of record.files) {
    const bytes = data(f.path);
    if (sha256Hex(bytes) !== f.sha256) {
      throw new MlgateError(`${record.tag}: ${f.path} changed while it was being pulled`, {
        location: { file: where(f.path) },
      });
    }
    outputs[join(outDir, f.path)] = bytes;
  }
  await mkdir(outDir, { recursive: true });
  await writeOutputs(outputs);
}
