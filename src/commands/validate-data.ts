import { join } from "node:path";
import { type LoadedConfig, resolveFromConfig } from "../core/config/load.js";
import type { DataSchema } from "../core/contracts/data-schema.js";
import type { Profile } from "../core/contracts/profile.js";
import { VALIDATION_SCHEMA, type Validation, validationContract } from "../core/contracts/validation.js";
import { overallStatus, runChecks } from "../core/data/checks.js";
import { loadProfile } from "../core/data/contract-io.js";
import { readOptionsFrom } from "../core/data/read.js";
import { scanFile } from "../core/data/scan.js";
import { loadSchema, rulesFromSchema } from "../core/data/schema.js";
import { MlgateError } from "../core/errors.js";
import { checkOutputPaths, toJson, writeOutputs } from "../core/io/atomic.js";
import type { Logger, Progress } from "../core/ports.js";
import { validationMarkdown } from "../core/report/validation.js";

export interface ValidateDataInputs {
  data?: string;
  test?: string;
  schema?: string;
  reference?: string;
  label?: string;
  out?: string;
  failOn?: "error" | "warn";
  strict?: boolean;
}

export interface ValidateDataResult {
  status: Validation["status"];
  /** Whether the step should fail: a failing check, or a warning with fail-on warn. */
  failed: boolean;
  validation: Validation;
  profile: Profile;
  markdown: string;
  files: { validation: string; profile: string; report: string };
}

export interface DataPorts {
  logger: Logger;
  progress: Progress;
}

/**
 * validate-data: scan the data (and test) file once each, run the checks against the committed
 * schema and reference profile, and write validation.json, profile.json and validation.md together.
 */
export async function validateData(
  loaded: LoadedConfig | undefined,
  inputs: ValidateDataInputs,
  ports: DataPorts,
): Promise<ValidateDataResult> {
  const cfg = loaded?.config;
  const fromConfig = (p: string | undefined) => (p && loaded ? resolveFromConfig(loaded, p) : p);
  const data = inputs.data ?? fromConfig(cfg?.data.train);
  if (!data) {
    throw new MlgateError("no data file to validate", {
      hint: "pass --data <file>, or set `data.train` in mlgate.yml",
    });
  }
  const testPath = inputs.test ?? fromConfig(cfg?.data.test);
  const schemaPath = inputs.schema ?? fromConfig(cfg?.validate.schema);
  const referencePath = inputs.reference ?? fromConfig(cfg?.validate.reference);
  const schema: DataSchema | undefined = schemaPath ? await loadSchema(schemaPath) : undefined;
  const reference = referencePath ? await loadProfile(referencePath) : undefined;
  const label =
    inputs.label ?? schema?.label ?? (cfg as { model?: { label?: string } } | undefined)?.model?.label;
  const read = readOptionsFrom(loaded);
  const rules = rulesFromSchema(schema ? { ...schema, label } : undefined);
  const out = inputs.out ?? "mlgate-out";
  const failOn = inputs.failOn ?? cfg?.validate.fail_on ?? "error";
  const files = {
    validation: join(out, "validation.json"),
    profile: join(out, "profile.json"),
    report: join(out, "validation.md"),
  };
  await checkOutputPaths(Object.values(files));

  const train = await ports.logger.group(`Profile ${data}`, () =>
    scanFile(data, { read, label, rules, progress: ports.progress }),
  );
  const test = testPath
    ? await ports.logger.group(`Profile ${testPath}`, () =>
        scanFile(testPath, { read, label, rules, leakageIndex: train.rowIndex, progress: ports.progress }),
      )
    : undefined;
  const checks = runChecks({
    train,
    test,
    schema,
    reference,
    label,
    task: (cfg as { model?: { task?: "classification" | "regression" } } | undefined)?.model?.task,
    settings: { strict: inputs.strict ?? cfg?.validate.strict ?? false, checks: cfg?.validate.checks ?? {} },
  });
  const status = overallStatus(checks);
  const counts = { pass: 0, warn: 0, fail: 0 };
  for (const c of checks) counts[c.status]++;
  const validation = validationContract.parse({
    schema: VALIDATION_SCHEMA,
    status,
    data,
    test: testPath,
    rows: train.profile.rows,
    columns: train.columns.length,
    counts,
    checks,
  } satisfies Validation);
  const markdown = validationMarkdown(validation);
  await writeOutputs({
    [files.validation]: toJson(validation),
    [files.profile]: toJson(train.profile),
    [files.report]: markdown,
  });
  for (const c of checks) {
    if (c.status === "pass") continue;
    const where = { file: c.file, line: c.examples[0]?.line, title: `validate-data: ${c.id}` };
    const text = `${c.column ? `${c.column}: ` : ""}${c.message}`;
    if (c.status === "fail") ports.logger.error(text, where);
    else ports.logger.warn(text, where);
  }
  const failed = status === "fail" || (failOn === "warn" && status === "warn");
  return { status, failed, validation, profile: train.profile, markdown, files };
}
