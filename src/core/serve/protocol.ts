import type { CellValue } from "../data/table.js";
import type { ScoredRows, ServedFeature, ServedModel } from "./model.js";

/**
 * The request bodies of the Open Inference Protocol v2 (`/v2/models/{m}/infer`) and KServe V1
 * (`/v1/models/{m}:predict`) read into one column of cells per feature, checked against the
 * model's features. Anything wrong is a RequestError whose message names the input and what was
 * expected; the handler answers it with its status and `{"error": message}`.
 */
export class RequestError extends Error {
  constructor(
    readonly status: 400 | 404 | 405 | 413,
    message: string,
  ) {
    super(message);
  }
}

/** The rows of a request, column by column, in the order of the model's features. */
export interface RequestRows {
  rows: number;
  columns: Map<string, CellValue[]>;
}

export interface InferRequest extends RequestRows {
  id?: string;
  /** Output names the client asked for; undefined means all. */
  outputs?: string[];
}

const NUMERIC_DATATYPES = new Set([
  "FP64",
  "FP32",
  "FP16",
  "BF16",
  "INT64",
  "INT32",
  "INT16",
  "INT8",
  "UINT64",
  "UINT32",
  "UINT16",
  "UINT8",
]);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === undefined) return "missing";
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") return "an object";
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** What a feature accepts, for error messages. */
function expectation(f: ServedFeature): string {
  switch (f.type) {
    case "string":
      return "BYTES (strings)";
    case "bool":
      return "BOOL (true/false)";
    case "int":
      return "INT64 (integers; other numeric datatypes are accepted)";
    default:
      return "FP64 (numbers; FP32 and the integer datatypes are accepted)";
  }
}

export function featureList(model: ServedModel): string {
  return model.features.map((f) => `${f.name} (${f.datatype})`).join(", ");
}

/**
 * Checks one cell of a feature and returns it as the encoder takes it. `null` marks a missing
 * value (as an empty CSV cell does for `mlgate predict`); JSON has no NaN.
 */
function cell(f: ServedFeature, v: unknown, where: () => string, integral = false): CellValue {
  if (v === null) return null;
  switch (f.type) {
    case "string":
      if (typeof v === "string") return v;
      break;
    case "bool":
      if (typeof v === "boolean") return v;
      break;
    default:
      if (typeof v === "number" && (!integral || Number.isInteger(v))) return v;
      if (typeof v === "number") {
        throw new RequestError(400, `${where()} is ${describe(v)}, but its datatype holds integers`);
      }
  }
  throw new RequestError(400, `${where()} is ${describe(v)}, expected ${expectation(f)} or null`);
}

function checkDatatype(f: ServedFeature, datatype: unknown): boolean {
  if (typeof datatype !== "string") {
    throw new RequestError(400, `input '${f.name}' has no datatype string; expected ${expectation(f)}`);
  }
  const ok =
    f.type === "string"
      ? datatype === "BYTES"
      : f.type === "bool"
        ? datatype === "BOOL"
        : NUMERIC_DATATYPES.has(datatype);
  if (!ok) {
    throw new RequestError(400, `input '${f.name}' has datatype ${datatype}, expected ${expectation(f)}`);
  }
  return datatype.startsWith("INT") || datatype.startsWith("UINT");
}

/** Rows of an input's shape: [n] or [n, 1] (a column of scalars). */
function rowsOfShape(name: string, shape: unknown): number {
  const dims = Array.isArray(shape) ? shape : undefined;
  const valid = dims?.every((d) => typeof d === "number" && Number.isInteger(d) && d >= 0);
  if (!dims || !valid || dims.length < 1 || dims.length > 2 || (dims.length === 2 && dims[1] !== 1)) {
    throw new RequestError(
      400,
      `input '${name}' has shape ${JSON.stringify(shape)}, expected [n] or [n, 1] (one value per row)`,
    );
  }
  return dims[0] as number;
}

/**
 * The elements of tensor data in row-major order. The spec allows the data flat or nested like
 * its shape; nested data must match the shape exactly (a ragged array is an error).
 */
