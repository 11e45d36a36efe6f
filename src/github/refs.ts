import { MlgateError } from "../core/errors.js";
import {
  AlreadyExistsError,
  type GitHubClient,
  githubError,
  isAlreadyExists,
  type RepoRef,
  unlessNotFound,
} from "./client.js";

export interface GitRef {
  /** Full name, e.g. `refs/tags/penguins@v3`. */
  ref: string;
  /** What the ref points at: a commit, or an annotated tag object. */
  sha: string;
  type: string;
}

export interface AnnotatedTag {
  tag: string;
  /** The tag object's own sha. */
  sha: string;
  message: string;
  /** The commit (or object) the tag points at. */
  target: string;
  tagger: { name: string; email: string; date: string };
}

/** `tags/x` or `refs/tags/x` → `tags/x`: the API's path form. */
function shortRef(ref: string): string {
  return ref.replace(/^refs\//, "");
}

function toTag(d: {
  tag: string;
  sha: string;
  message: string;
  object: { sha: string };
  tagger: AnnotatedTag["tagger"];
}): AnnotatedTag {
  return { tag: d.tag, sha: d.sha, message: d.message, target: d.object.sha, tagger: d.tagger };
}

function toRef(d: { ref: string; object: { sha: string; type: string } }): GitRef {
  return { ref: d.ref, sha: d.object.sha, type: d.object.type };
}

/**
 * Creates `ref` pointing at `sha`. GitHub answers 422 when the ref exists, which makes this a
 * compare-and-swap: the caller that loses gets AlreadyExistsError and moves on (next version
 * number); nothing is ever overwritten.
 */
export async function createRef(
  client: GitHubClient,
  repo: RepoRef,
  ref: string,
  sha: string,
): Promise<GitRef> {
  const full = ref.startsWith("refs/") ? ref : `refs/${ref}`;
  try {
    const { data } = await client.rest.git.createRef({ ...repo, ref: full, sha });
    return toRef(data);
  } catch (e) {
    if (isAlreadyExists(e)) throw new AlreadyExistsError(`ref ${full}`, e);
    throw githubError(`create ref ${full}`, e);
  }
}

/** The ref, or undefined when it does not exist. */
export function getRef(client: GitHubClient, repo: RepoRef, ref: string): Promise<GitRef | undefined> {
  return unlessNotFound(`read ref ${ref}`, async () =>
    toRef((await client.rest.git.getRef({ ...repo, ref: shortRef(ref) })).data),
  );
}

/**
 * Every ref whose name starts with `prefix` (e.g. `tags/penguins@`), sorted by name. GitHub
 * answers every match in one response (its description lists no page parameters); Link headers
 * are followed all the same, should a response ever be paged.
 */
export async function listMatchingRefs(
  client: GitHubClient,
  repo: RepoRef,
  prefix: string,
): Promise<GitRef[]> {
  try {
    const all = await client.paginate(client.rest.git.listMatchingRefs, { ...repo, ref: shortRef(prefix) });
    return all.map(toRef);
  } catch (e) {
    throw githubError(`list refs matching ${prefix}`, e);
  }
}

/** An annotated tag to make: its name, message, the commit it tags and who tags it. */
export interface TagRequest {
  tag: string;
  message: string;
  sha: string;
  tagger?: { name: string; email: string; date?: string };
}

/**
 * An annotated tag as git writes it: the tag object (message, tagger), then `refs/tags/<tag>`
 * pointing at it. The ref step is the compare-and-swap; a lost race leaves only an unreferenced
 * tag object, which git garbage-collects.
 */
export async function createAnnotatedTag(
  client: GitHubClient,
  repo: RepoRef,
  opts: TagRequest,
): Promise<AnnotatedTag> {
  const tag = await createTagObject(client, repo, opts);
  await createRef(client, repo, `refs/tags/${opts.tag}`, tag.sha);
  return tag;
}

/**
 * The tag object alone, referenced by nothing yet. A caller that creates the ref itself can tell,
 * when the ref turns out to exist, whether it points at this object (its own create whose
 * answer was lost) or at another writer's.
 */
export async function createTagObject(
  client: GitHubClient,
  repo: RepoRef,
  opts: TagRequest,
): Promise<AnnotatedTag> {
  if (!/^[^\s~^:?*[\\]+$/.test(opts.tag) || opts.tag.includes("..") || opts.tag.endsWith(".lock")) {
    throw new MlgateError(`'${opts.tag}' is not a valid git tag name`, {
      hint: "no spaces, '..', '~', '^', ':', '?', '*', '[' or '\\'",
    });
  }
  try {
    const { data } = await client.rest.git.createTag({
      ...repo,
      tag: opts.tag,
      message: opts.message,
      object: opts.sha,
      type: "commit",
      ...(opts.tagger ? { tagger: opts.tagger } : {}),
    });
    return {
      tag: data.tag,
      sha: data.sha,
      message: data.message,
      target: data.object.sha,
      tagger: data.tagger,
    };
  } catch (e) {
    throw githubError(`create tag object ${opts.tag}`, e);
  }
}

/** An annotated tag object by its sha, or undefined. */
export function getAnnotatedTag(
  client: GitHubClient,
  repo: RepoRef,
  tagSha: string,
): Promise<AnnotatedTag | undefined> {
  return unlessNotFound(`read tag object ${tagSha}`, async () =>
    toTag((await client.rest.git.getTag({ ...repo, tag_sha: tagSha })).data),
  );
}
