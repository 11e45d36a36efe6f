import { describe, expect, it } from "vitest";
import {
  COMMENT_BODY_LIMIT,
  commentBudget,
  commentMarker,
  findStickyComments,
  stickyCommentBody,
  upsertStickyComment,
} from "../../src/github/sticky-comment.js";
import { clientFor, useStandin } from "../github-standin/harness.js";

const standin = useStandin();
const target = () => ({ owner: standin().owner, repo: standin().repo, issueNumber: 7 });
const KEY = "evaluate:penguins";
const MARKER = "<!-- mlgate:evaluate:penguins -->";

describe("sticky comment", () => {
  it("creates the comment with the marker on its first line", async () => {
    const r = await upsertStickyComment(clientFor(standin()), target(), KEY, "## candidate wins");
    expect(r.action).toBe("created");
    expect(r.url).toBe(`https://github.com/octo-org/models/pull/7#issuecomment-${r.id}`);
    expect(
      standin()
        .commentsOn(7)
        .map((c) => c.body),
    ).toEqual([`${MARKER}\n## candidate wins`]);
  });

  it("updates it in place, and leaves it alone when nothing changed", async () => {
    const gh = clientFor(standin());
    const first = await upsertStickyComment(gh, target(), KEY, "v1");
    const second = await upsertStickyComment(gh, target(), KEY, "v2");
    expect(second).toMatchObject({ action: "updated", id: first.id });
    const third = await upsertStickyComment(gh, target(), KEY, "v2");
    expect(third).toMatchObject({ action: "unchanged", id: first.id });
    expect(standin().count("issues/update-comment")).toBe(1);
    expect(
      standin()
        .commentsOn(7)
        .map((c) => c.body),
    ).toEqual([`${MARKER}\nv2`]);
  });

  it("finds its comment among 150 across pages", async () => {
    const s = standin();
    const bot = s.tokens.get("ghs_actions")!;
    s.seedComments(
      7,
      Array.from({ length: 120 }, (_, i) => `review note ${i}`),
    );
    const [ours] = s.seedComments(7, [`${MARKER}\nold report`], bot);
    // Another key's comment and a quoted marker lower in someone's comment are not ours.
    s.seedComments(7, ["<!-- mlgate:evaluate:iris -->\nother model"], bot);
    s.seedComments(7, [`as the bot said:\n${MARKER}\nold report`], bot);
    s.seedComments(
      7,
      Array.from({ length: 27 }, (_, i) => `later note ${i}`),
    );
    expect(s.commentsOn(7)).toHaveLength(150);
    const r = await upsertStickyComment(clientFor(s), target(), KEY, "new report");
    expect(r).toMatchObject({ action: "updated", id: ours });
    // per_page=100: two pages, following the Link header.
    expect(
      s.requests.filter((q) => q.operationId === "issues/list-comments").map((q) => q.path),
    ).toHaveLength(2);
    expect(s.count("issues/create-comment")).toBe(0);
    expect(s.commentsOn(7)).toHaveLength(150);
  });

  it("recreates the comment after someone deleted it", async () => {
    const gh = clientFor(standin());
    const first = await upsertStickyComment(gh, target(), KEY, "v1");
    await gh.rest.issues.deleteComment({
      owner: standin().owner,
      repo: standin().repo,
      comment_id: first.id,
    });
    const again = await upsertStickyComment(gh, target(), KEY, "v2");
    expect(again.action).toBe("created");
    expect(again.id).not.toBe(first.id);
    expect(
      standin()
        .commentsOn(7)
        .map((c) => c.body),
    ).toEqual([`${MARKER}\nv2`]);
  });

  it("leaves exactly one comment after three runs with 502s injected", async () => {
    const s = standin();
    const gh = clientFor(s);
    // Run 1: the first listing fails; then the create is applied but its response is lost, so
    // the retry creates a second copy.
    s.failNext(1, { kind: 502 }, { operationId: "issues/list-comments" });
    s.failNext(1, { kind: 502, afterHandling: true }, { operationId: "issues/create-comment" });
    await upsertStickyComment(gh, target(), KEY, "run 1");
    expect(s.commentsOn(7)).toHaveLength(2);
    // Run 2: finds both, deletes the extra (through a 502), updates the first.
    s.failNext(1, { kind: 502 }, { operationId: "issues/delete-comment" });
    const run2 = await upsertStickyComment(gh, target(), KEY, "run 2");
    expect(run2).toMatchObject({ action: "updated", removedDuplicates: 1 });
    // Run 3: the update itself meets two 502s.
    s.failNext(2, { kind: 502 }, { operationId: "issues/update-comment" });
    const run3 = await upsertStickyComment(gh, target(), KEY, "run 3");
    expect(run3.action).toBe("updated");
    expect(s.requests.filter((q) => q.status === 502)).toHaveLength(5);
    expect(s.commentsOn(7).map((c) => c.body)).toEqual([`${MARKER}\nrun 3`]);
  });

  it("ignores a person's comment that carries the marker (installation token: bots only)", async () => {
    const s = standin();
    s.seedComments(7, [`${MARKER}\nI pasted this`]);
    const r = await upsertStickyComment(clientFor(s), target(), KEY, "report");
    expect(r.action).toBe("created");
    expect(s.commentsOn(7).map((c) => c.body)).toEqual([`${MARKER}\nI pasted this`, `${MARKER}\nreport`]);
  });

  it("with a personal token, matches only that user's comments", async () => {
    const s = standin();
    s.seedComments(7, [`${MARKER}\nbot copy`], s.tokens.get("ghs_actions")!);
    const gh = clientFor(s, "ghp_user");
    expect(await findStickyComments(gh, target(), KEY)).toEqual([]);
    const r = await upsertStickyComment(gh, target(), KEY, "mine");
    expect(r.action).toBe("created");
    expect((await findStickyComments(gh, target(), KEY)).map((c) => c.id)).toEqual([r.id]);
    expect(s.count("users/get-authenticated")).toBe(3);
  });

  it("rejects a body over 65,536 characters before sending anything", async () => {
    const budget = commentBudget(KEY);
    expect(budget).toBe(COMMENT_BODY_LIMIT - MARKER.length - 1);
    expect(stickyCommentBody(KEY, "x".repeat(budget))).toHaveLength(COMMENT_BODY_LIMIT);
    await expect(
      upsertStickyComment(clientFor(standin()), target(), KEY, "x".repeat(budget + 1)),
    ).rejects.toThrow(`the comment for ${KEY} is 65537 characters; GitHub accepts at most 65536`);
    expect(standin().count()).toBe(0);
  });
});

describe("comment marker", () => {
  it("encodes keys so data cannot close the comment or pose as another key", () => {
    expect(commentMarker("evaluate:penguins")).toBe(MARKER);
    const evil = commentMarker("evaluate:x --> <b>@all</b> <!-- mlgate:evaluate:penguins");
    expect(evil).toBe(
      "<!-- mlgate:evaluate:x%20-%2D%3E%20%3Cb%3E@all%3C/b%3E%20%3C%21-%2D%20mlgate:evaluate:penguins -->",
    );
    expect(evil.slice(0, -4)).not.toContain("-->");
    expect(commentMarker("evaluate:a--b")).toBe("<!-- mlgate:evaluate:a-%2Db -->");
    expect(commentMarker("drift:é")).toBe("<!-- mlgate:drift:%C3%A9 -->");
    expect(commentMarker("drift:🐧")).toBe("<!-- mlgate:drift:%F0%9F%90%A7 -->");
    expect(commentMarker("drift:\uD800")).toBe("<!-- mlgate:drift:%EF%BF%BD -->");
    expect(() => commentMarker("")).toThrow("1 to 200 characters");
    expect(() => commentMarker("k".repeat(201))).toThrow("1 to 200 characters");
  });
});
