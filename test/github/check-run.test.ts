import { describe, expect, it } from "vitest";
import type { CheckAnnotation } from "../../src/core/ports.js";
import { checkRunName, publishCheckRun } from "../../src/github/check-run.js";
import { clientFor, useStandin } from "../github-standin/harness.js";

const standin = useStandin();
const sha = "d".repeat(40);

const annotation = (i: number): CheckAnnotation => ({
  path: "data/test.csv",
  start_line: i + 2,
  end_line: i + 2,
  annotation_level: i % 3 === 0 ? "failure" : "warning",
  message: `row ${i + 2}: predicted Adelie, was Gentoo`,
  title: "misclassified",
});

describe("check run", () => {
  it("posts 120 annotations in 3 requests: a create with 50, then updates with 50 and 20", async () => {
    const s = standin();
    const annotations = Array.from({ length: 120 }, (_, i) => annotation(i));
    const r = await publishCheckRun(
      clientFor(s),
      { owner: s.owner, repo: s.repo, headSha: sha },
      {
        name: checkRunName("penguins"),
        conclusion: "failure",
        title: "accuracy fell by 0.042 (95% CI −0.061 … −0.023)",
        summary: "Blocked: accuracy max_regression 0.01",
        text: "| metric | candidate | baseline |\n|---|---|---|\n| accuracy | 0.91 | 0.95 |",
        annotations,
      },
    );
    expect(r.requests).toBe(3);
    expect(s.requests.map((q) => q.operationId)).toEqual(["checks/create", "checks/update", "checks/update"]);
    const run = s.checkRuns.get(r.id)!;
    expect(run).toMatchObject({
      name: "mlgate / penguins",
      head_sha: sha,
      status: "completed",
      conclusion: "failure",
    });
    expect(run.annotations).toEqual(annotations);
    expect(r.url).toBe(`https://github.com/octo-org/models/runs/${r.id}`);
  });

  it("makes one request when there are no more than 50 annotations", async () => {
    const s = standin();
    const r = await publishCheckRun(
      clientFor(s),
      { owner: s.owner, repo: s.repo, headSha: sha },
      {
        name: checkRunName("penguins"),
        conclusion: "neutral",
        title: "inconclusive",
        summary: "the interval straddles the bound",
        annotations: Array.from({ length: 50 }, (_, i) => annotation(i)),
      },
    );
    expect(r.requests).toBe(1);
    expect(s.checkRuns.get(r.id)?.annotations).toHaveLength(50);
  });

  it("refuses output over GitHub's limits before sending", async () => {
    const s = standin();
    const post = (over: object) =>
      publishCheckRun(
        clientFor(s),
        { owner: s.owner, repo: s.repo, headSha: sha },
        {
          name: "mlgate / penguins",
          conclusion: "success",
          title: "ok",
          summary: "ok",
          ...over,
        },
      );
    await expect(post({ summary: "s".repeat(65536) })).rejects.toThrow(
      "the summary is 65536 characters, the limit is 65535",
    );
    await expect(post({ title: " " })).rejects.toThrow("the title is empty");
    await expect(post({ annotations: [{ ...annotation(0), start_line: 5, end_line: 4 }] })).rejects.toThrow(
      "annotation 1 has lines 5–4",
    );
    expect(s.count()).toBe(0);
  });
});
