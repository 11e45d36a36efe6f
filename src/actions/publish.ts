import { publish } from "../commands/publish.js";
import { githubClient, readActionsContext, tokenFrom } from "../github/client.js";
import { runAction } from "./door.js";

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
    pr: r.pr,
  }),
});
