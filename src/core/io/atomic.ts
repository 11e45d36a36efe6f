import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * Writes a set of output files all-or-nothing: each is written to a temporary sibling first and
 * renamed into place only after every one was written, so a failure never leaves half the outputs.
 */
export async function writeOutputs(files: Record<string, string | Uint8Array>): Promise<void> {
  const staged: [string, string][] = [];
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

export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
