import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";

/**
 * GitHub's official OpenAPI description (npm @octokit/openapi, api.github.com) as a contract for
 * the stand-in: every request it receives and every response it sends is checked against the
 * operation it claims to serve. The 13 MB description is parsed on first use and only the served
 * operations (with the component schemas they reach) are kept; that extract is cached on disk
 * (node_modules/.cache), keyed by the description file and the operation list, so test files after
 * the first start in milliseconds.
 */

type Json = Record<string, unknown>;
interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema: Json;
}
interface Operation {
  id: string;
  method: string;
  path: string;
  parameters: Parameter[];
  body: { required: boolean; schema: Json | undefined; contentTypes: string[] } | undefined;
  /** Status → JSON schema of the body (null: no body). */
  responses: Record<string, Json | null>;
}

const SPEC_ID = "https://api.github.com/openapi";
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

function specPath(): string {
  const pkg = createRequire(import.meta.url).resolve("@octokit/openapi/package.json");
  return join(dirname(pkg), "generated", "api.github.com.json");
}

/** Example responses from the description that the stand-in uses as templates for big objects. */
const EXAMPLES = ["pull-request", "pull-request-simple-items", "workflow-run-paginated"];

/** What the stand-in keeps of the description: plain JSON, so it can be cached. */
interface Extract {
  ops: Operation[];
  components: Record<string, Json>;
  examples: Record<string, unknown>;
}

interface Loaded {
  examples: Record<string, unknown>;
  ajv: Ajv;
  ops: Map<string, Operation>;
  validators: Map<string, ValidateFunction>;
}

/** Bump when extract() changes what it produces. */
const EXTRACT_VERSION = 1;

let loaded: { ids: Set<string>; value: Loaded } | undefined;

function load(operationIds: readonly string[]): Loaded {
  if (loaded && operationIds.every((id) => loaded!.ids.has(id))) return loaded.value;
  const ids = new Set([...(loaded?.ids ?? []), ...operationIds]);
  const ex = cachedExtract([...ids].sort());
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
  addFormats(ajv);
  ajv.addSchema({ $id: SPEC_ID, components: { schemas: ex.components } });
  const value = {
    examples: ex.examples,
    ajv,
    ops: new Map(ex.ops.map((o) => [o.id, o])),
    validators: new Map(),
  };
  loaded = { ids, value };
  return value;
}

function cachedExtract(ids: string[]): Extract {
  const spec = specPath();
  const st = statSync(spec);
  const key = createHash("sha256")
    .update(JSON.stringify([EXTRACT_VERSION, spec, st.size, st.mtimeMs, ids, EXAMPLES]))
    .digest("hex")
    .slice(0, 24);
  const dir = join(dirname(spec), "..", "..", "..", ".cache", "mlgate-github-standin");
  const file = join(dir, `${key}.json`);
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Extract;
  } catch {
    const ex = extract(ids);
    try {
      mkdirSync(dir, { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(ex));
      renameSync(tmp, file);
    } catch {
      // A read-only node_modules only costs the next test file the parse.
    }
    return ex;
  }
}

