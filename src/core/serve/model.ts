import type { ModelManifest } from "../contracts/model.js";
import type { Scorer } from "../model/bundle.js";
import { argmaxClass, checkClassOutputs, regressionValue, scoreEncoded } from "../model/predict.js";
import { type ColumnLookup, compileEncoder, type Encoder } from "../model/preprocess.js";

/** The OIP v2 datatype a feature is declared with in the model metadata. */
export type FeatureDatatype = "BYTES" | "FP64" | "INT64" | "BOOL";

export interface ServedFeature {
  name: string;
  type: ModelManifest["features"][number]["type"];
  datatype: FeatureDatatype;
}

/** What one scoring call returns: [rows] labels and [rows × classes] probabilities, or [rows] values. */
export type ScoredRows =
  | { task: "classification"; rows: number; labels: string[]; proba: Float32Array }
  | { task: "regression"; rows: number; values: Float64Array };

/** Identity of what is served, for metadata, the info metric and the inference log. */
export interface ServedIdentity {
  name: string;
  /** Registry version when served from a registry reference; absent for a bundle directory. */
  version?: string;
  digest: string;
}

const DATATYPE: Record<ServedFeature["type"], FeatureDatatype> = {
  string: "BYTES",
  float: "FP64",
  int: "INT64",
  bool: "BOOL",
};

/** Largest encoded-input buffer kept between batches, so one huge request does not pin its memory. */
const KEEP_FLOATS = 1 << 20;
/** Most rows of waiting requests scored in one call (a larger request is scored alone). */
const MAX_BATCH_ROWS = 4096;

interface Pending {
  column: ColumnLookup;
  rows: number;
  resolve(result: ScoredRows): void;
  reject(error: unknown): void;
}

/**
 * A loaded bundle made ready to serve: its preprocessing compiled once, its scorer loaded once, and
 * one encoded-input buffer reused across batches (batches are scored one at a time, so one is
 * enough).
 */
export class ServedModel {
  readonly features: readonly ServedFeature[];
  readonly classes: readonly string[];
  readonly task: ModelManifest["task"];
  private readonly encoder: Encoder;
  private kept: Float32Array | undefined;
  private readonly waiting: Pending[] = [];
  private busy = false;

  constructor(
    readonly identity: ServedIdentity,
    readonly manifest: ModelManifest,
    readonly dir: string,
    private readonly scorer: Scorer,
    /**
     * Awaited before a batch is formed, so requests that arrive in the same turn of the event loop
     * join it (the runtime passes setImmediate); without it a batch forms from what already waits.
     */
    private readonly gather?: () => Promise<void>,
  ) {
    this.task = manifest.task;
    this.features = manifest.features.map((f) => ({
      name: f.name,
      type: f.type,
      datatype: DATATYPE[f.type],
    }));
    this.classes = manifest.classes ?? [];
    this.encoder = compileEncoder(manifest.preprocessing);
    if (this.task === "classification") checkClassOutputs({ dir }, this.classes, scorer.outputs);
  }

  /**
   * Scores `rows` rows whose feature values `column` gives (already checked against the features).
   * Requests that arrive while the model is busy wait and are then scored together in one call
   * (up to MAX_BATCH_ROWS rows), so under load the fixed cost of a forward pass is shared; an idle
   * server scores a request at once. A row's numbers do not depend on the rows scored beside it
   * (each output row is computed from its own input row), which the tests hold bit for bit.
   */
  score(column: ColumnLookup, rows: number): Promise<ScoredRows> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ column, rows, resolve, reject });
      if (!this.busy) void this.run();
    });
  }

  private async run(): Promise<void> {
    this.busy = true;
    try {
      while (this.waiting.length) {
        if (this.gather) await this.gather();
        const batch: Pending[] = [];
        let total = 0;
        while (
          this.waiting.length &&
          (batch.length === 0 || total + this.waiting[0]!.rows <= MAX_BATCH_ROWS)
        ) {
          const next = this.waiting.shift()!;
          batch.push(next);
          total += next.rows;
        }
        await this.scoreBatch(batch, total);
      }
    } finally {
      this.busy = false;
    }
  }

  private async scoreBatch(batch: Pending[], total: number): Promise<void> {
    const width = this.encoder.width;
    const buffer = this.take(total * width);
    const encoded: Pending[] = [];
    let offset = 0;
    for (const p of batch) {
      try {
        this.encoder.encode(p.column, p.rows, buffer.subarray(offset * width));
        encoded.push(p);
        offset += p.rows;
      } catch (e) {
        p.reject(e);
      }
    }
    if (!encoded.length) return;
    let raw: Float32Array;
    try {
      raw = await scoreEncoded(this.scorer, buffer, offset, width);
    } catch (e) {
      for (const p of encoded) p.reject(e);
      return;
    }
    const k = this.scorer.outputs;
    let row = 0;
    for (const p of encoded) {
      p.resolve(this.result(encoded.length === 1 ? raw : raw.slice(row * k, (row + p.rows) * k), p.rows));
      row += p.rows;
    }
  }

  private result(raw: Float32Array, rows: number): ScoredRows {
    if (this.task === "classification") {
      const k = this.classes.length;
      const labels: string[] = new Array(rows);
      for (let i = 0; i < rows; i++) labels[i] = this.classes[argmaxClass(raw, i, k)]!;
      return { task: "classification", rows, labels, proba: raw };
    }
    const target = this.manifest.preprocessing.target;
    const values = new Float64Array(rows);
    for (let i = 0; i < rows; i++) values[i] = regressionValue(raw[i]!, target);
    return { task: "regression", rows, values };
  }

  dispose(): void {
    this.scorer.dispose();
  }

  private take(floats: number): Float32Array {
    if (this.kept && this.kept.length >= floats) return this.kept;
    const buffer = new Float32Array(Math.max(floats, 64));
    if (buffer.length <= KEEP_FLOATS) this.kept = buffer;
    return buffer;
  }
}
