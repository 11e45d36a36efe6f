import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { OpenApiContract } from "./openapi.js";

/**
 * A local stand-in for the parts of GitHub's REST API that mlgate uses, with in-memory state.
 * Loopback only, ephemeral port. Every request and response is checked against GitHub's OpenAPI
 * description: an off-spec request is answered 422 and recorded in `mismatches`, an off-spec
 * response is recorded (and still sent); tests assert `mismatches` is empty afterwards.
 */

export interface Account {
  login: string;
  id: number;
  type: "User" | "Bot";
  /** A fork PR's token: reads work, writes get 403 "Resource not accessible by integration". */
  readOnly?: boolean;
}

export type FaultKind = 500 | 502 | "rate-limit" | "secondary-rate-limit";
export interface Fault {
  kind: FaultKind;
  /** Seconds, sent as `retry-after` (and as the rate-limit reset). */
  retryAfter?: number;
  /** Apply the request first, then lose the response: what a real 502 after a write looks like. */
  afterHandling?: boolean;
}
export interface FaultFilter {
  method?: string;
  operationId?: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  operationId: string | undefined;
  status: number;
  fault?: FaultKind;
}

export interface StoredPull {
  number: number;
  state: "open" | "closed";
  headSha: string;
  headRef: string;
  /** `owner/name` of the head repository: another one for a fork. */
  headRepo: string;
}

export interface StoredRun {
  id: number;
  /** The workflow's file name, as dispatched. */
  workflow: string;
  event: string;
  status: "queued" | "in_progress" | "completed";
  conclusion: string | null;
  created_at: string;
}

export interface StoredComment {
  id: number;
  issue: number;
  body: string;
  author: Account;
  created_at: string;
  updated_at: string;
}

interface Handled {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}
type Handler = (ctx: {
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  account: Account;
  url: URL;
  /** The request's Accept header. */
  accept: string;
}) => Handled;

const SHA = /^[0-9a-f]{40}$/;
const now = () => new Date().toISOString().replace(/\.\d+Z$/, "Z");
const sha1 = (s: string) => createHash("sha1").update(s).digest("hex");

export class GitHubStandin {
  readonly owner: string;
  readonly repo: string;
  /** token → account */
  readonly tokens = new Map<string, Account>();
  readonly requests: RecordedRequest[] = [];
  readonly mismatches: string[] = [];

  readonly comments: StoredComment[] = [];
  readonly checkRuns = new Map<number, Record<string, unknown> & { annotations: unknown[] }>();
  readonly refs = new Map<string, string>();
  readonly tagObjects = new Map<string, Record<string, unknown>>();
  readonly releases = new Map<number, Record<string, unknown>>();
  readonly assets = new Map<number, { releaseId: number; data: Buffer; meta: Record<string, unknown> }>();
  readonly deployments = new Map<number, Record<string, unknown>>();
  readonly deploymentStatuses = new Map<number, Record<string, unknown>[]>();
  readonly issues = new Map<number, Record<string, unknown> & { labelNames: string[] }>();
  readonly pulls = new Map<number, StoredPull>();
  readonly workflowDispatches: { workflow: string; ref: string; inputs: unknown }[] = [];
  /** Runs started by workflow_dispatch, newest last; a test moves `status` on (e.g. to "completed"). */
  readonly workflowRuns: StoredRun[] = [];
  readonly repositoryDispatches: { event_type: string; client_payload: unknown }[] = [];

  private server: Server | undefined;
  private nextId = 1000;
  /** Issue numbers start high so they never collide with the PR numbers tests pick. */
  private nextIssueNumber = 100;
  private faultQueue: { fault: Fault; filter: FaultFilter }[] = [];
  private faultRate: { rate: number; faults: Fault[]; filter: FaultFilter; rand: () => number } | undefined;
  private readonly contract: OpenApiContract;
  private readonly routes: { method: string; re: RegExp; names: string[]; op: string; handler: Handler }[] =
    [];
  base = "";