function extract(ids: string[]): Extract {
  const wanted = new Set(ids);
  const spec = JSON.parse(readFileSync(specPath(), "utf8")) as {
    paths: Record<string, Record<string, Json>>;
    components: Record<string, Record<string, Json>>;
  };
  const deref = (x: Json): Json => {
    let cur = x;
    while (typeof cur.$ref === "string") {
      const [, section, name] = /^#\/components\/([^/]+)\/(.+)$/.exec(cur.$ref) ?? [];
      const target = section && name ? spec.components[section]?.[name] : undefined;
      if (!target) throw new Error(`OpenAPI: cannot resolve ${cur.$ref}`);
      cur = target;
    }
    return cur;
  };
  const schemasUsed = new Set<string>();
  const collect = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(collect);
    else if (node && typeof node === "object") {
      const ref = (node as Json).$ref;
      if (typeof ref === "string") {
        const name = /^#\/components\/schemas\/(.+)$/.exec(ref)?.[1];
        if (name && !schemasUsed.has(name)) {
          schemasUsed.add(name);
          collect(spec.components.schemas?.[name]);
        }
      }
      for (const v of Object.values(node)) collect(v);
    }
  };
  // Schemas inside operations point into the shared components document by absolute id.
  const absolute = (schema: Json | undefined): Json | null => {
    if (!schema) return null;
    collect(schema);
    return jsonSchemaOf(
      JSON.parse(
        JSON.stringify(schema).replaceAll('"#/components/schemas/', `"${SPEC_ID}#/components/schemas/`),
      ) as Json,
    );
  };
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [method, raw] of Object.entries(item)) {
      const opId = (raw as Json).operationId as string | undefined;
      if (!opId || !wanted.has(opId)) continue;
      const op = raw as {
        parameters?: Json[];
        requestBody?: Json;
        responses: Record<string, Json>;
      };
      const parameters = [...((item.parameters as unknown as Json[]) ?? []), ...(op.parameters ?? [])].map(
        (p) => {
          const d = deref(p) as unknown as Parameter;
          return { ...d, schema: absolute(d.schema) ?? {} };
        },
      );
      let body: Operation["body"];
      if (op.requestBody) {
        const rb = deref(op.requestBody) as {
          required?: boolean;
          content?: Record<string, { schema?: Json }>;
        };
        const content = rb.content ?? {};
        body = {
          required: rb.required === true,
          schema: absolute(content["application/json"]?.schema) ?? undefined,
          contentTypes: Object.keys(content),
        };
      }
      const responses: Record<string, Json | null> = {};
      for (const [status, r] of Object.entries(op.responses)) {
        const content = (deref(r) as { content?: Record<string, { schema?: Json }> }).content;
        const json = content?.["application/json"] ?? content?.["application/scim+json"];
        responses[status] = absolute(json?.schema);
      }
      ops.push({ id: opId, method: method.toUpperCase(), path, parameters, body, responses });
    }
  }
  // Errors GitHub sends from any endpoint (bad credentials, a token without the permission) are
  // documented only on some operations; elsewhere they are checked against the common error shape.
  collect({ $ref: "#/components/schemas/basic-error" });
  const missing = ids.filter((id) => !ops.some((o) => o.id === id));
  if (missing.length) throw new Error(`OpenAPI: no operation ${missing.join(", ")}`);
  const components = Object.fromEntries(
    [...schemasUsed].map((n) => [n, jsonSchemaOf(spec.components.schemas![n] as Json)]),
  );
  const examples = Object.fromEntries(
    EXAMPLES.map((n) => [n, (spec.components.examples?.[n] as { value?: unknown } | undefined)?.value]),
  );
  return { ops, components, examples };
}

/**
 * OpenAPI 3.0's `nullable: true` as JSON Schema: `null` joins the type (and the enum), or, where
 * there is no type (a $ref, a oneOf), the schema becomes "this, or null".
 */
function jsonSchemaOf(node: unknown): Json {
  const walk = (n: unknown): unknown => {
    if (Array.isArray(n)) return n.map(walk);
    if (!n || typeof n !== "object") return n;
    const out: Json = {};
    for (const [k, v] of Object.entries(n)) {
      if (k === "nullable") continue;
      // Property names and examples are data, not schemas.
      out[k] = k === "example" || k === "examples" ? v : walk(v);
    }
    if ((n as Json).nullable !== true) return out;
    if (typeof out.type === "string") {
      out.type = [out.type, "null"];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
      return out;
    }
    return { anyOf: [out, { type: "null" }] };
  };
  return walk(node) as Json;
}

function formatErrors(where: string, errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).slice(0, 8).map((e) => `${where}${e.instancePath || ""} ${e.message ?? "invalid"}`);
}

