import type { VersionRecord } from "../../src/core/contracts/version.js";
import type { Verification } from "../../src/core/deploy/verify.js";
import type {
  AliasMove,
  DeployRequest,
  DeployTarget,
  ModelRegistry,
  RegistryEvent,
  ServedVersion,
} from "../../src/core/ports.js";

/** A version record as register writes it, with golden rows for a two-class model. */
export function record(version: string, change: (r: VersionRecord) => void = () => {}): VersionRecord {
  const r: VersionRecord = {
    schema: "mlgate/version@1",
    name: "penguins",
    version,
    tag: `penguins@v${version}`,
    digest: `sha256:${version.replace(/\D/g, "").padEnd(64, "0")}`,
    files: [{ path: "model.onnx", sha256: "a".repeat(64), bytes: 10 }],
    task: "classification",
    classes: ["Adelie", "Gentoo"],
    features: [
      { name: "bill_length_mm", type: "float" },
      { name: "island", type: "string" },
    ],
    bump: { rule: "explicit", reason: "test" },
    gate: { status: "passed", reason: "evaluation passed" },
    lineage: { data: { train: { path: "train.csv", sha256: "b".repeat(64), rows: 10 } } },
    golden: {
      source: "test.csv",
      rows: [
        { bill_length_mm: 39.1, island: "Torgersen" },
        { bill_length_mm: 46.5, island: "Biscoe" },
      ],
      predictions: [
        { label: "Adelie", proba: [Math.fround(0.9), Math.fround(0.1)] },
        { label: "Gentoo", proba: [Math.fround(0.2), Math.fround(0.8)] },
      ],
    },
    created_at: "2026-01-01T00:00:00.000Z",
  };
  change(r);
  return r;
}

/** An in-memory registry of the given records; pull returns `digestOf(record)` (the record's by default). */
export class FakeRegistry implements ModelRegistry {
  readonly location = "memory";
  readonly aliases: Record<string, string> = {};
  readonly moves: AliasMove[] = [];
  pulled: string[] = [];
  digestOf = (r: VersionRecord) => r.digest;
  constructor(readonly records: VersionRecord[]) {}
  async list() {
    return [{ name: "penguins", versions: this.records, aliases: { ...this.aliases }, deprecated: [] }];
  }
  async resolve(ref: Parameters<ModelRegistry["resolve"]>[0]) {
    const version =
      "version" in ref
        ? ref.version
        : "alias" in ref
          ? this.aliases[ref.alias]
          : this.records.at(-1)?.version;
    return this.records.find((r) => r.version === version);
  }
  async register(): Promise<VersionRecord> {
    throw new Error("not used");
  }
  async assign(move: AliasMove): Promise<RegistryEvent> {
    const previous = this.aliases[move.alias] ?? null;
    this.aliases[move.alias] = move.version;
    this.moves.push(move);
    return {
      schema: "mlgate/registry-event@1",
      seq: this.moves.length,
      name: move.name,
      kind: "assign",
      version: move.version,
      alias: move.alias,
      previous,
      actor: move.actor,
      at: "t",
      why: move.why,
    };
  }
  async deprecate(): Promise<RegistryEvent> {
    throw new Error("not used");
  }
  async history() {
    return [];
  }
  async pull(r: VersionRecord, outDir: string) {
    this.pulled.push(r.version);
    return { dir: outDir, digest: this.digestOf(r) };
  }
}

/** A target that keeps what serves each environment in memory and records every call. */
export class FakeTarget implements DeployTarget {
  readonly kind = "fake";
  readonly serving = new Map<string, ServedVersion>();
  readonly calls: string[] = [];
  async apply(req: DeployRequest): Promise<ServedVersion> {
    const now = this.serving.get(req.environment);
    this.calls.push(`apply ${req.record.version}`);
    if (now?.digest === req.record.digest) return now;
    return {
      environment: req.environment,
      name: req.record.name,
      version: req.record.version,
      digest: req.record.digest,
      url: `http://fake/${req.record.version}`,
    };
  }
  async promote(s: ServedVersion) {
    this.calls.push(`promote ${s.version}`);
    this.serving.set(s.environment, s);
  }
  async remove(s: ServedVersion) {
    this.calls.push(`remove ${s.version}`);
    if (this.serving.get(s.environment)?.digest === s.digest) this.serving.delete(s.environment);
  }
  async current(env: string) {
    return this.serving.get(env);
  }
}

/** Verification that fails for the versions in `bad`, naming the version. */
export function fakeVerify(bad: Set<string>) {
  const seen: string[] = [];
  const verify = async (s: ServedVersion): Promise<Verification> => {
    seen.push(s.version);
    const ok = !bad.has(s.version);
    const detail = ok ? "ok" : `row 0: label "Gentoo", registered "Adelie" (${s.version})`;
    return { ok, checks: [{ name: "golden", ok, detail }], problems: ok ? [] : [`golden: ${detail}`] };
  };
  return { verify, seen };
}