  constructor(opts: { owner?: string; repo?: string } = {}) {
    this.owner = opts.owner ?? "octo-org";
    this.repo = opts.repo ?? "models";
    this.tokens.set("ghs_actions", { login: "github-actions[bot]", id: 41898282, type: "Bot" });
    this.tokens.set("ghp_user", { login: "octo-dev", id: 501, type: "User" });
    this.tokens.set("ghs_fork", { login: "github-actions[bot]", id: 41898282, type: "Bot", readOnly: true });
    this.defineRoutes();
    this.contract = new OpenApiContract(this.routes.map((r) => r.op));
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.serve(req, res).catch((e) => {
        this.mismatches.push(`stand-in crashed on ${req.method} ${req.url}: ${(e as Error).stack}`);
        res.writeHead(500).end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    const s = this.server;
    this.server = undefined;
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  }

  /** Fail the next `count` matching requests with `fault`, in order after earlier queued faults. */
  failNext(count: number, fault: Fault, filter: FaultFilter = {}): void {
    for (let i = 0; i < count; i++) this.faultQueue.push({ fault, filter });
  }

  /** Fail each matching request with probability `rate`, cycling through `faults`; seeded. */
  failRandomly(rate: number, faults: Fault[], opts: FaultFilter & { seed?: number } = {}): void {
    let s = (opts.seed ?? 1) >>> 0 || 1;
    const rand = () => {
      // xorshift32: reproducible across runs
      s ^= s << 13;
      s >>>= 0;
      s ^= s >>> 17;
      s ^= s << 5;
      s >>>= 0;
      return s / 0x100000000;
    };
    this.faultRate = { rate, faults, filter: opts, rand };
  }

  stopFaults(): void {
    this.faultQueue = [];
    this.faultRate = undefined;
  }

  /** Count of served requests, optionally for one operation. */
  count(operationId?: string): number {
    return this.requests.filter((r) => operationId === undefined || r.operationId === operationId).length;
  }

  /** Put comments on a PR directly, as if other people had written them. */
  seedComments(issue: number, bodies: string[], author: Account = this.tokens.get("ghp_user")!): number[] {
    return bodies.map((body) => {
      const t = now();
      const c = { id: this.nextId++, issue, body, author, created_at: t, updated_at: t };
      this.comments.push(c);
      return c.id;
    });
  }

  seedPull(pull: Omit<StoredPull, "state" | "headRepo"> & Partial<StoredPull>): StoredPull {
    const p = { state: "open" as const, headRepo: `${this.owner}/${this.repo}`, ...pull };
    this.pulls.set(p.number, p);
    return p;
  }

  commentsOn(issue: number): StoredComment[] {
    return this.comments.filter((c) => c.issue === issue);
  }

  // ---------------------------------------------------------------------------------------------

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.base);
    const method = req.method ?? "GET";
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const contentType = req.headers["content-type"];
    // Uploads go to a separate host on github.com (uploads.github.com); here a path prefix.
    const isUpload = url.pathname.startsWith("/uploads/");
    const pathname = isUpload ? url.pathname.slice("/uploads".length) : url.pathname;
    if (method === "GET" && url.pathname.startsWith("/downloads/")) return this.download(url, res);
    const route = this.routes.find((r) => r.method === method && r.re.test(pathname));
    const send = (
      status: number,
      body?: unknown,
      headers: Record<string, string> = {},
      fault?: FaultKind,
    ) => {
      this.requests.push({ method, path: pathname, operationId: route?.op, status, fault });
      const text = body === undefined ? "" : JSON.stringify(body);
      res.writeHead(status, {
        ...(text ? { "content-type": "application/json; charset=utf-8" } : {}),
        "x-github-api-version-selected": "2022-11-28",
        ...headers,
      });
      res.end(text);
    };
    if (!route) {
      this.mismatches.push(`${method} ${pathname}: no such endpoint in the stand-in`);
      return send(404, { message: "Not Found", documentation_url: "https://docs.github.com/rest" });
    }
    const m = route.re.exec(pathname)!;
    const params: Record<string, string> = {};
    route.names.forEach((n, i) => {
      params[n] = decodeURIComponent(m[i + 1] ?? "");
    });
    let body: unknown;
    if (raw.length > 0) {
      // An upload is stored as the bytes sent, whatever their type, as GitHub stores them.
      if (contentType?.includes("json") && !isUpload) {
        try {
          body = JSON.parse(raw.toString("utf8"));
        } catch {
          this.mismatches.push(`${method} ${pathname}: body is not valid JSON`);
          return send(400, { message: "Problems parsing JSON" });
        }
      } else body = raw;
    }
    const where = `${method} ${pathname} (${route.op})`;
    const problems = this.contract.checkRequest(route.op, {
      pathParams: params,
      query: url.searchParams,
      contentType,
      body,
    });
    if (problems.length) {
      this.mismatches.push(`${where}: request off-spec: ${problems.join("; ")}`);
      return send(422, { message: "Request does not match GitHub's OpenAPI description", errors: problems });
    }
    const auth = req.headers.authorization ?? "";
    const account = this.tokens.get(auth.replace(/^(token|bearer)\s+/i, ""));
    if (!account) {
      return this.reply(
        route.op,
        where,
        send,
        {
          status: 401,
          body: {
            message: "Bad credentials",
            documentation_url: "https://docs.github.com/rest",
            status: "401",
          },
        },
        true,
      );
    }
    const fault = this.takeFault(method, route.op);
    if (fault && !fault.afterHandling) return this.sendFault(fault, send);
    if (account.readOnly && method !== "GET") {
      return this.reply(
        route.op,
        where,
        send,
        {
          status: 403,
          body: {
            message: "Resource not accessible by integration",
            documentation_url: "https://docs.github.com/rest",
            status: "403",
          },
        },
        true,
      );
    }
    const accept = String(req.headers.accept ?? "");
    const out = route.handler({ params, query: url.searchParams, body, account, url, accept });
    if (fault) return this.sendFault(fault, send);
    this.reply(route.op, where, send, out);
  }

  /**
   * The storage host an asset download is redirected to (objects.githubusercontent.com on
   * github.com): not part of the REST API, so not checked against its description. The link is
   * signed and short-lived there; here the asset id is enough.
   */
  private download(url: URL, res: ServerResponse): void {
    const id = Number(url.pathname.slice("/downloads/".length));
    const asset = this.assets.get(id);
    this.requests.push({
      method: "GET",
      path: url.pathname,
      operationId: undefined,
      status: asset ? 200 : 404,
    });
    if (!asset) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": "application/octet-stream", "content-length": asset.data.length });
    res.end(asset.data);
  }

