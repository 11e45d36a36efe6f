import { validateData } from "../commands/validate-data.js";
import { MlgateError } from "../core/errors.js";
import { runAction } from "./door.js";

runAction({
  name: "validate-data",
  inputs: (read) => ({
    data: read.string("data"),
    test: read.string("test"),
    schema: read.string("schema"),
    reference: read.string("reference"),
    label: read.string("label"),
    out: read.string("out"),
    failOn: read.string("fail-on") as "error" | "warn" | undefined,
    strict: read.bool("strict"),
  }),
  async run(inputs, env) {
    if (inputs.failOn !== undefined && inputs.failOn !== "error" && inputs.failOn !== "warn") {
      throw new MlgateError(`input 'fail-on' must be error or warn, got '${inputs.failOn}'`);
    }
    return validateData(await env.config({ optional: true }), inputs, env);
  },
  outputs: (r) => ({
    status: r.status,
    report: r.files.report,
    profile: r.files.profile,
    validation: r.files.validation,
  }),
  summary: (r) => r.markdown,
  failure: (r) =>
    r.failed
      ? `data validation ${r.status === "fail" ? "failed" : "warned (fail-on: warn)"}: ${r.validation.counts.fail} failing, ${r.validation.counts.warn} warning checks`
      : undefined,
});
