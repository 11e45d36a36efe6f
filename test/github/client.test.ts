import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readActionsContext } from "../../src/github/client.js";
import { upsertStickyComment } from "../../src/github/sticky-comment.js";
import { clientFor, recordingLogger, useStandin } from "../github-standin/harness.js";

const standin = useStandin();
const repo = () => ({ owner: standin().owner, repo: standin().repo });
const target = () => ({ ...repo(), issueNumber: 7 });

describe("retries with injected faults", () => {
  it("retries 500 and 502 and succeeds", async () => {
    standin().failNext(1, { kind: 500 });
    standin().failNext(1, { kind: 502 });
    const gh = clientFor(standin());
    const { data } = await gh.rest.issues.createComment({ ...repo(), issue_number: 7, body: "hello" });
    expect(data.body).toBe("hello");
    expect(standin().requests.map((r) => r.status)).toEqual([500, 502, 201]);
    expect(standin().commentsOn(7)).toHaveLength(1);
  });

  it("gives up after the configured number of retries", async () => {
    standin().failNext(10, { kind: 502 });
    const gh = clientFor(standin(), "ghs_actions", { timing: { maxRetries: 2 } });
    await expect(gh.rest.issues.listComments({ ...repo(), issue_number: 7 })).rejects.toMatchObject({
      status: 502,
    });
    expect(standin().count("issues/list-comments")).toBe(3);
  });

  it("waits as long as a secondary rate limit's retry-after says, then retries", async () => {
    standin().failNext(1, { kind: "secondary-rate-limit", retryAfter: 40 });
    const logger = recordingLogger();
    const gh = clientFor(standin(), "ghs_actions", { logger });
    const t0 = performance.now();
    await gh.rest.issues.createComment({ ...repo(), issue_number: 7, body: "x" });
    // 1 ms per second asked for: the 40 s wait took at least 40 ms.
    expect(performance.now() - t0).toBeGreaterThanOrEqual(40);
    expect(standin().requests.map((r) => [r.status, r.fault])).toEqual([
      [403, "secondary-rate-limit"],
      [201, undefined],
    ]);
    expect(
      logger.lines.some((l) => /secondary rate limit .* waiting 40s as asked, then retry 1 of 3/.test(l)),
    ).toBe(true);
  });

  it("waits for the primary rate limit's reset, then retries", async () => {
    standin().failNext(2, { kind: "rate-limit", retryAfter: 5 });
    const logger = recordingLogger();
    const gh = clientFor(standin(), "ghs_actions", { logger });
    await gh.rest.issues.listComments({ ...repo(), issue_number: 7 });
    expect(standin().requests.map((r) => r.status)).toEqual([429, 429, 200]);
    // x-ratelimit-reset is 5 s away, in whole seconds; octokit adds one to land after it.
    const waits = logger.lines.flatMap((l) => /waiting (\d+)s/.exec(l)?.[1] ?? []).map(Number);
    expect(waits).toHaveLength(2);
    for (const w of waits) expect(w === 5 || w === 6).toBe(true);
  });

  it("refuses to stall on a rate limit that asks for longer than maxWaitSeconds", async () => {
    standin().failNext(1, { kind: "secondary-rate-limit", retryAfter: 3600 });
    const logger = recordingLogger();
    const gh = clientFor(standin(), "ghs_actions", { logger, timing: { maxWaitSeconds: 300 } });
    await expect(
      gh.rest.issues.createComment({ ...repo(), issue_number: 7, body: "x" }),
    ).rejects.toMatchObject({
      status: 403,
    });
    expect(standin().count()).toBe(1);
    expect(logger.lines.join("\n")).toMatch(/giving up after 0 retries \(asked to wait 3600s\)/);
  });

  it("converges on one sticky comment under a random 30% of 500/502/rate limits", async () => {
    standin().failRandomly(
      0.3,
      [
        { kind: 500 },
        { kind: 502 },
        { kind: "rate-limit", retryAfter: 1 },
        { kind: "secondary-rate-limit", retryAfter: 2 },
      ],
      { seed: 7 },
    );
    const gh = clientFor(standin(), "ghs_actions", { timing: { maxRetries: 6 } });
    for (const run of [1, 2, 3, 4])
      await upsertStickyComment(gh, target(), "evaluate:penguins", `run ${run}`);
    expect(standin().requests.some((r) => r.fault)).toBe(true);
    const left = standin().commentsOn(7);
    expect(left).toHaveLength(1);
    expect(left[0]!.body).toBe("<!-- mlgate:evaluate:penguins -->\nrun 4");
  });
});

describe("the Actions context", () => {
  it("reads repository, event and pull request from the runner's variables", () => {
    const dir = mkdtempSync(join(tmpdir(), "mlgate-ctx-"));
    const event = join(dir, "event.json");
    writeFileSync(
      event,
      JSON.stringify({
        pull_request: { number: 12, head: { sha: "c".repeat(40), repo: { full_name: "someone/models" } } },
      }),
    );
    const ctx = readActionsContext({
      GITHUB_REPOSITORY: "octo-org/models",
      GITHUB_EVENT_NAME: "pull_request",
      GITHUB_EVENT_PATH: event,
      GITHUB_RUN_ID: "99",
    });
    expect(ctx.repo).toEqual({ owner: "octo-org", repo: "models" });
    expect(ctx.runId).toBe(99);
    expect(ctx.pullRequest).toEqual({
      number: 12,
      headSha: "c".repeat(40),
      headRepo: "someone/models",
      fromFork: true,
    });
  });

  it("says clearly when it is not inside Actions, or the event file is unreadable", () => {
    expect(() => readActionsContext({})).toThrow("not running inside GitHub Actions");
    expect(() => readActionsContext({ GITHUB_REPOSITORY: "nope" })).toThrow(
      "GITHUB_REPOSITORY 'nope' is not owner/name",
    );
    expect(() =>
      readActionsContext({ GITHUB_REPOSITORY: "o/r", GITHUB_EVENT_PATH: "/nonexistent/event.json" }),
    ).toThrow(/cannot read the event payload/);
  });
});
