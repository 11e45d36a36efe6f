import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ColumnAccumulator } from "../../src/core/data/profile.js";
import {
  ColumnEvidence,
  Evidence,
  Extremes,
  RowBatch,
  SegmentScan,
  scanShape,
} from "../../src/core/data/segment.js";
import { FrequentItems, FrequentNumbers } from "../../src/core/data/sketch/frequent.js";
import { HyperLogLog } from "../../src/core/data/sketch/hll.js";
import { KllSketch } from "../../src/core/data/sketch/kll.js";
import { openSource } from "../../src/core/data/source.js";

// A worker posts its segment scan and row batch as structured clones (data without classes); the
// merging thread rebuilds them. The rebuilt objects must be real instances, all the way down, and
// merge exactly as the originals do.

let dir: string;
let path: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mlgate-revive-"));
  path = join(dir, "d.csv");
  const lines = ["id,x,cat,label"];
  for (let i = 0; i < 3000; i++)
    lines.push(`${i % 2900},${((i * 37) % 101) / 7},c${i % 5},${i % 3 ? "a" : "b"}`);
  lines.push("1,,NA,a", "2,inf,c1,b");
  await writeFile(path, `${lines.join("\n")}\n`);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function scanned(seed: number): Promise<{ scan: SegmentScan; rows: RowBatch }> {
  const source = await openSource(path);
  const shape = scanShape(source.columns, "label", new Map([["x", { range: { min: 0, max: 10 } }]]));
  const scan = new SegmentScan(shape, seed, 3002);
  const rows = new RowBatch();
  for await (const chunk of source.chunks()) scan.add(chunk, rows);
  await source.close();
  return { scan, rows };
}

describe("structured clones of posted scans", () => {
  it("come back as instances of their classes, nested ones included", async () => {
    const { scan, rows } = await scanned(7);
    const back = SegmentScan.revive(structuredClone(scan));
    expect(back).toBeInstanceOf(SegmentScan);
    for (const acc of back.columns) {
      expect(acc).toBeInstanceOf(ColumnAccumulator);
      expect(acc.kll).toBeInstanceOf(KllSketch);
      expect(acc.hll).toBeInstanceOf(HyperLogLog);
      expect(acc.frequentNum).toBeInstanceOf(FrequentNumbers);
      expect(acc.frequentText).toBeInstanceOf(FrequentItems);
    }
    for (const ev of back.evidence) {
      expect(ev).toBeInstanceOf(ColumnEvidence);
      for (const e of [...ev.byKind, ev.outOfRange, ev.outOfDomain]) expect(e).toBeInstanceOf(Evidence);
      expect(ev.highest).toBeInstanceOf(Extremes);
      expect(ev.lowest).toBeInstanceOf(Extremes);
    }
    const batch = RowBatch.revive(structuredClone(rows));
    expect(batch).toBeInstanceOf(RowBatch);
    expect(batch.rows).toBe(3002);
    expect(Array.from(batch.lo.subarray(0, batch.rows))).toEqual(Array.from(rows.lo.subarray(0, rows.rows)));
    expect([0, 1, 2, 3001].map((r) => batch.labelText(r))).toEqual(["b", "a", "a", "b"]);
  });

  it("merge exactly as the originals do", async () => {
    const first = await scanned(1);
    const second = await scanned(2);
    const direct = await scanned(1);
    direct.scan.absorb(second.scan);
    const viaClone = (await scanned(1)).scan;
    viaClone.absorb(SegmentScan.revive(structuredClone(second.scan)));
    expect(viaClone.columns.map((c) => c.toProfile())).toEqual(direct.scan.columns.map((c) => c.toProfile()));
    expect(structuredClone(viaClone.evidence)).toEqual(structuredClone(direct.scan.evidence));
    // The counts say the merge happened: two scans of the same 3002 rows.
    expect(viaClone.columns[0]!.count).toBe(2 * 3002);
    expect(first.scan.columns[0]!.count).toBe(3002);
  });
});
