import { readFile, stat } from "node:fs/promises";
import { dirname, isAbsolute, resolve } from "node:path";
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import type * as z from "zod";
import { MlgateError } from "../errors.js";
import { gateConfigErrors } from "../evaluate/gate.js";
import { configSchema, type MlgateConfig } from "./schema.js";

export interface LoadedConfig {
  config: MlgateConfig;
  /** Absolute path of the file, or undefined when built from defaults. */
  file: string | undefined;
  /** Directory that relative paths in the config are resolved against. */
  dir: string;
  /** Line of a key in the file (e.g. ["evaluate", "gate", "accuracy"]), for errors and annotations. */
  lineOf?(path: readonly (string | number)[]): number | undefined;
}

export const DEFAULT_CONFIG = "mlgate.yml";

/**
 * The config a command runs with. `path` is the file the user named (undefined, or the default
 * name, when they named none). Commands that can run without a config pass `optional`: then an
 * absent default file gives undefined, while a named file that is missing is still an error.
 */
export async function loadCommandConfig(
  path: string | undefined,
  opts: { optional?: boolean } = {},
): Promise<LoadedConfig | undefined> {
  const named = path !== undefined && path !== DEFAULT_CONFIG;
  if (!named && opts.optional && !(await exists(resolve(DEFAULT_CONFIG)))) return undefined;
  return loadConfig(path ?? DEFAULT_CONFIG);
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

/** Resolve a path from the config against the config file's directory. */
export function resolveFromConfig(loaded: LoadedConfig, p: string): string {
  return isAbsolute(p) ? p : resolve(loaded.dir, p);
}

export async function loadConfig(path: string): Promise<LoadedConfig> {
  const file = resolve(path);
  let text: string;
  try {
    const st = await stat(file);
    if (st.isDirectory()) {
      throw new MlgateError(`${path} is a directory, not a config file`, {
        hint: "pass the mlgate.yml file itself with --config",
      });
    }
    text = await readFile(file, "utf8");
  } catch (e) {
    if (e instanceof MlgateError) throw e;
    throw new MlgateError(`cannot read config file ${path}: ${(e as NodeJS.ErrnoException).code ?? e}`, {
      hint: "create mlgate.yml (see example-repo/mlgate.yml) or pass --config <file>",
    });
  }
  const { config, lineOf } = parseConfigDocument(text, path);
  return { config, file, dir: dirname(file), lineOf };
}

/** Parse and validate mlgate.yml text; errors name file:line:column and the key. */
export function parseConfig(text: string, fileName = "mlgate.yml"): MlgateConfig {
  return parseConfigDocument(text, fileName).config;
}

function parseConfigDocument(
  text: string,
  fileName: string,
): { config: MlgateConfig; lineOf: (path: readonly (string | number)[]) => number | undefined } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const pos = lineCounter.linePos(yamlError.pos[0]);
    throw new MlgateError(`invalid YAML: ${yamlError.message.split("\n")[0]}`, {
      location: { file: fileName, line: pos.line, column: pos.col },
      hint: "fix the YAML syntax at this position",
    });
  }
  const data = doc.toJS() ?? {};
  const result = configSchema.safeParse(data);
  const position = (node: Node | undefined) => {
    const offset = node?.range?.[0];
    return offset === undefined ? undefined : lineCounter.linePos(offset);
  };

  // Every problem at once, in file order: the schema's, and the gate rules' (which need no data).
  const problems: { error: MlgateError; offset: number }[] = [];
  const seen = new Set<string>();
  for (const issue of result.success ? [] : result.error.issues) {
    const { node, path } = deepestNode(doc.contents, issue.path);
    const pos = position(node);
    const key = path.join(".") || "(top level)";
    const value = valueAt(data, issue.path);
    const what =
      value === undefined && issue.code !== "unrecognized_keys"
        ? "required key is missing"
        : describeIssue(issue, value);
    // A union reports one issue per branch; one line per key and complaint is enough.
    if (seen.has(`${key}\0${what}`)) continue;
    seen.add(`${key}\0${what}`);
    problems.push({
      offset: node?.range?.[0] ?? 0,
      error: new MlgateError(`${key}: ${what}`, {
        location: { file: fileName, line: pos?.line, column: pos?.col, key },
        hint: "see schema/mlgate.schema.json for every key, its type and its default",
      }),
    });
  }
  const task = (data as { model?: { task?: unknown } }).model?.task;
  if (task === "classification" || task === "regression") {
    const errors = gateConfigErrors(task, (data as { evaluate?: unknown }).evaluate, (problem) => {
      const node =
        problem.at === "key"
          ? keyNode(doc.getIn(problem.path.slice(0, -1), true), problem.path[problem.path.length - 1]!)
          : deepestNode(doc.contents, problem.path).node;
      const pos = position(node);
      return { file: fileName, line: pos?.line, column: pos?.col, key: problem.path.join(".") };
    });
    for (const error of errors) {
      const { line = 1, column = 1 } = error.location;
      problems.push({ error, offset: (lineCounter.lineStarts[line - 1] ?? 0) + column - 1 });
    }
  }
  if (problems.length > 0) {
    problems.sort((a, b) => a.offset - b.offset);
    throw MlgateError.all(
      problems.map((p) => p.error),
      fileName,
    );
  }
  const config = (result as { data: MlgateConfig }).data;
  const lineOf = (path: readonly (string | number)[]) => {
    const node = doc.getIn(path, true) as Node | undefined;
    const pair = path.length
      ? keyNode(doc.getIn(path.slice(0, -1), true), path[path.length - 1]!)
      : undefined;
    return position(pair ?? node)?.line;
  };
  return { config, lineOf };
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let v: unknown = data;
  for (const seg of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg];
  }
  return v;
}

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case "unrecognized_keys":
      return `unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `'${k}'`).join(", ")}`;
    case "invalid_type":
      return `expected ${issue.expected}, got ${typeName(value)}`;
    case "invalid_value":
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}, got ${JSON.stringify(value)}`;
    default:
      return `${issue.message} (got ${typeName(value)})`;
  }
}

function typeName(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  return `${typeof v} ${JSON.stringify(v)}`;
}

/** The key node of `key` in a mapping: a rule's line is where its name is written. */
function keyNode(parent: unknown, key: string | number): Node | undefined {
  if (!isMap(parent)) return undefined;
  return parent.items.find((p) => isScalar(p.key) && p.key.value === key)?.key as Node | undefined;
}

/** Walk the YAML AST along a zod issue path; return the deepest node that exists. */
function deepestNode(root: unknown, path: PropertyKey[]): { node: Node | undefined; path: PropertyKey[] } {
  let node = root as Node | undefined;
  const walked: PropertyKey[] = [];
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === seg);
      if (!pair) break;
      walked.push(seg);
      // Point at the key for a missing/odd value, at the value when it exists.
      node = (pair.value as Node | null) ?? (pair.key as Node);
    } else if (isSeq(node) && typeof seg === "number") {
      const item = node.items[seg] as Node | undefined;
      if (!item) break;
      walked.push(seg);
      node = item;
    } else break;
  }
  // Keep the full issue path for the message even when the node is missing (a required key).
  return { node, path: path.length > walked.length ? path : walked };
}
