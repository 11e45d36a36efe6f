import { join } from "node:path";
import { toJson, writeOutputs } from "../core/io/atomic.js";
import type { CheckReport, Publisher } from "../core/ports.js";

/**
 * The embedded default Publisher: what would be posted to GitHub is written under `outDir`
 * (`pr-comment.md`, or `pr-comment-<key>.md` for additional keys, `summary.md`, `check.json`).
 */
export function localPublisher(outDir: string): Publisher {
  const fileFor = (key: string) => {
    const kind = key.split(":")[0] ?? key;
    return kind === "evaluate" || kind === key ? "pr-comment.md" : `pr-comment-${kind}.md`;
  };
  return {
    async upsertComment(key, markdown) {
      const path = join(outDir, fileFor(key));
      await writeOutputs({ [path]: markdown });
      return path;
    },
    async summary(markdown) {
      await writeOutputs({ [join(outDir, "summary.md")]: markdown });
    },
    async check(check: CheckReport) {
      const path = join(outDir, "check.json");
      await writeOutputs({ [path]: toJson(check) });
      return path;
    },
  };
}
