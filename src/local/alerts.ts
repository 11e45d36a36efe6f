import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { toJson, writeOutputs } from "../core/io/atomic.js";
import type { AlertRef, Alerts, Dispatcher } from "../core/ports.js";

/**
 * The embedded default Alerts: the issue a GitHub run would keep, as files under `dir` —
 * `issue.md` (its body) and `issue.json` (key, title, labels, open or closed, and the closing
 * comment). Running again with the same --out updates them in place, as the issue would be.
 */
export function localAlerts(dir: string): Alerts {
  const md = join(dir, "issue.md");
  const meta = join(dir, "issue.json");
  interface Meta {
    key: string;
    title: string;
    labels: string[];
    state: "open" | "closed";
    updated_at: string;
    closing_comment?: string;
  }
  const read = async (key: string): Promise<{ meta: Meta; body: string } | undefined> => {
    try {
      const m = JSON.parse(await readFile(meta, "utf8")) as Meta;
      if (m.key !== key) return undefined;
      return { meta: m, body: await readFile(md, "utf8") };
    } catch {
      return undefined;
    }
  };
  const ref = (m: Meta, body: string, created: boolean): AlertRef => ({
    url: md,
    state: m.state,
    body,
    created,
  });
  return {
    async raise(key, alert) {
      const before = await read(key);
      const m: Meta = {
        key,
        title: alert.title,
        labels: alert.labels,
        state: "open",
        updated_at: new Date().toISOString(),
      };
      await writeOutputs({ [md]: alert.body, [meta]: toJson(m) });
      return ref(m, alert.body, before === undefined);
    },
    async resolve(key, comment) {
      const found = await read(key);
      if (!found || found.meta.state === "closed") return undefined;
      const m: Meta = {
        ...found.meta,
        state: "closed",
        updated_at: new Date().toISOString(),
        closing_comment: comment,
      };
      await writeOutputs({ [meta]: toJson(m) });
      return ref(m, found.body, false);
    },
    async find(key) {
      const found = await read(key);
      return found && ref(found.meta, found.body, false);
    },
  };
}

/**
 * The embedded default Dispatcher: `dispatch.json` under `dir` holds the dispatch a GitHub run
 * would have sent (target, reason, links, time). Nothing runs locally, so `last` is never running.
 */
export function localDispatcher(dir: string, target: string): Dispatcher {
  const file = join(dir, "dispatch.json");
  return {
    location: file,
    async last(key) {
      try {
        const d = JSON.parse(await readFile(file, "utf8")) as { key: string; at: string };
        return d.key === key ? { at: d.at, running: false, url: file } : undefined;
      } catch {
        return undefined;
      }
    },
    async dispatch(key, request) {
      const at = new Date().toISOString();
      await writeOutputs({
        [file]: toJson({ key, target, at, reason: request.reason, links: request.links }),
      });
      return { url: file };
    },
  };
}
