import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { MODEL_MANIFEST_FILE } from "../contracts/model.js";
import { MlgateError } from "../errors.js";
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
