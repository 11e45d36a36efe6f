import { appendFile, mkdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { DeploymentEntry, DeploymentLog } from "../core/ports.js";

/**
 * The embedded deployment log: JSON Lines, one line per state change (`deployments.jsonl` under
 * the deploy directory, default `.mlgate/deploy/`). Lines are only appended (O_APPEND; each line
 * is one write well under the pipe-atomic size), so the file is the audit history: a deployment's
 * state is its last line. Like GitHub's `auto_inactive`, a success marks the environment's earlier
 * successful deployments inactive.
 */
export class LocalDeploymentLog implements DeploymentLog {
  readonly location: string;
  private readonly now: () => Date;

  constructor(dir: string, opts: { now?: () => Date } = {}) {
    this.location = join(dir, "deployments.jsonl");
    this.now = opts.now ?? (() => new Date());
  }

  async start(entry: Omit<DeploymentEntry, "id" | "state" | "createdAt">): Promise<DeploymentEntry> {
    const all = await this.read();
    const full: DeploymentEntry = {
      ...entry,
      id: String(new Set(all.map((e) => e.id)).size + 1),
      state: "queued",
      createdAt: this.now().toISOString(),
    };
    await this.append(full);
    return full;
  }

  async update(
    entry: DeploymentEntry,
    state: DeploymentEntry["state"],
    detail: { description?: string; environmentUrl?: string; logUrl?: string } = {},
  ): Promise<DeploymentEntry> {
    const next: DeploymentEntry = {
      ...entry,
      state,
      ...(detail.environmentUrl ? { url: detail.environmentUrl } : {}),
      ...(detail.description ? { description: detail.description } : {}),
    };
    if (state === "success") {
      for (const e of await this.history(entry.environment)) {
        if (e.id !== entry.id && e.state === "success") {
          await this.append({ ...e, state: "inactive", description: `superseded by deployment ${entry.id}` });
        }
      }
    }
    await this.append(next);
    return next;
  }

  async lastSuccessful(environment: string, exceptDigest?: string): Promise<DeploymentEntry | undefined> {
    const lines = await this.read();
    const succeeded = new Set(lines.filter((e) => e.state === "success").map((e) => e.id));
    return (await this.history(environment, lines))
      .filter((e) => succeeded.has(e.id) && e.digest !== exceptDigest)
      .at(-1);
  }

  async history(environment: string, lines?: DeploymentEntry[]): Promise<DeploymentEntry[]> {
    const latest = new Map<string, DeploymentEntry>();
    for (const e of lines ?? (await this.read())) if (e.environment === environment) latest.set(e.id, e);
    return [...latest.values()].sort((a, b) => Number(a.id) - Number(b.id));
  }

  private async read(): Promise<DeploymentEntry[]> {
    let text: string;
    try {
      text = await readFile(this.location, "utf8");
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return [];
      throw e;
    }
    return text
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as DeploymentEntry);
  }

  private async append(entry: DeploymentEntry): Promise<void> {
    await mkdir(dirname(this.location), { recursive: true });
    await appendFile(this.location, `${JSON.stringify({ ...entry, at: this.now().toISOString() })}\n`);
  }
}
