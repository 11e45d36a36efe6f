import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  publish
} from "./chunks/chunk-5VT2XFK2.js";
import "./chunks/chunk-BYQ2RDAE.js";
import "./chunks/chunk-Q6XWHT55.js";
import "./chunks/chunk-MPFE4ZXL.js";
import {
  githubClient,
  readActionsContext,
  tokenFrom
} from "./chunks/chunk-3HWKISYN.js";
import {
  runAction
} from "./chunks/chunk-HU6KKQEG.js";
import "./chunks/chunk-THBFYJGS.js";
import "./chunks/chunk-HZQMMYM6.js";
import "./chunks/chunk-FHBWZ2UA.js";
import "./chunks/chunk-I2J6S7FN.js";
import "./chunks/chunk-A4QG2QOJ.js";
import "./chunks/chunk-DPPZ7FGL.js";
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
    return publish({ dir, pr }, { client, context: readActionsContext(env) }, { logger });
  },
  outputs: (r) => ({
    "comment-url": r.comment.url,
    "check-url": r.check.url,
    verdict: r.verdict,
    pr: r.pr
  })
});
