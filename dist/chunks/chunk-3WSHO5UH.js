import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  githubError,
  isRequestError
} from "./chunk-PDW6HMQT.js";
import {
  silentLogger
} from "./chunk-I2J6S7FN.js";
import {
  MlgateError
} from "./chunk-62SJ64MT.js";
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/github/sticky-comment.ts
init_esm_dirname();
var COMMENT_BODY_LIMIT = 65536;
function commentMarker(key) {
  if (key.length === 0 || key.length > 200) {
    throw new MlgateError(`comment key must be 1 to 200 characters, got ${key.length}`);
  }
  const safe = key.replace(/[^A-Za-z0-9._:@/-]/gu, (c) => {
    const utf8 = /[\uD800-\uDFFF]/.test(c) && c.length === 1 ? "\uFFFD" : c;
    return encodeURIComponent(utf8).replace(/[!'()*]/g, pctEncode);
  }).replace(/--/g, "-%2D");
  return `<!-- mlgate:${safe} -->`;
}
var pctEncode = (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`;
function commentBudget(key) {
  return COMMENT_BODY_LIMIT - commentMarker(key).length - 1;
}
function stickyCommentBody(key, markdown) {
  const body = `${commentMarker(key)}
${markdown}`;
  if (body.length > COMMENT_BODY_LIMIT) {
    throw new MlgateError(
      `the comment for ${key} is ${body.length} characters; GitHub accepts at most ${COMMENT_BODY_LIMIT}`,
      {
        hint: `keep the markdown under ${commentBudget(key)} characters (the report layer condenses sections to fit); nothing was posted`
      }
    );
  }
  return body;
}
async function authorFilter(client, author) {
  if (author === "any") return () => true;
  if (typeof author === "object") return (c) => c.user?.login === author.login;
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return (c) => c.user?.login === data.login;
  } catch (e) {
    if (isRequestError(e, 403) || isRequestError(e, 404)) return (c) => c.user?.type === "Bot";
    throw githubError("identify the token's account", e);
  }
}
async function findStickyComments(client, target, key, author = "auto") {
  const marker = commentMarker(key);
  const ours = await authorFilter(client, author);
  return findMarked(client, target, marker, ours);
}
async function findMarked(client, target, marker, ours) {
  let all;
  try {
    all = await client.paginate(client.rest.issues.listComments, {
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber,
      per_page: 100
    });
  } catch (e) {
    throw githubError(`list the comments of #${target.issueNumber}`, e);
  }
  return all.filter((c) => (c.body === marker || c.body?.startsWith(`${marker}
`)) && ours(c));
}
async function upsertStickyComment(client, target, key, markdown, opts = {}) {
  const body = stickyCommentBody(key, markdown);
  const logger = opts.logger ?? silentLogger;
  const { owner, repo } = target;
  const ours = await authorFilter(client, opts.author ?? "auto");
  const found = await findMarked(client, target, commentMarker(key), ours);
  const [keep, ...extra] = found;
  let removedDuplicates = 0;
  for (const c of extra) {
    try {
      await client.rest.issues.deleteComment({ owner, repo, comment_id: c.id });
      removedDuplicates++;
    } catch (e) {
      if (!isRequestError(e, 404)) throw githubError(`delete duplicate comment ${c.id}`, e);
    }
  }
  if (removedDuplicates) logger.info(`removed ${removedDuplicates} duplicate ${key} comment(s)`);
  if (keep) {
    if (keep.body === body)
      return { id: keep.id, url: keep.html_url, action: "unchanged", removedDuplicates };
    try {
      const { data } = await client.rest.issues.updateComment({ owner, repo, comment_id: keep.id, body });
      return { id: data.id, url: data.html_url, action: "updated", removedDuplicates };
    } catch (e) {
      if (!isRequestError(e, 404) && !isRequestError(e, 422)) {
        throw githubError(`update comment ${keep.id} on #${target.issueNumber}`, e);
      }
      logger.info(`comment ${keep.id} disappeared while updating; creating it again`);
    }
  }
  try {
    const { data } = await client.rest.issues.createComment({
      owner,
      repo,
      issue_number: target.issueNumber,
      body
    });
    return { id: data.id, url: data.html_url, action: "created", removedDuplicates };
  } catch (e) {
    throw githubError(`comment on #${target.issueNumber}`, e);
  }
}

export {
  COMMENT_BODY_LIMIT,
  commentMarker,
  commentBudget,
  stickyCommentBody,
  findStickyComments,
  upsertStickyComment
};
