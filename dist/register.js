import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  register
} from "./chunks/chunk-ZH4K7FRR.js";
import {
  modelCard
} from "./chunks/chunk-357UA6AY.js";
import {
  chooseRegistry
} from "./chunks/chunk-5FQNN2YW.js";
import "./chunks/chunk-CW2DT7U7.js";
import "./chunks/chunk-OEO3WH64.js";
import "./chunks/chunk-UDEL5NW4.js";
import "./chunks/chunk-6H3XEPMU.js";
import "./chunks/chunk-TK3KZ7H5.js";
import "./chunks/chunk-FKTEYQ5H.js";
import "./chunks/chunk-EZI4AYPW.js";
import "./chunks/chunk-Z2KXVVDY.js";
import "./chunks/chunk-WLXISTF7.js";
import {
  runAction
} from "./chunks/chunk-G2A632AS.js";
import "./chunks/chunk-XKXBSWYZ.js";
import "./chunks/chunk-HZQMMYM6.js";
import "./chunks/chunk-T7VKUT63.js";
import "./chunks/chunk-FHBWZ2UA.js";
import "./chunks/chunk-62SJ64MT.js";
import "./chunks/chunk-RPKHHJJJ.js";
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
    registry: read.string("registry")
  }),
  async run(inputs, env) {
    const loaded = await env.config({ optional: true });
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