  private reply(
    op: string,
    where: string,
    send: (s: number, b?: unknown, h?: Record<string, string>) => void,
    out: Handled,
    anyEndpoint = false,
  ) {
    const problems = this.contract.checkResponse(op, out.status, out.body, { anyEndpoint });
    if (problems.length) this.mismatches.push(`${where}: response off-spec: ${problems.join("; ")}`);
    send(out.status, out.body, out.headers);
  }

  private takeFault(method: string, op: string): Fault | undefined {
    const matches = (f: FaultFilter) =>
      (!f.method || f.method === method) && (!f.operationId || f.operationId === op);
    const i = this.faultQueue.findIndex((q) => matches(q.filter));
    if (i >= 0) return this.faultQueue.splice(i, 1)[0]!.fault;
    const r = this.faultRate;
    if (r && matches(r.filter) && r.rand() < r.rate) return r.faults[Math.floor(r.rand() * r.faults.length)];
    return undefined;
  }

  private sendFault(
    fault: Fault,
    send: (s: number, b?: unknown, h?: Record<string, string>, f?: FaultKind) => void,
  ): void {
    const after = String(fault.retryAfter ?? 1);
    const docs = "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api";
    if (fault.kind === 500 || fault.kind === 502) {
      send(fault.kind, { message: "Server Error" }, {}, fault.kind);
    } else if (fault.kind === "rate-limit") {
      send(
        429,
        { message: "API rate limit exceeded for installation.", documentation_url: docs },
        {
          "retry-after": after,
          "x-ratelimit-limit": "5000",
          "x-ratelimit-remaining": "0",
          "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + Number(after)),
        },
        fault.kind,
      );
    } else {
      send(
        403,
        {
          message:
            "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
          documentation_url: docs,
        },
        { "retry-after": after },
        fault.kind,
      );
    }
  }

  // --- representations --------------------------------------------------------------------------

  private get api() {
    return `${this.base}/repos/${this.owner}/${this.repo}`;
  }
  private get html() {
    return `https://github.com/${this.owner}/${this.repo}`;
  }

  user(a: Account) {
    const u = `${this.base}/users/${encodeURIComponent(a.login)}`;
    return {
      login: a.login,
      id: a.id,
      node_id: `U_${a.id}`,
      avatar_url: `https://avatars.githubusercontent.com/u/${a.id}`,
      gravatar_id: "",
      url: u,
      html_url: `https://github.com/${encodeURIComponent(a.login)}`,
      followers_url: `${u}/followers`,
      following_url: `${u}/following{/other_user}`,
      gists_url: `${u}/gists{/gist_id}`,
      starred_url: `${u}/starred{/owner}{/repo}`,
      subscriptions_url: `${u}/subscriptions`,
      organizations_url: `${u}/orgs`,
      repos_url: `${u}/repos`,
      events_url: `${u}/events{/privacy}`,
      received_events_url: `${u}/received_events`,
      type: a.type,
      user_view_type: "public",
      site_admin: false,
    };
  }

  private comment(c: StoredComment) {
    return {
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${this.api}/issues/comments/${c.id}`,
      html_url: `${this.html}/pull/${c.issue}#issuecomment-${c.id}`,
      issue_url: `${this.api}/issues/${c.issue}`,
      body: c.body,
      user: this.user(c.author),
      created_at: c.created_at,
      updated_at: c.updated_at,
      author_association: c.author.type === "Bot" ? "NONE" : "MEMBER",
    };
  }

  private gitRef(ref: string, sha: string) {
    const isTag = this.tagObjects.has(sha);
    return {
      ref,
      node_id: `REF_${sha1(ref).slice(0, 12)}`,
      url: `${this.api}/git/${ref.split("/").map(encodeURIComponent).join("/")}`,
      object: {
        type: isTag ? "tag" : "commit",
        sha,
        url: `${this.api}/git/${isTag ? "tags" : "commits"}/${sha}`,
      },
    };
  }

  private issue(i: Record<string, unknown> & { labelNames: string[] }) {
    const { labelNames, ...rest } = i;
    return {
      ...rest,
      labels: labelNames.map((name) => ({
        id: Number.parseInt(sha1(name).slice(0, 8), 16),
        node_id: `LA_${sha1(name).slice(0, 12)}`,
        url: `${this.api}/labels/${encodeURIComponent(name)}`,
        name,
        description: null,
        color: "ededed",
        default: false,
      })),
    };
  }

  /** A workflow run built on the description's own example, with this run's identity and state. */
  private workflowRun(r: StoredRun) {
    const ex = this.contract.example("workflow-run-paginated") as {
      workflow_runs: Record<string, unknown>[];
    };
    const run = { ...ex.workflow_runs[0]! };
    Object.assign(run, {
      id: r.id,
      path: `.github/workflows/${r.workflow}`,
      event: r.event,
      status: r.status,
      conclusion: r.conclusion,
      created_at: r.created_at,
      updated_at: r.created_at,
      run_started_at: r.created_at,
      url: `${this.api}/actions/runs/${r.id}`,
      html_url: `${this.html}/actions/runs/${r.id}`,
    });
    return run;
  }

