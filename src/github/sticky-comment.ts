import { MlgateError } from "../core/errors.js";
import { type Logger, silentLogger } from "../core/ports.js";
import { type GitHubClient, githubError, isRequestError, type RepoRef } from "./client.js";

/** GitHub rejects issue and PR comment bodies longer than this ("Body is too long"). */
export const COMMENT_BODY_LIMIT = 65536;

/**
 * The hidden marker that identifies the one comment for `key` (e.g. `evaluate:penguins`).
 * Keys come partly from data (a model name read from an artifact), so everything outside a
 * small safe set is percent-encoded: no key can close the HTML comment or impersonate another
 * key's marker.
 */
export function commentMarker(key: string): string {
  if (key.length === 0 || key.length > 200) {
    throw new MlgateError(`comment key must be 1 to 200 characters, got ${key.length}`);
  }
  const safe = key
    .replace(/[^A-Za-z0-9._:@/-]/gu, (c) => {
      // A lone surrogate has no UTF-8 form: it stands as U+FFFD.
      const utf8 = /[\uD800-\uDFFF]/.test(c) && c.length === 1 ? "\uFFFD" : c;
      return encodeURIComponent(utf8).replace(/[!'()*]/g, pctEncode);
    })
    .replace(/--/g, "-%2D");
  return `<!-- mlgate:${safe} -->`;
}

const pctEncode = (c: string) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`;

/** How long the markdown for `key` may be so that marker and markdown fit GitHub's limit. */
export function commentBudget(key: string): number {
  return COMMENT_BODY_LIMIT - commentMarker(key).length - 1;
}

/** The full body posted for `key`: the marker on the first line, then the markdown. */
export function stickyCommentBody(key: string, markdown: string): string {
  const body = `${commentMarker(key)}\n${markdown}`;
  if (body.length > COMMENT_BODY_LIMIT) {
    throw new MlgateError(
      `the comment for ${key} is ${body.length} characters; GitHub accepts at most ${COMMENT_BODY_LIMIT}`,
      {
        hint: `keep the markdown under ${commentBudget(key)} characters (the report layer condenses sections to fit); nothing was posted`,
      },
    );
  }
  return body;
}

export interface IssueTarget extends RepoRef {
  /** PR or issue number. */
  issueNumber: number;
}

/**
 * Whose comments count as ours. `auto` asks GitHub who the token belongs to (GET /user) and
 * matches that login; installation tokens (GITHUB_TOKEN, GitHub Apps) may not call /user, and
 * then only comments by Bot accounts match, so a person pasting the marker into their own
 * comment cannot make mlgate edit it. A login string matches exactly; `any` matches every author.
 */
export type CommentAuthor = "auto" | "any" | { login: string };

export interface StickyOptions {
  author?: CommentAuthor;
  logger?: Logger;
}

export interface StickyResult {
  id: number;
  url: string;
  action: "created" | "updated" | "unchanged";
  /** Extra marked comments removed (left by a lost response or a concurrent run). */
  removedDuplicates: number;
}

interface ListedComment {
  id: number;
  body?: string;
  html_url: string;
  user: { login: string; type?: string } | null;
}

type AuthorFilter = (c: ListedComment) => boolean;

async function authorFilter(client: GitHubClient, author: CommentAuthor): Promise<AuthorFilter> {
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

/** Every comment on the PR that carries `key`'s marker and passes the author filter, oldest first. */
export async function findStickyComments(
  client: GitHubClient,
  target: IssueTarget,
  key: string,
  author: CommentAuthor = "auto",
): Promise<ListedComment[]> {
  const marker = commentMarker(key);
  const ours = await authorFilter(client, author);
  return findMarked(client, target, marker, ours);
}

async function findMarked(
  client: GitHubClient,
  target: IssueTarget,
  marker: string,
  ours: AuthorFilter,
): Promise<ListedComment[]> {
  let all: ListedComment[];
  try {
    all = await client.paginate(client.rest.issues.listComments, {
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber,
      per_page: 100,
    });
  } catch (e) {
    throw githubError(`list the comments of #${target.issueNumber}`, e);
  }
  // The marker must open the body: a marker quoted further down someone's comment does not count.
  return all.filter((c) => (c.body === marker || c.body?.startsWith(`${marker}\n`)) && ours(c));
}

/**
 * Creates or updates the one comment for `key` on a PR: found by its marker across every page of
 * comments, edited in place, created again when someone deleted it. Extra copies are deleted so
 * repeated runs converge on exactly one.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  target: IssueTarget,
  key: string,
  markdown: string,
  opts: StickyOptions = {},
): Promise<StickyResult> {
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
      // Deleted between listing and editing: fall through and create it again.
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
      body,
    });
    return { id: data.id, url: data.html_url, action: "created", removedDuplicates };
  } catch (e) {
    throw githubError(`comment on #${target.issueNumber}`, e);
  }
}
