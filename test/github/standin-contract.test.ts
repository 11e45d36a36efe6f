import { describe, expect, it } from "vitest";
import { clientFor, useStandin } from "../github-standin/harness.js";
import { OpenApiContract } from "../github-standin/openapi.js";

const standin = useStandin();

/** Takes the mismatches a test provoked on purpose, so the after-test check sees none left. */
function takeMismatches(): string[] {
  return standin().mismatches.splice(0);
}

describe("the stand-in checks requests against GitHub's OpenAPI description", () => {
  it("rejects a check run with a conclusion GitHub does not know", async () => {
    const gh = clientFor(standin());
    const call = gh.request("POST /repos/{owner}/{repo}/check-runs", {
      owner: standin().owner,
      repo: standin().repo,
      name: "mlgate / penguins",
      head_sha: "a".repeat(40),
      status: "completed",
      // Off-spec on purpose: the typed client would not let this through.
      conclusion: "great" as "success",
    });
    await expect(call).rejects.toMatchObject({ status: 422 });
    const found = takeMismatches();
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("checks/create");
    expect(found[0]).toMatch(/body\/conclusion must be equal to one of the allowed values/);
    expect(standin().checkRuns.size).toBe(0);
  });

  it("rejects a comment whose body is not a string, and a query parameter the operation lacks", async () => {
    const gh = clientFor(standin());
    const { owner, repo } = standin();
    await expect(
      gh.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        owner,
        repo,
        issue_number: 7,
        body: 42 as unknown as string,
      }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(
      gh.request("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        owner,
        repo,
        issue_number: 7,
        perpage: 10,
      }),
    ).rejects.toMatchObject({ status: 422 });
    const found = takeMismatches();
    expect(found[0]).toMatch(/issues\/create-comment.*body\/body must be string/);
    expect(found[1]).toMatch(/query parameter perpage is not in the description/);
    expect(standin().comments).toEqual([]);
  });

  it("records an endpoint the stand-in does not serve", async () => {
    const gh = clientFor(standin());
    await expect(
      gh.request("GET /repos/{owner}/{repo}/branches", { owner: "o", repo: "r" }),
    ).rejects.toMatchObject({
      status: 404,
    });
    expect(takeMismatches()).toEqual(["GET /repos/o/r/branches: no such endpoint in the stand-in"]);
  });
});

describe("the response check", () => {
  const contract = new OpenApiContract(["issues/create-comment", "issues/delete-comment"]);
  const conforming = {
    id: 1,
    node_id: "IC_1",
    url: "https://api.github.com/repos/o/r/issues/comments/1",
    html_url: "https://github.com/o/r/pull/7#issuecomment-1",
    issue_url: "https://api.github.com/repos/o/r/issues/7",
    body: "hi",
    user: null,
    created_at: "2026-01-01T00:00:00Z",
    updated_at: "2026-01-01T00:00:00Z",
  };

  it("accepts a conforming response and names what is wrong with others", () => {
    expect(contract.checkResponse("issues/create-comment", 201, conforming)).toEqual([]);
    const { node_id: _, ...missing } = conforming;
    expect(contract.checkResponse("issues/create-comment", 201, missing)).toEqual([
      "response 201 must have required property 'node_id'",
    ]);
    expect(
      contract.checkResponse("issues/create-comment", 201, { ...conforming, created_at: "yesterday" }),
    ).toEqual(['response 201/created_at must match format "date-time"']);
    expect(contract.checkResponse("issues/create-comment", 200, conforming)[0]).toMatch(
      /status 200 is not a documented response/,
    );
    expect(contract.checkResponse("issues/delete-comment", 204, { deleted: true })).toEqual([
      "status 204 has no body in the description",
    ]);
  });
});