  /** A pull request built on the description's own example, with this PR's identity. */
  private pull(p: StoredPull, example: "pull-request" | "pull-request-simple-items") {
    const ex = this.contract.example(example);
    const pr = (Array.isArray(ex) ? ex[0] : ex) as Record<string, unknown> & {
      head: Record<string, unknown> & { repo: Record<string, unknown> & { owner: Record<string, unknown> } };
      base: Record<string, unknown> & { repo: Record<string, unknown> };
    };
    const [headOwner = "", headName = ""] = p.headRepo.split("/");
    Object.assign(pr, {
      number: p.number,
      state: p.state,
      url: `${this.api}/pulls/${p.number}`,
      html_url: `${this.html}/pull/${p.number}`,
      // The example lists a team without the `type` its schema requires.
      requested_teams: [],
    });
    Object.assign(pr.head, { sha: p.headSha, ref: p.headRef, label: `${headOwner}:${p.headRef}` });
    Object.assign(pr.head.repo, {
      name: headName,
      full_name: p.headRepo,
      fork: p.headRepo !== `${this.owner}/${this.repo}`,
    });
    Object.assign(pr.head.repo.owner, { login: headOwner });
    Object.assign(pr.base.repo, { name: this.repo, full_name: `${this.owner}/${this.repo}` });
    return pr;
  }

  private validationFailed(message: string, errors: Record<string, unknown>[] = []): Handled {
    return {
      status: 422,
      body: { message, errors, documentation_url: "https://docs.github.com/rest", status: "422" },
    };
  }
  private notFound(): Handled {
    return {
      status: 404,
      body: { message: "Not Found", documentation_url: "https://docs.github.com/rest", status: "404" },
    };
  }

  // --- endpoints --------------------------------------------------------------------------------

  private route(method: string, template: string, op: string, handler: Handler): void {
    const names: string[] = [];
    const re = new RegExp(
      `^${template.replace(/\{(\w+)\}/g, (_m, n: string) => {
        names.push(n);
        // git refs contain slashes; everything else is one segment
        return n === "ref" ? "(.+)" : "([^/]+)";
      })}$`,
    );
    this.routes.push({ method, re, names, op, handler });
  }

