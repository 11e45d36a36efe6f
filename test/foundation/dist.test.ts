import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildAll } from "../../scripts/build.js";

const root = resolve(import.meta.dirname, "../..");

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out.push(relative(dir, join(e.parentPath, e.name)));
  }
  return out.sort();
}

describe("committed build output", () => {
  const tmp = mkdtemp(join(tmpdir(), "mlgate-dist-"));
  afterAll(async () => rm(await tmp, { recursive: true, force: true }));

  it("dist/ and schema/ are exactly what `npm run build` produces", async () => {
    const dir = await tmp;
    await buildAll(join(dir, "dist"), join(dir, "schema"));
    for (const sub of ["dist", "schema"]) {
      const fresh = await listFiles(join(dir, sub));
      expect(await listFiles(join(root, sub)), `${sub}/ file list; run npm run build`).toEqual(fresh);
      for (const f of fresh) {
        const [a, b] = await Promise.all([readFile(join(dir, sub, f)), readFile(join(root, sub, f))]);
        expect(a.equals(b), `${sub}/${f} is stale; run npm run build and commit`).toBe(true);
      }
    }
  });
});
