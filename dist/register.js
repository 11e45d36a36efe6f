import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  register
} from "./chunks/chunk-SEDXPDPZ.js";
import "./chunks/chunk-JZMZSJ7L.js";
import "./chunks/chunk-XUXWPNMX.js";
import "./chunks/chunk-CRBIL3TH.js";
import "./chunks/chunk-HY55DCKM.js";
import "./chunks/chunk-D5BRI7Y7.js";
import "./chunks/chunk-WN5546TP.js";
import {
  chooseRegistry
} from "./chunks/chunk-HDL5QZEC.js";
import "./chunks/chunk-OEO3WH64.js";
import {
  modelCard
} from "./chunks/chunk-RYEXQM2O.js";
import "./chunks/chunk-5EU7FAAZ.js";
import "./chunks/chunk-TK3KZ7H5.js";
import "./chunks/chunk-YGBQGAWD.js";
import "./chunks/chunk-DEFAIO2G.js";
import "./chunks/chunk-3WSHO5UH.js";
import "./chunks/chunk-PDW6HMQT.js";
import "./chunks/chunk-2VVLOP77.js";
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

// src/actions/register.ts
init_esm_dirname();
runAction({
  name: "register",
  inputs: (read) => ({
    model: read.required("model"),
    evaluation: read.string("evaluation"),
    version: read.string("version") ?? "auto",
    stage: read.string("stage"),
    allowUngated: read.bool("allow-ungated") ?? false,
    registry: read.string("registry"),
    profile: read.string("profile")
  }),
  async run(inputs, env) {
    const loaded = await env.config({ optional: true });
    if (!inputs.registry && !loaded) {
      throw new MlgateError(
        "no registry to register into: the registry input is empty and there is no mlgate.yml",
        {
          hint: "set the action's `registry` input to a directory, or registry.path in mlgate.yml (and its `config` input to the file)"
        }
      );
    }
    const registry = chooseRegistry(loaded, inputs.registry);
    env.logger.info(`registry: ${registry.location}`);
    return register(loaded, inputs, { registry, logger: env.logger, env: process.env });
  },
  outputs: (r) => ({
    version: `v${r.version.version}`,
    tag: r.tag,
    digest: r.digest
  }),
  // The card without its YAML front matter, which a job summary would show as text.
  summary: (r) => modelCard(r.version, { aliases: r.assigned?.alias ? [r.assigned.alias] : [] }).replace(
    /^---\n[\s\S]*?\n---\n/,
    ""
  )
});