  private defineRoutes(): void {
    const R = "/repos/{owner}/{repo}";
    const ownRepo =
      (h: Handler): Handler =>
      (ctx) =>
        ctx.params.owner === this.owner && ctx.params.repo === this.repo ? h(ctx) : this.notFound();

    this.route("GET", "/user", "users/get-authenticated", ({ account }) => {
      // Installation tokens (GITHUB_TOKEN, apps) cannot read /user.
      if (account.type === "Bot") {
        return {
          status: 403,
          body: {
            message: "Resource not accessible by integration",
            documentation_url: "https://docs.github.com/rest/users/users#get-the-authenticated-user",
            status: "403",
          },
        };
      }
      return {
        status: 200,
        body: {
          ...this.user(account),
          name: null,
          company: null,
          blog: null,
          location: null,
          email: null,
          hireable: null,
          bio: null,
          public_repos: 1,
          public_gists: 0,
          followers: 0,
          following: 0,
          created_at: "2020-01-01T00:00:00Z",
          updated_at: "2020-01-01T00:00:00Z",
        },
      };
    });

    // Issue comments
    this.route(
      "GET",
      `${R}/issues/{issue_number}/comments`,
      "issues/list-comments",
      ownRepo(({ params, url }) => {
        const all = this.commentsOn(Number(params.issue_number)).map((c) => this.comment(c));
        return { status: 200, ...onePage(all, url) };
      }),
    );
    this.route(
      "POST",
      `${R}/issues/{issue_number}/comments`,
      "issues/create-comment",
      ownRepo(({ params, body, account }) => {
        const text = (body as { body: string }).body;
        if (text.length > 65536) return this.validationFailed(bodyTooLong);
        const [id] = this.seedComments(Number(params.issue_number), [text], account);
        return { status: 201, body: this.comment(this.comments.find((c) => c.id === id)!) };
      }),
    );
    this.route(
      "GET",
      `${R}/issues/comments/{comment_id}`,
      "issues/get-comment",
      ownRepo(({ params }) => {
        const c = this.comments.find((x) => x.id === Number(params.comment_id));
        return c ? { status: 200, body: this.comment(c) } : this.notFound();
      }),
    );
    this.route(
      "PATCH",
      `${R}/issues/comments/{comment_id}`,
      "issues/update-comment",
      ownRepo(({ params, body }) => {
        const c = this.comments.find((x) => x.id === Number(params.comment_id));
        // The description lists only 200 and 422 here; GitHub answers a missing comment with 404.
        if (!c) return this.validationFailed("Not Found", [{ resource: "IssueComment", code: "missing" }]);
        const text = (body as { body: string }).body;
        if (text.length > 65536) return this.validationFailed(bodyTooLong);
        c.body = text;
        c.updated_at = now();
        return { status: 200, body: this.comment(c) };
      }),
    );
    this.route(
      "DELETE",
      `${R}/issues/comments/{comment_id}`,
      "issues/delete-comment",
      ownRepo(({ params }) => {
        const i = this.comments.findIndex((x) => x.id === Number(params.comment_id));
        if (i >= 0) this.comments.splice(i, 1);
        return { status: 204 };
      }),
    );

    // Check runs
    const checkRun = (run: Record<string, unknown> & { annotations: unknown[] }) => {
      const { annotations, output, ...rest } = run;
      const o = (output ?? {}) as Record<string, unknown>;
      return {
        ...rest,
        output: {
          title: o.title ?? null,
          summary: o.summary ?? null,
          text: o.text ?? null,
          annotations_count: annotations.length,
          annotations_url: `${this.api}/check-runs/${rest.id}/annotations`,
        },
      };
    };
    this.route(
      "POST",
      `${R}/check-runs`,
      "checks/create",
      ownRepo(({ body }) => {
        const b = body as Record<string, unknown>;
        const id = this.nextId++;
        const output = b.output as { annotations?: unknown[] } | undefined;
        const run = {
          id,
          node_id: `CR_${id}`,
          head_sha: b.head_sha,
          external_id: (b.external_id as string) ?? "",
          url: `${this.api}/check-runs/${id}`,
          html_url: `${this.html}/runs/${id}`,
          details_url: (b.details_url as string) ?? `${this.html}/runs/${id}`,
          status: (b.status as string) ?? (b.conclusion ? "completed" : "queued"),
          conclusion: (b.conclusion as string) ?? null,
          started_at: (b.started_at as string) ?? now(),
          completed_at: (b.completed_at as string) ?? (b.conclusion ? now() : null),
          name: b.name,
          check_suite: { id: 1 },
          app: null,
          pull_requests: [],
          output: output ? { ...output, annotations: undefined } : undefined,
          annotations: [...(output?.annotations ?? [])],
        };
        this.checkRuns.set(id, run);
        return { status: 201, body: checkRun(run) };
      }),
    );
    this.route(
      "PATCH",
      `${R}/check-runs/{check_run_id}`,
      "checks/update",
      ownRepo(({ params, body }) => {
        const run = this.checkRuns.get(Number(params.check_run_id));
        // The description documents only 200 for this operation.
        if (!run) throw new Error(`check run ${params.check_run_id} does not exist`);
        const { output, ...rest } = body as Record<string, unknown> & {
          output?: Record<string, unknown> & { annotations?: unknown[] };
        };
        Object.assign(run, rest);
        if (rest.conclusion && !rest.status) run.status = "completed";
        if (output) {
          const { annotations, ...o } = output;
          run.output = { ...(run.output as object), ...o };
          // GitHub appends annotations sent with an update to those already on the run.
          run.annotations.push(...(annotations ?? []));
        }
        return { status: 200, body: checkRun(run) };
      }),
    );

    // Git refs and annotated tags
    this.route(
      "POST",
      `${R}/git/refs`,
      "git/create-ref",
      ownRepo(({ body }) => {
        const { ref, sha } = body as { ref: string; sha: string };
        if (!/^refs\/.+/.test(ref) || ref.split("/").length < 3)
          return this.validationFailed(
            "Reference name must start with 'refs/' and have at least two slashes.",
          );
        if (!SHA.test(sha)) return this.validationFailed("Object does not exist");
        if (this.refs.has(ref)) return this.validationFailed("Reference already exists");
        this.refs.set(ref, sha);
        return { status: 201, body: this.gitRef(ref, sha) };
      }),
    );
    this.route(
      "GET",
      `${R}/git/ref/{ref}`,
      "git/get-ref",
      ownRepo(({ params }) => {
        const ref = `refs/${params.ref}`;
        const sha = this.refs.get(ref);
        return sha ? { status: 200, body: this.gitRef(ref, sha) } : this.notFound();
      }),
    );
    this.route(
      "GET",
      `${R}/git/matching-refs/{ref}`,
      "git/list-matching-refs",
      ownRepo(({ params }) => {
        const prefix = `refs/${params.ref}`;
        const found = [...this.refs]
          .filter(([r]) => r.startsWith(prefix))
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([r, s]) => this.gitRef(r, s));
        return { status: 200, body: found };
      }),
    );
    this.route(
      "POST",
      `${R}/git/tags`,
      "git/create-tag",
      ownRepo(({ body }) => {
        const b = body as {
          tag: string;
          message: string;
          object: string;
          type: string;
          tagger?: { name: string; email: string; date?: string };
        };
        if (!SHA.test(b.object)) return this.validationFailed("Object does not exist");
        const tagger = { name: "mlgate", email: "mlgate@users.noreply.github.com", date: now(), ...b.tagger };
        const sha = sha1(`tag ${b.tag}\n${b.object}\n${b.message}\n${tagger.date}\n${this.nextId++}`);
        const tag = {
          node_id: `TAG_${sha.slice(0, 12)}`,
          tag: b.tag,
          sha,
          url: `${this.api}/git/tags/${sha}`,
          message: b.message,
          tagger,
          object: { sha: b.object, type: b.type, url: `${this.api}/git/${b.type}s/${b.object}` },
          verification: {
            verified: false,
            reason: "unsigned",
            signature: null,
            payload: null,
            verified_at: null,
          },
        };
        this.tagObjects.set(sha, tag);
        return { status: 201, body: tag };
      }),
    );
    this.route(
      "GET",
      `${R}/git/tags/{tag_sha}`,
      "git/get-tag",
      ownRepo(({ params }) => {
        const t = this.tagObjects.get(params.tag_sha ?? "");
        return t ? { status: 200, body: t } : this.notFound();
      }),
    );