function flatten(name: string, data: unknown, rows: number, shape: number[]): unknown[] {
  if (!Array.isArray(data)) {
    throw new RequestError(400, `input '${name}' has no data array; expected ${rows} values`);
  }
  if (!data.some(Array.isArray)) {
    if (data.length !== rows) {
      throw new RequestError(
        400,
        `input '${name}' has ${data.length} values for shape ${JSON.stringify(shape)}, expected ${rows}`,
      );
    }
    return data;
  }
  const depth = shape.length;
  if (depth !== 2) {
    throw new RequestError(
      400,
      `input '${name}' has nested data, but its shape ${JSON.stringify(shape)} is flat`,
    );
  }
  if (data.length !== rows) {
    throw new RequestError(
      400,
      `input '${name}' has ${data.length} rows of data, expected ${rows} (its shape)`,
    );
  }
  const out: unknown[] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const inner = data[i];
    if (!Array.isArray(inner) || inner.length !== 1 || Array.isArray(inner[0])) {
      throw new RequestError(
        400,
        `input '${name}' is ragged: element ${i} is ${describe(inner)}, expected [value] for shape ${JSON.stringify(shape)}`,
      );
    }
    out[i] = inner[0];
  }
  return out;
}

function checkRows(rows: number, maxRows: number): void {
  if (rows > maxRows) {
    throw new RequestError(
      413,
      `the request has ${rows} rows, more than the ${maxRows} this server scores at once`,
    );
  }
}

/** Reads an OIP v2 inference request (`$inference_request`) for `model`. */
export function readInferRequest(body: unknown, model: ServedModel, maxRows: number): InferRequest {
  if (!isRecord(body))
    throw new RequestError(400, `the request body is ${describe(body)}, expected an object with "inputs"`);
  if (body.id !== undefined && typeof body.id !== "string") {
    throw new RequestError(400, `"id" is ${describe(body.id)}, expected a string`);
  }
  if (body.parameters !== undefined && !isRecord(body.parameters)) {
    throw new RequestError(400, `"parameters" is ${describe(body.parameters)}, expected an object`);
  }
  if (!Array.isArray(body.inputs)) {
    throw new RequestError(
      400,
      `"inputs" is ${describe(body.inputs)}, expected an array with one tensor per feature: ${featureList(model)}`,
    );
  }
  const byName = new Map(model.features.map((f) => [f.name, f]));
  const given = new Map<string, Record<string, unknown>>();
  for (const [i, input] of body.inputs.entries()) {
    if (!isRecord(input) || typeof input.name !== "string") {
      throw new RequestError(400, `inputs[${i}] is not a tensor with a "name"`);
    }
    if (!byName.has(input.name)) {
      throw new RequestError(
        400,
        `input '${input.name}' is not a feature of the model; it expects ${featureList(model)}`,
      );
    }
    if (given.has(input.name)) throw new RequestError(400, `input '${input.name}' is given twice`);
    given.set(input.name, input);
  }
  const missing = model.features.filter((f) => !given.has(f.name));
  if (missing.length) {
    throw new RequestError(
      400,
      `the request lacks input${missing.length > 1 ? "s" : ""} ${missing.map((f) => `'${f.name}' (${f.datatype})`).join(", ")}; the model expects ${featureList(model)}`,
    );
  }
  let rows: number | undefined;
  let first = "";
  const columns = new Map<string, CellValue[]>();
  for (const f of model.features) {
    const input = given.get(f.name)!;
    const integral = checkDatatype(f, input.datatype);
    const n = rowsOfShape(f.name, input.shape);
    if (rows === undefined) {
      rows = n;
      first = f.name;
      checkRows(rows, maxRows);
    } else if (n !== rows) {
      throw new RequestError(
        400,
        `input '${f.name}' has ${n} rows but input '${first}' has ${rows}; every input needs one value per row`,
      );
    }
    const data = flatten(f.name, input.data, n, input.shape as number[]);
    const values: CellValue[] = new Array(n);
    for (let i = 0; i < n; i++)
      values[i] = cell(f, data[i], () => `input '${f.name}' element ${i}`, integral);
    columns.set(f.name, values);
  }
  let outputs: string[] | undefined;
  if (body.outputs !== undefined) {
    if (!Array.isArray(body.outputs))
      throw new RequestError(400, `"outputs" is ${describe(body.outputs)}, expected an array`);
    const known = outputNames(model);
    outputs = body.outputs.map((o, i) => {
      if (!isRecord(o) || typeof o.name !== "string")
        throw new RequestError(400, `outputs[${i}] is not an object with a "name"`);
      if (!known.includes(o.name)) {
        throw new RequestError(
          400,
          `output '${o.name}' is not an output of the model; it has ${known.join(", ")}`,
        );
      }
      return o.name;
    });
  }
  return {
    rows: rows ?? 0,
    columns,
    ...(body.id === undefined ? {} : { id: body.id }),
    ...(outputs ? { outputs } : {}),
  };
}

