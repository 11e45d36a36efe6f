import * as core from "@actions/core";
import { publish } from "../commands/publish.js";
import { githubClient, readActionsContext, tokenFrom } from "../github/client.js";
import { runAction } from "./door.js";

runAction({
  name: "publish",
  inputs: (read) => ({ dir: read.required("dir"), pr: read.int("pr"), token: read.string("github-token") }),
  async run({ dir, pr, token }, { logger }) {
    const env = token ? { ...process.env, GITHUB_TOKEN: token } : process.env;
    const client = githubClient({ token: tokenFrom(env) ?? "", logger });
    const result = await publish({ dir, pr }, { client, context: readActionsContext(env) }, { logger });
    // A notice, not a warning or an error: the triggering run already shows why it stopped.
    if (result.skipped) core.notice(result.reason, { title: "mlgate publish skipped" });
    return result;
  },
  outputs: (r) =>
    r.skipped
      ? { skipped: true }
      : {
          skipped: false,
          "comment-url": r.comment.url,
          "check-url": r.check.url,
          verdict: r.verdict,
          pr: r.pr,
        },
  summary: (r) => (r.skipped ? `mlgate publish: nothing to post — ${r.reason}.\n` : undefined),
});
