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

/** Encoded-input buffers kept between requests; larger ones are let go so one big batch does not pin its memory. */
const KEEP_BUFFERS = 4;
const KEEP_FLOATS = 1 << 20;

/**
 * A loaded bundle made ready to serve: its preprocessing compiled once, its scorer loaded once, and
 * a small pool of encoded-input buffers reused across requests (a pool rather than one buffer,
 * because a scorer may still read its input while the next request is encoded).
 */
export class ServedModel {
  readonly features: readonly ServedFeature[];
  readonly classes: readonly string[];
  readonly task: ModelManifest["task"];
  private readonly encoder: Encoder;
  private readonly pool: Float32Array[] = [];

  constructor(
    readonly identity: ServedIdentity,
    readonly manifest: ModelManifest,
    readonly dir: string,
    private readonly scorer: Scorer,
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

  /** Scores `rows` rows whose feature values `column` gives (already checked against the features). */
  async score(column: ColumnLookup, rows: number): Promise<ScoredRows> {
    const width = this.encoder.width;
    const buffer = this.take(rows * width);
    let raw: Float32Array;
    try {
      const x = this.encoder.encode(column, rows, buffer);
      raw = await scoreEncoded(this.scorer, x, rows, width);
    } finally {
      this.give(buffer);
    }
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
    for (let i = this.pool.length - 1; i >= 0; i--) {
      if (this.pool[i]!.length >= floats) return this.pool.splice(i, 1)[0]!;
    }
    return new Float32Array(Math.max(floats, 64));
  }

  private give(buffer: Float32Array): void {
    if (buffer.length <= KEEP_FLOATS && this.pool.length < KEEP_BUFFERS) this.pool.push(buffer);
  }
}