/** Reads a KServe V1 `{"instances": [...]}`: each instance a record by feature name, or a list in feature order. */
export function readV1Request(body: unknown, model: ServedModel, maxRows: number): RequestRows {
  if (!isRecord(body) || !Array.isArray(body.instances)) {
    throw new RequestError(
      400,
      `the request body must be {"instances": [...]}, one record per row with the features ${featureList(model)}`,
    );
  }
  const instances = body.instances;
  const rows = instances.length;
  checkRows(rows, maxRows);
  const names = new Set(model.features.map((f) => f.name));
  const columns = new Map<string, CellValue[]>(
    model.features.map((f) => [f.name, new Array<CellValue>(rows)]),
  );
  for (let i = 0; i < rows; i++) {
    const inst = instances[i];
    if (Array.isArray(inst)) {
      if (inst.length !== model.features.length) {
        throw new RequestError(
          400,
          `instance ${i} has ${inst.length} values, expected ${model.features.length}: ${featureList(model)}`,
        );
      }
      model.features.forEach((f, j) => {
        columns.get(f.name)![i] = cell(f, inst[j], () => `instance ${i} '${f.name}'`);
      });
      continue;
    }
    if (!isRecord(inst))
      throw new RequestError(400, `instance ${i} is ${describe(inst)}, expected a record of features`);
    for (const key of Object.keys(inst)) {
      if (!names.has(key))
        throw new RequestError(
          400,
          `instance ${i} has '${key}', which is not a feature of the model; it expects ${featureList(model)}`,
        );
    }
    for (const f of model.features) {
      if (!(f.name in inst))
        throw new RequestError(
          400,
          `instance ${i} lacks feature '${f.name}' (${f.datatype}); use null for a missing value`,
        );
      columns.get(f.name)![i] = cell(f, inst[f.name], () => `instance ${i} '${f.name}'`);
    }
  }
  return { rows, columns };
}

export function outputNames(model: ServedModel): string[] {
  return model.task === "classification" ? ["label", "probabilities"] : ["value"];
}

/** The model's outputs as `$metadata_tensor`s. */
export function outputMetadata(model: ServedModel): { name: string; datatype: string; shape: number[] }[] {
  return model.task === "classification"
    ? [
        { name: "label", datatype: "BYTES", shape: [-1] },
        { name: "probabilities", datatype: "FP32", shape: [-1, model.classes.length] },
      ]
    : [{ name: "value", datatype: "FP64", shape: [-1] }];
}

/** `$response_output`s of a scored request, in the order asked (all when none were). */
export function responseOutputs(model: ServedModel, scored: ScoredRows, asked?: string[]): unknown[] {
  const n = scored.rows;
  const all: Record<string, () => unknown> =
    scored.task === "classification"
      ? {
          label: () => ({ name: "label", datatype: "BYTES", shape: [n], data: scored.labels }),
          probabilities: () => ({
            name: "probabilities",
            datatype: "FP32",
            shape: [n, model.classes.length],
            // Class order of the columns; parameter values are scalars, so the list travels as JSON text.
            parameters: { classes: JSON.stringify(model.classes) },
            data: Array.from(scored.proba),
          }),
        }
      : { value: () => ({ name: "value", datatype: "FP64", shape: [n], data: Array.from(scored.values) }) };
  return (asked ?? Object.keys(all)).map((name) => all[name]!());
}
