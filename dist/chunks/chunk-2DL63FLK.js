import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  publishCheckRun
} from "./chunk-DEFAIO2G.js";
import {
  upsertStickyComment
} from "./chunk-3WSHO5UH.js";
import {
  apiBaseUrl,
  githubClient,
  isRequestError,
  readActionsContext,
  tokenFrom
} from "./chunk-PDW6HMQT.js";
import {
  toJson,
  writeOutputs
} from "./chunk-WLXISTF7.js";
import {
  silentLogger
} from "./chunk-I2J6S7FN.js";
import {
  summary
} from "./chunk-RPKHHJJJ.js";
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/github/publisher.ts
init_esm_dirname();

// src/local/publisher.ts
init_esm_dirname();
import { join } from "node:path";
function localPublisher(outDir) {
  const fileFor = (key) => {
    const kind = key.split(":")[0] ?? key;
    return kind === "evaluate" || kind === key ? "pr-comment.md" : `pr-comment-${kind}.md`;
  };
  return {
    async upsertComment(key, markdown) {
      const path = join(outDir, fileFor(key));
      await writeOutputs({ [path]: markdown });
      return path;
    },
    async summary(markdown) {
      await writeOutputs({ [join(outDir, "summary.md")]: markdown });
    },
    async check(check) {
      const path = join(outDir, "check.json");
      await writeOutputs({ [path]: toJson(check) });
      return path;
    }
  };
}

// src/github/publisher.ts
var readOnlyToken = (e) => isRequestError(e, 403) && /not accessible by integration/i.test(String(e.message));
async function appendJobSummary(md) {
  await summary.addRaw(md, true).write();
}
function githubPublisher(opts) {
  const logger = opts.logger ?? silentLogger;
  const writeSummary = opts.writeSummary ?? appendJobSummary;
  const orFallback = async (what, post, local) => {
    try {
      return await post();
    } catch (e) {
      const cause = e.cause ?? e;
      if (!opts.fallback || !readOnlyToken(cause)) throw e;
      logger.warn(
        `the token cannot ${what} (read-only, as on a pull request from a fork); wrote the files instead \u2014 the workflow_run poster (\`mlgate publish\`) publishes them`
      );
      return local(opts.fallback);
    }
  };
  return {
    upsertComment(key, markdown) {
      return orFallback(
        "comment on the pull request",
        async () => {
          const r = await upsertStickyComment(
            opts.client,
            { ...opts.repo, issueNumber: opts.pullNumber },
            key,
            markdown,
            { logger, author: opts.author }
          );
          logger.info(`${r.action} comment ${r.url}`);
          return r.url;
        },
        (p) => p.upsertComment(key, markdown)
      );
    },
    summary(markdown) {
      return writeSummary(markdown);
    },
    check(check) {
      return orFallback(
        "create a check run",
        async () => {
          const r = await publishCheckRun(opts.client, { ...opts.repo, headSha: opts.headSha }, check, {
            detailsUrl: opts.detailsUrl
          });
          return r.url;
        },
        async (p) => p.check?.(check)
      );
    }
  };
}
function choosePublisher(opts) {
  const env = opts.env ?? process.env;
  const files = localPublisher(opts.outDir);
  if (env.GITHUB_ACTIONS !== "true") {
    return {
      publisher: files,
      kind: "local",
      reason: `not in GitHub Actions: wrote files to ${opts.outDir}`
    };
  }
  const writeSummary = opts.writeSummary ?? (env.GITHUB_STEP_SUMMARY ? appendJobSummary : void 0);
  const local = writeSummary ? {
    ...files,
    async summary(markdown) {
      await files.summary(markdown);
      await writeSummary(markdown);
    }
  } : files;
  const localChoice = (reason) => ({ publisher: local, kind: "local", reason });
  const ctx = readActionsContext(env);
  if (!ctx.pullRequest) {
    return localChoice(
      `event ${ctx.eventName || "(none)"} is not a pull request: wrote files to ${opts.outDir}`
    );
  }
  const token = opts.token ?? tokenFrom(env);
  if (!token) return localChoice(`no token (pass github-token): wrote files to ${opts.outDir}`);
  if (ctx.eventName === "pull_request" && ctx.pullRequest.fromFork) {
    return localChoice(
      `pull request #${ctx.pullRequest.number} comes from a fork, whose token is read-only: wrote files to ${opts.outDir}; upload them as an artifact and the workflow_run poster (\`mlgate publish\`) publishes them`
    );
  }
  const client = githubClient({
    token,
    baseUrl: apiBaseUrl(env),
    logger: opts.logger,
    timing: opts.timing
  });
  return {
    kind: "github",
    reason: `pull request #${ctx.pullRequest.number}: posting to GitHub`,
    publisher: githubPublisher({
      client,
      repo: ctx.repo,
      pullNumber: ctx.pullRequest.number,
      headSha: ctx.pullRequest.headSha,
      logger: opts.logger,
      detailsUrl: ctx.runId ? `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}/actions/runs/${ctx.runId}` : void 0,
      writeSummary: opts.writeSummary,
      fallback: files
    })
  };
}

export {
  githubPublisher,
  choosePublisher
};
