import type { RegistryEvent } from "../contracts/version.js";

/** What a model's history says now: the version each alias holds, and the deprecated versions. */
export interface RegistryState {
  aliases: Record<string, string>;
  deprecated: Set<string>;
  /** The number the next event takes: events are numbered 1, 2, … without gaps. */
  nextSeq: number;
}

/**
 * Folds a model's events (in seq order) into its current state. The history is the source of
 * truth: an alias is nothing but its latest assign event, so it cannot disagree with its record.
 * Throws when the events skip or repeat a number — a history with a hole is not complete.
 */
export function foldHistory(events: readonly RegistryEvent[]): RegistryState {
  const aliases: Record<string, string> = {};
  const deprecated = new Set<string>();
  events.forEach((e, i) => {
    if (e.seq !== i + 1)
      throw new Error(`registry history of ${e.name}: event ${i + 1} is numbered ${e.seq}`);
    if (e.kind === "assign" && e.alias) aliases[e.alias] = e.version;
    else if (e.kind === "deprecate") deprecated.add(e.version);
  });
  return { aliases, deprecated, nextSeq: events.length + 1 };
}