    // Releases and assets
    const release = (r: Record<string, unknown>) => ({
      ...r,
      assets: [...this.assets.values()].filter((a) => a.releaseId === r.id).map((a) => a.meta),
    });
    this.route(
      "POST",
      `${R}/releases`,
      "repos/create-release",
      ownRepo(({ body, account }) => {
        const b = body as Record<string, unknown> & { tag_name: string };
        if ([...this.releases.values()].some((r) => r.tag_name === b.tag_name))
          return this.validationFailed("Validation Failed", [
            { resource: "Release", code: "already_exists", field: "tag_name" },
          ]);
        const id = this.nextId++;
        const t = now();
        const r = {
          id,
          node_id: `RE_${id}`,
          url: `${this.api}/releases/${id}`,
          html_url: `${this.html}/releases/tag/${encodeURIComponent(b.tag_name)}`,
          assets_url: `${this.api}/releases/${id}/assets`,
          upload_url: `${this.base}/uploads/repos/${this.owner}/${this.repo}/releases/${id}/assets{?name,label}`,
          tarball_url: `${this.api}/tarball/${encodeURIComponent(b.tag_name)}`,
          zipball_url: `${this.api}/zipball/${encodeURIComponent(b.tag_name)}`,
          tag_name: b.tag_name,
          target_commitish: (b.target_commitish as string) ?? "main",
          name: (b.name as string) ?? null,
          body: (b.body as string) ?? null,
          draft: b.draft === true,
          prerelease: b.prerelease === true,
          immutable: false,
          created_at: t,
          published_at: b.draft === true ? null : t,
          updated_at: t,
          author: this.user(account),
        };
        this.releases.set(id, r);
        return { status: 201, body: release(r) };
      }),
    );
    this.route(
      "GET",
      `${R}/releases/tags/{tag}`,
      "repos/get-release-by-tag",
      ownRepo(({ params }) => {
        const r = [...this.releases.values()].find((x) => x.tag_name === params.tag);
        return r ? { status: 200, body: release(r) } : this.notFound();
      }),
    );
    this.route(
      "GET",
      `${R}/releases`,
      "repos/list-releases",
      ownRepo(({ url }) => {
        // Newest first, as GitHub lists them.
        const all = [...this.releases.values()].sort((a, b) => Number(b.id) - Number(a.id)).map(release);
        return { status: 200, ...onePage(all, url) };
      }),
    );
    this.route(
      "GET",
      `${R}/releases/assets/{asset_id}`,
      "repos/get-release-asset",
      ownRepo(({ params, accept }) => {
        const asset = this.assets.get(Number(params.asset_id));
        if (!asset) return this.notFound();
        // The bytes are asked for with Accept: application/octet-stream: GitHub answers with a
        // redirect to its storage host; otherwise the asset's description.
        if (accept.includes("application/octet-stream"))
          return { status: 302, headers: { location: `${this.base}/downloads/${asset.meta.id}` } };
        return { status: 200, body: asset.meta };
      }),
    );
    this.route(
      "GET",
      `${R}/releases/{release_id}/assets`,
      "repos/list-release-assets",
      ownRepo(({ params, url }) => {
        const all = [...this.assets.values()]
          .filter((a) => a.releaseId === Number(params.release_id))
          .map((a) => a.meta);
        return { status: 200, ...onePage(all, url) };
      }),
    );
    this.route(
      "POST",
      `${R}/releases/{release_id}/assets`,
      "repos/upload-release-asset",
      ownRepo(({ params, query, body, account }) => {
        const releaseId = Number(params.release_id);
        if (!this.releases.has(releaseId)) throw new Error(`release ${releaseId} does not exist`);
        const name = query.get("name")!;
        if ([...this.assets.values()].some((a) => a.releaseId === releaseId && a.meta.name === name))
          return { status: 422 };
        const data = Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body ?? ""));
        const id = this.nextId++;
        const t = now();
        const meta = {
          url: `${this.api}/releases/assets/${id}`,
          browser_download_url: `${this.html}/releases/download/${encodeURIComponent(
            String(this.releases.get(releaseId)!.tag_name),
          )}/${encodeURIComponent(name)}`,
          id,
          node_id: `RA_${id}`,
          name,
          label: query.get("label") ?? "",
          state: "uploaded",
          content_type: "application/octet-stream",
          size: data.length,
          digest: `sha256:${createHash("sha256").update(data).digest("hex")}`,
          download_count: 0,
          created_at: t,
          updated_at: t,
          uploader: this.user(account),
        };
        this.assets.set(id, { releaseId, data, meta });
        return { status: 201, body: meta };
      }),
    );

    // Deployments
    this.route(
      "POST",
      `${R}/deployments`,
      "repos/create-deployment",
      ownRepo(({ body, account }) => {
        const b = body as Record<string, unknown> & { ref: string };
        const id = this.nextId++;
        const t = now();
        const env = (b.environment as string) ?? "production";
        const d = {
          url: `${this.api}/deployments/${id}`,
          id,
          node_id: `DE_${id}`,
          sha: SHA.test(b.ref) ? b.ref : sha1(b.ref),
          ref: b.ref,
          task: (b.task as string) ?? "deploy",
          payload: b.payload ?? {},
          original_environment: env,
          environment: env,
          description: (b.description as string) ?? null,
          creator: this.user(account),
          created_at: t,
          updated_at: t,
          statuses_url: `${this.api}/deployments/${id}/statuses`,
          repository_url: this.api,
          transient_environment: b.transient_environment === true,
          production_environment: b.production_environment ?? env === "production",
        };
        this.deployments.set(id, d);
        this.deploymentStatuses.set(id, []);
        return { status: 201, body: d };
      }),
    );
    this.route(
      "POST",
      `${R}/deployments/{deployment_id}/statuses`,
      "repos/create-deployment-status",
      ownRepo(({ params, body, account }) => {
        const deploymentId = Number(params.deployment_id);
        const d = this.deployments.get(deploymentId);
        if (!d) return this.validationFailed("Deployment not found");
        const b = body as Record<string, unknown> & { state: string };
        const id = this.nextId++;
        const t = now();
        const s = {
          url: `${this.api}/deployments/${deploymentId}/statuses/${id}`,
          id,
          node_id: `DES_${id}`,
          state: b.state,
          creator: this.user(account),
          description: (b.description as string) ?? "",
          environment: (b.environment as string) ?? d.environment,
          // GitHub sends "" when unset, which its own description rejects (format uri): send a URL.
          target_url: (b.target_url as string) ?? (b.log_url as string) ?? `${this.html}/deployments`,
          log_url: (b.log_url as string) ?? (b.target_url as string) ?? "",
          environment_url: (b.environment_url as string) ?? "",
          created_at: t,
          updated_at: t,
          deployment_url: d.url,
          repository_url: this.api,
        };
        for (const k of ["log_url", "environment_url"] as const)
          if (s[k] === "") delete (s as Partial<typeof s>)[k];
        this.deploymentStatuses.get(deploymentId)!.unshift(s);
        // GitHub's auto_inactive (default true): a success marks the environment's other
        // deployments whose latest status is success inactive.
        if (b.state === "success" && b.auto_inactive !== false && d.transient_environment !== true) {
          for (const [otherId, other] of this.deployments) {
            const statuses = this.deploymentStatuses.get(otherId)!;
            if (otherId === deploymentId || other.environment !== d.environment) continue;
            if (statuses[0]?.state !== "success") continue;
            statuses.unshift({
              ...statuses[0],
              id: this.nextId++,
              node_id: `DES_${this.nextId}`,
              state: "inactive",
              description: "",
              created_at: t,
              updated_at: t,
            });
          }
        }
        return { status: 201, body: s };
      }),
    );
    this.route(
      "GET",
      `${R}/deployments`,
      "repos/list-deployments",
      ownRepo(({ query, url }) => {
        const keep = (d: Record<string, unknown>) =>
          (["sha", "ref", "task", "environment"] as const).every((k) => {
            const want = query.get(k);
            return want === null || d[k] === want;
          });
        // Newest first, as GitHub lists them.
        const all = [...this.deployments.values()].filter(keep).sort((a, b) => Number(b.id) - Number(a.id));
        return { status: 200, ...onePage(all, url) };
      }),
    );
    this.route(
      "GET",
      `${R}/deployments/{deployment_id}/statuses`,
      "repos/list-deployment-statuses",
      ownRepo(({ params }) => {
        const list = this.deploymentStatuses.get(Number(params.deployment_id));
        return list ? { status: 200, body: list } : this.notFound();
      }),
    );

    // Issues
    this.route(
      "GET",
      `${R}/issues`,
      "issues/list-for-repo",
      ownRepo(({ query, url }) => {
        const state = query.get("state") ?? "open";
        const labels = (query.get("labels") ?? "").split(",").filter(Boolean);
        const all = [...this.issues.values()]
          .filter((i) => state === "all" || i.state === state)
          .filter((i) => labels.every((l) => i.labelNames.includes(l)))
          .sort((a, b) => Number(b.number) - Number(a.number));
        return {
          status: 200,
          ...onePage(
            all.map((i) => this.issue(i)),
            url,
          ),
        };
      }),
    );
    this.route(
      "POST",
      `${R}/issues`,
      "issues/create",
      ownRepo(({ body, account }) => {
        const b = body as { title: string | number; body?: string; labels?: (string | { name?: string })[] };
        const number = this.nextIssueNumber++;
        const id = this.nextId++;
        const t = now();
        const issue = {
          id,
          node_id: `I_${id}`,
          url: `${this.api}/issues/${number}`,
          repository_url: this.api,
          labels_url: `${this.api}/issues/${number}/labels{/name}`,
          comments_url: `${this.api}/issues/${number}/comments`,
          events_url: `${this.api}/issues/${number}/events`,
          html_url: `${this.html}/issues/${number}`,
          number,
          state: "open",
          state_reason: null,
          title: String(b.title),
          body: b.body ?? null,
          user: this.user(account),
          assignee: null,
          assignees: [],
          milestone: null,
          locked: false,
          active_lock_reason: null,
          comments: 0,
          closed_at: null,
          created_at: t,
          updated_at: t,
          author_association: "NONE",
          labelNames: (b.labels ?? []).map((l) => (typeof l === "string" ? l : (l.name ?? ""))),
        };
        this.issues.set(number, issue);
        return { status: 201, body: this.issue(issue) };
      }),
    );
    this.route(
      "PATCH",
      `${R}/issues/{issue_number}`,
      "issues/update",
      ownRepo(({ params, body }) => {
        const issue = this.issues.get(Number(params.issue_number));
        if (!issue) return this.notFound();
        const b = body as Record<string, unknown>;
        for (const k of ["title", "body", "state", "state_reason"] as const) if (k in b) issue[k] = b[k];
        if (Array.isArray(b.labels))
          issue.labelNames = (b.labels as (string | { name?: string })[]).map((l) =>
            typeof l === "string" ? l : (l.name ?? ""),
          );
        issue.closed_at = issue.state === "closed" ? now() : null;
        issue.updated_at = now();
        return { status: 200, body: this.issue(issue) };
      }),
    );

    // Pull requests
    this.route(
      "GET",
      `${R}/pulls/{pull_number}`,
      "pulls/get",
      ownRepo(({ params }) => {
        const p = this.pulls.get(Number(params.pull_number));
        return p ? { status: 200, body: this.pull(p, "pull-request") } : this.notFound();
      }),
    );
    this.route(
      "GET",
      `${R}/pulls`,
      "pulls/list",
      ownRepo(({ query }) => {
        const state = query.get("state") ?? "open";
        const head = query.get("head");
        const found = [...this.pulls.values()]
          .filter((p) => state === "all" || p.state === state)
          .filter((p) => !head || `${p.headRepo.split("/")[0]}:${p.headRef}` === head)
          .map((p) => this.pull(p, "pull-request-simple-items"));
        return { status: 200, body: found };
      }),
    );

    // Dispatches
    this.route(
      "POST",
      `${R}/actions/workflows/{workflow_id}/dispatches`,
      "actions/create-workflow-dispatch",
      ownRepo(({ params, body }) => {
        const b = body as { ref: string; inputs?: unknown; return_run_details?: boolean };
        this.workflowDispatches.push({ workflow: params.workflow_id!, ref: b.ref, inputs: b.inputs ?? {} });
        const run: StoredRun = {
          id: this.nextId++,
          workflow: params.workflow_id!,
          event: "workflow_dispatch",
          status: "queued",
          conclusion: null,
          created_at: now(),
        };
        this.workflowRuns.push(run);
        if (!b.return_run_details) return { status: 204 };
        return {
          status: 200,
          body: {
            workflow_run_id: run.id,
            run_url: `${this.api}/actions/runs/${run.id}`,
            html_url: `${this.html}/actions/runs/${run.id}`,
          },
        };
      }),
    );
    this.route(
      "GET",
      `${R}/actions/workflows/{workflow_id}/runs`,
      "actions/list-workflow-runs",
      ownRepo(({ params, query, url }) => {
        const event = query.get("event");
        const status = query.get("status");
        const runs = this.workflowRuns
          .filter((r) => r.workflow === params.workflow_id)
          .filter((r) => !event || r.event === event)
          .filter((r) => !status || r.status === status || r.conclusion === status)
          .sort((a, b) => b.id - a.id);
        const page = onePage(
          runs.map((r) => this.workflowRun(r)),
          url,
        );
        return {
          status: 200,
          body: { total_count: runs.length, workflow_runs: page.body },
          headers: page.headers,
        };
      }),
    );
    this.route(
      "POST",
      `${R}/dispatches`,
      "repos/create-dispatch-event",
      ownRepo(({ body }) => {
        const b = body as { event_type: string; client_payload?: unknown };
        this.repositoryDispatches.push({ event_type: b.event_type, client_payload: b.client_payload ?? {} });
        return { status: 204 };
      }),
    );
  }
}

