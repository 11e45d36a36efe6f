import { describe, expect, it } from "vitest";
import { decideDispatch, driftAlertKey } from "../../src/core/drift/alert.js";
import { githubAlerts } from "../../src/github/alerts.js";
import { githubDispatcher } from "../../src/github/retrain.js";
import { clientFor, useStandin } from "../github-standin/harness.js";

const standin = useStandin();
const labels = ["mlgate", "drift"];
const key = driftAlertKey("penguins");

function alerts() {
  const s = standin();
  return githubAlerts({ client: clientFor(s), repo: { owner: s.owner, repo: s.repo }, labels });
}
const issues = () => [...standin().issues.values()];

describe("the sticky drift issue", () => {
  it("is opened once with the marker and labels, then updated in place run after run", async () => {
    const a = alerts();
    const first = await a.raise(key, { title: "Data drift: penguins", body: "run 1", labels });
    expect(first.created).toBe(true);
    for (let run = 2; run <= 4; run++) {
      const ref = await a.raise(key, { title: "Data drift: penguins", body: `run ${run}`, labels });
      expect(ref.created).toBe(false);
      expect(ref.url).toBe(first.url);
    }
    expect(issues()).toHaveLength(1);
    expect(issues()[0]!.body).toBe("<!-- mlgate:drift:penguins -->\nrun 4");
    expect(issues()[0]!.labelNames).toEqual(labels);
    expect((await a.find(key))?.body).toBe("run 4");
  });

  it("opens exactly one issue when GitHub made it but the answer was lost (502 after the write)", async () => {
    standin().failNext(1, { kind: 502, afterHandling: true }, { operationId: "issues/create" });
    const a = alerts();
    const ref = await a.raise(key, { title: "Data drift: penguins", body: "x", labels });
    expect(ref.state).toBe("open");
    await a.raise(key, { title: "Data drift: penguins", body: "y", labels });
    expect(issues()).toHaveLength(1);
    const creates = standin().requests.filter((r) => r.operationId === "issues/create");
    expect(creates).toHaveLength(1);
  });

  it("creates again after a 500 that made nothing, and still keeps one issue", async () => {
    standin().failNext(2, { kind: 500 }, { operationId: "issues/create" });
    await alerts().raise(key, { title: "t", body: "x", labels });
    expect(issues()).toHaveLength(1);
    expect(standin().requests.filter((r) => r.operationId === "issues/create")).toHaveLength(3);
  });

  it("finds its issue across pages, among other labelled issues and other models' markers", async () => {
    const a = alerts();
    await a.raise(key, { title: "mine", body: "first", labels });
    const s = standin();
    const gh = clientFor(s);
    // Newer issues list first: the model's own issue ends up on the second page of 100.
    for (let i = 0; i < 100; i++) {
      const body = `<!-- mlgate:drift:other${i} -->\nb`;
      await gh.rest.issues.create({ owner: s.owner, repo: s.repo, title: `other ${i}`, body, labels });
    }
    const again = await a.raise(key, { title: "mine", body: "second", labels });
    expect(again.created).toBe(false);
    expect(issues().filter((i) => i.title === "mine")).toHaveLength(1);
  });

  it("closes with a comment when drift resolves, and reopens the same issue when it returns", async () => {
    const a = alerts();
    const opened = await a.raise(key, { title: "t", body: "drift", labels });
    const closed = await a.resolve(key, "Drift resolved.");
    expect(closed?.state).toBe("closed");
    expect(standin().comments.map((c) => c.body)).toEqual(["Drift resolved."]);
    expect(await a.resolve(key, "again")).toBeUndefined();
    const back = await a.raise(key, { title: "t", body: "drift again", labels });
    expect(back.url).toBe(opened.url);
    expect(back.state).toBe("open");
    expect(issues()).toHaveLength(1);
  });

  it("ignores an issue that only quotes the marker further down", async () => {
    const s = standin();
    const gh = clientFor(s);
    await gh.rest.issues.create({
      owner: s.owner,
      repo: s.repo,
      title: "quote",
      body: "see <!-- mlgate:drift:penguins -->",
      labels,
    });
    await alerts().raise(key, { title: "t", body: "x", labels });
    expect(issues()).toHaveLength(2);
  });
});

describe("the retraining dispatch", () => {
  const dispatcher = () => {
    const s = standin();
    return githubDispatcher({
      client: clientFor(s),
      repo: { owner: s.owner, repo: s.repo },
      workflow: "retrain.yml",
      ref: "main",
    });
  };
  const request = {
    reason: "data drift in penguins: Body Mass (g)",
    links: { run: "https://github.com/o/r/actions/runs/1", report: "https://x/report" },
  };

  it("dispatches the workflow with reason and links, and sees the run it started as running", async () => {
    const d = dispatcher();
    expect(await d.last(key)).toBeUndefined();
    const sent = await d.dispatch(key, request);
    expect(standin().workflowDispatches).toEqual([
      {
        workflow: "retrain.yml",
        ref: "main",
        inputs: { reason: request.reason, run_url: request.links.run, report_url: request.links.report },
      },
    ]);
    const last = await d.last(key);
    expect(last?.running).toBe(true);
    expect(last?.url).toBe(sent.url);
  });

  it("sends one dispatch when the answer to the first was lost", async () => {
    standin().failNext(
      1,
      { kind: 502, afterHandling: true },
      { operationId: "actions/create-workflow-dispatch" },
    );
    const sent = await dispatcher().dispatch(key, request);
    expect(standin().workflowDispatches).toHaveLength(1);
    expect(sent.url).toContain("/actions/runs/");
  });

  it("over repeated scheduled runs: none while the run goes, none within the cool-down, one after", async () => {
    const d = dispatcher();
    const hour = 3_600_000;
    const t0 = new Date();
    let recorded: { at: string } | undefined;
    const tick = async (now: Date) => {
      const decision = decideDispatch({
        drifted: true,
        now,
        cooldownMs: 24 * hour,
        recorded,
        last: await d.last(key),
      });
      if (decision.dispatch) {
        await d.dispatch(key, request);
        recorded = { at: now.toISOString() };
      }
      return decision;
    };
    expect((await tick(t0)).dispatch).toBe(true);
    const running = await tick(new Date(t0.getTime() + 25 * hour));
    expect(running.dispatch).toBe(false);
    expect(running.reason).toMatch(/still running/);
    standin().workflowRuns[0]!.status = "completed";
    standin().workflowRuns[0]!.conclusion = "success";
    // The run finished, but the issue's record says the last dispatch was an hour ago.
    recorded = { at: new Date(t0.getTime() + 24 * hour).toISOString() };
    expect((await tick(new Date(t0.getTime() + 25 * hour))).reason).toMatch(/cool-down/);
    expect((await tick(new Date(t0.getTime() + 49 * hour))).dispatch).toBe(true);
    expect(standin().workflowDispatches).toHaveLength(2);
  });

  it("sends a repository_dispatch event when one is configured instead", async () => {
    const s = standin();
    const d = githubDispatcher({
      client: clientFor(s),
      repo: { owner: s.owner, repo: s.repo },
      event: "retrain",
      ref: "main",
    });
    await d.dispatch(key, request);
    expect(s.repositoryDispatches).toEqual([
      {
        event_type: "retrain",
        client_payload: {
          reason: request.reason,
          run_url: request.links.run,
          report_url: request.links.report,
          key,
        },
      },
    ]);
    expect(await d.last(key)).toBeUndefined();
  });
});
