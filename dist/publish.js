import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  publish
} from "./chunks/chunk-KNRZA4HQ.js";
import "./chunks/chunk-DEFAIO2G.js";
import "./chunks/chunk-3WSHO5UH.js";
import {
  githubClient,
  readActionsContext,
  tokenFrom
} from "./chunks/chunk-PDW6HMQT.js";
import "./chunks/chunk-2VVLOP77.js";
import {
  runAction
} from "./chunks/chunk-TGF7WUMR.js";
import "./chunks/chunk-4UCGVU6C.js";
import "./chunks/chunk-TKY34EYT.js";
import "./chunks/chunk-T7VKUT63.js";
import "./chunks/chunk-Q6CFKWPI.js";
import {
  notice
} from "./chunks/chunk-EANIINQF.js";
import "./chunks/chunk-KZ2VNCYO.js";
import "./chunks/chunk-HZQMMYM6.js";
import "./chunks/chunk-I2J6S7FN.js";
import "./chunks/chunk-FHBWZ2UA.js";
import "./chunks/chunk-62SJ64MT.js";
import {
  init_esm_dirname
} from "./chunks/chunk-OG4VE27J.js";

// src/actions/publish.ts
init_esm_dirname();
runAction({
  name: "publish",
  inputs: (read) => ({ dir: read.required("dir"), pr: read.int("pr"), token: read.string("github-token") }),
  async run({ dir, pr, token }, { logger }) {
    const env = token ? { ...process.env, GITHUB_TOKEN: token } : process.env;
    const client = githubClient({ token: tokenFrom(env) ?? "", logger });
    const result = await publish({ dir, pr }, { client, context: readActionsContext(env) }, { logger });
    if (result.skipped) notice(result.reason, { title: "mlgate publish skipped" });
    return result;
  },
  outputs: (r) => r.skipped ? { skipped: true } : {
    skipped: false,
    "comment-url": r.comment.url,
    "check-url": r.check.url,
    verdict: r.verdict,
    pr: r.pr
  },
  summary: (r) => r.skipped ? `mlgate publish: nothing to post \u2014 ${r.reason}.
` : void 0
});
