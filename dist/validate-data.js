import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  validateData
} from "./chunks/chunk-X4CEQO6A.js";
import "./chunks/chunk-UHT5CBQS.js";
import "./chunks/chunk-NHQGETXD.js";
import "./chunks/chunk-UIJ5YEQO.js";
import "./chunks/chunk-CTJ7PGUG.js";
import "./chunks/chunk-MEZAY5XX.js";
import "./chunks/chunk-7X562T77.js";
import "./chunks/chunk-LXDNF7DQ.js";
import "./chunks/chunk-SNNBJZIZ.js";
import "./chunks/chunk-6O7DFYOK.js";
import "./chunks/chunk-EZI4AYPW.js";
import "./chunks/chunk-Z2KXVVDY.js";
import "./chunks/chunk-WLXISTF7.js";
import "./chunks/chunk-FW7P332B.js";
import {
  runAction
} from "./chunks/chunk-TGF7WUMR.js";
import "./chunks/chunk-4UCGVU6C.js";
import "./chunks/chunk-TKY34EYT.js";
import "./chunks/chunk-T7VKUT63.js";
import "./chunks/chunk-Q6CFKWPI.js";
import "./chunks/chunk-EANIINQF.js";
import "./chunks/chunk-KZ2VNCYO.js";
import "./chunks/chunk-HZQMMYM6.js";
import "./chunks/chunk-I2J6S7FN.js";
import "./chunks/chunk-FHBWZ2UA.js";
import {
  MlgateError
} from "./chunks/chunk-62SJ64MT.js";
import {
  init_esm_dirname
} from "./chunks/chunk-OG4VE27J.js";

// src/actions/validate-data.ts
init_esm_dirname();
runAction({
  name: "validate-data",
  inputs: (read) => ({
    data: read.string("data"),
    test: read.string("test"),
    schema: read.string("schema"),
    reference: read.string("reference"),
    label: read.string("label"),
    out: read.string("out"),
    failOn: read.string("fail-on"),
    strict: read.bool("strict")
  }),
  async run(inputs, env) {
    if (inputs.failOn !== void 0 && inputs.failOn !== "error" && inputs.failOn !== "warn") {
      throw new MlgateError(`input 'fail-on' must be error or warn, got '${inputs.failOn}'`);
    }
    return validateData(await env.config({ optional: true }), inputs, env);
  },
  outputs: (r) => ({
    status: r.status,
    report: r.files.report,
    profile: r.files.profile,
    validation: r.files.validation
  }),
  summary: (r) => r.markdown,
  failure: (r) => r.failed ? `data validation ${r.status === "fail" ? "failed" : "warned (fail-on: warn)"}: ${r.validation.counts.fail} failing, ${r.validation.counts.warn} warning checks` : void 0
});