const bodyTooLong = "Body is too long (maximum is 65536 characters)";

/** The page `per_page`/`page` in `url` ask for (GitHub's defaults: 30, at most 100), with its Link header. */
function onePage<T>(all: T[], url: URL): { body: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Number(url.searchParams.get("per_page") ?? 30), 100);
  const page = Number(url.searchParams.get("page") ?? 1);
  const pages = Math.max(1, Math.ceil(all.length / perPage));
  return {
    body: all.slice((page - 1) * perPage, page * perPage),
    headers: linkHeader(url, page, pages, perPage),
  };
}

/** GitHub's pagination links: rel="next"/"last" while more pages follow, "prev"/"first" after the first. */
function linkHeader(url: URL, page: number, pages: number, perPage: number): Record<string, string> {
  const at = (p: number) => {
    const u = new URL(url);
    u.searchParams.set("per_page", String(perPage));
    u.searchParams.set("page", String(p));
    return u.toString();
  };
  const links: string[] = [];
  if (page > 1) links.push(`<${at(page - 1)}>; rel="prev"`, `<${at(1)}>; rel="first"`);
  if (page < pages) links.push(`<${at(page + 1)}>; rel="next"`, `<${at(pages)}>; rel="last"`);
  return links.length ? { link: links.join(", ") } : {};
}