export interface RequestParts {
  pathParams: Record<string, string>;
  query: URLSearchParams;
  contentType: string | undefined;
  /** Parsed JSON body, raw bytes for other content types, undefined when empty. */
  body: unknown;
}

/** Query and path values arrive as text; turn them into what the parameter's schema says. */
function coerce(value: string, schema: Json): unknown {
  const type = schema.type;
  if (type === "integer" || type === "number") return value.trim() === "" ? value : Number(value);
  if (type === "boolean") return value === "true" ? true : value === "false" ? false : value;
  return value;
}

export class OpenApiContract {
  constructor(private readonly operationIds: readonly string[]) {}

  operation(id: string): Operation {
    const op = load(this.operationIds).ops.get(id);
    if (!op) throw new Error(`OpenAPI: operation ${id} is not served`);
    return op;
  }

  /** A deep copy of one of the description's example values. */
  example(name: (typeof EXAMPLES)[number]): Record<string, unknown> {
    const value = load(this.operationIds).examples[name];
    if (value === undefined) throw new Error(`OpenAPI: no example ${name}`);
    return structuredClone(value) as Record<string, unknown>;
  }

  private validator(key: string, schema: Json): ValidateFunction {
    const l = load(this.operationIds);
    let v = l.validators.get(key);
    if (!v) {
      v = l.ajv.compile(schema);
      l.validators.set(key, v);
    }
    return v;
  }

  /** Problems with a request, as `where message` lines; empty when it conforms. */
  checkRequest(id: string, req: RequestParts): string[] {
    const op = this.operation(id);
    const problems: string[] = [];
    const known = new Set<string>();
    for (const p of op.parameters) {
      if (p.in !== "path" && p.in !== "query") continue;
      known.add(p.name);
      const raw = p.in === "path" ? req.pathParams[p.name] : (req.query.get(p.name) ?? undefined);
      if (raw === undefined) {
        if (p.required) problems.push(`${p.in} parameter ${p.name} is required`);
        continue;
      }
      const v = this.validator(`${id}:${p.in}:${p.name}`, p.schema);
      if (!v(coerce(raw, p.schema))) problems.push(...formatErrors(`${p.in} parameter ${p.name}`, v.errors));
    }
    for (const name of req.query.keys()) {
      if (!known.has(name)) problems.push(`query parameter ${name} is not in the description`);
    }
    if (op.body) {
      if (req.body === undefined) {
        if (op.body.required) problems.push("request body is required");
      } else if (op.body.schema) {
        // A JSON body; raw uploads (application/octet-stream) have nothing to check inside.
        if (!req.contentType?.includes("json"))
          problems.push(`request body must be application/json, got ${req.contentType}`);
        const v = this.validator(`${id}:body`, op.body.schema);
        if (!v(req.body)) problems.push(...formatErrors("body", v.errors));
      }
    } else if (req.body !== undefined) {
      problems.push("the operation takes no request body");
    }
    return problems;
  }

  /**
   * Problems with a response; empty when it conforms. `anyEndpoint` marks 401/403 answers that
   * GitHub gives on every endpoint whether or not the operation lists them.
   */
  checkResponse(id: string, status: number, body: unknown, opts: { anyEndpoint?: boolean } = {}): string[] {
    const op = this.operation(id);
    const key = String(status);
    if (!(key in op.responses) && opts.anyEndpoint && (status === 401 || status === 403)) {
      const v = this.validator("basic-error", { $ref: `${SPEC_ID}#/components/schemas/basic-error` });
      return v(body) ? [] : formatErrors(`response ${status}`, v.errors);
    }
    if (!(key in op.responses)) {
      return [`status ${status} is not a documented response (${Object.keys(op.responses).join(", ")})`];
    }
    const schema = op.responses[key];
    if (!schema) return body === undefined ? [] : [`status ${status} has no body in the description`];
    const v = this.validator(`${id}:response:${key}`, schema);
    return v(body) ? [] : formatErrors(`response ${status}`, v.errors);
  }
}
