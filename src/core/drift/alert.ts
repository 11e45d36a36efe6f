import type { DriftStatus } from "../contracts/drift.js";
import { MlgateError } from "../errors.js";
import { escapeMarkdown } from "../report/escape.js";
import { table } from "../report/markdown.js";

/**
 * What the sticky drift issue carries besides the report: a short history of recent runs and the
 * last retraining dispatch, in a hidden block at the end of its body. Carrying them in the issue
 * means no other storage: each run reads the body, adds itself, and writes it back. The block is
 * base64url JSON, so no value (a column name, a URL) can end the HTML comment around it.
 */
export interface AlertState {
  v: 1;
  /** Newest first, at most `drift.issue.history` entries. */
  history: HistoryEntry[];
  dispatch?: DispatchRecord;
}

export interface HistoryEntry {
  at: string;
  status: DriftStatus;
  /** The first HISTORY_NAMES drifted columns; `count` says how many drifted in all. */
  drifted: string[];
  count?: number;
  url?: string;
}

/** Drifted column names kept per history entry: ten entries must fit in the issue beside the report. */
export const HISTORY_NAMES = 10;

export interface DispatchRecord {
  at: string;
  url?: string;
  /** What was dispatched: `workflow:<file>` or `event:<type>`. */
  target: string;
}

const STATE_OPEN = "<!-- mlgate:drift-state ";
const STATE_CLOSE = " -->";

/** The alert key of a model's drift issue (its marker is `<!-- mlgate:drift:<model> -->`). */
export function driftAlertKey(model: string): string {
  return `drift:${model}`;
}

/** The state block of a body written by `renderAlertBody`; undefined when absent or unreadable. */
export function readAlertState(body: string | undefined): AlertState | undefined {
  if (!body) return undefined;
  const at = body.lastIndexOf(STATE_OPEN);
  if (at < 0) return undefined;
  const end = body.indexOf(STATE_CLOSE, at + STATE_OPEN.length);
  if (end < 0) return undefined;
  try {
    const json = Buffer.from(body.slice(at + STATE_OPEN.length, end), "base64url").toString("utf8");
    const state = JSON.parse(json) as AlertState;
    return state && state.v === 1 && Array.isArray(state.history) ? state : undefined;
  } catch {
    // Someone edited the block by hand: start a new history rather than fail the run.
    return undefined;
  }
}

export function stateBlock(state: AlertState): string {
  return `${STATE_OPEN}${Buffer.from(JSON.stringify(state), "utf8").toString("base64url")}${STATE_CLOSE}`;
}

/** The state after this run: the run added in front, the history cut to `keep` entries. */
export function nextAlertState(
  previous: AlertState | undefined,
  run: HistoryEntry,
  keep: number,
  dispatch?: DispatchRecord,
): AlertState {
  const entry: HistoryEntry = {
    ...run,
    drifted: run.drifted.slice(0, HISTORY_NAMES),
    count: run.count ?? run.drifted.length,
  };
  const history = [entry, ...(previous?.history ?? [])].slice(0, Math.max(1, keep));
  const last = dispatch ?? previous?.dispatch;
  return { v: 1, history, ...(last ? { dispatch: last } : {}) };
}

const STATUS_TEXT: Record<DriftStatus, string> = {
  drift: "❌ drift",
  no_drift: "✅ no drift",
  insufficient_data: "⚠️ insufficient data",
};

/** The "recent runs" table of the issue, newest first. */
export function renderHistory(state: AlertState): string {
  const rows = state.history.map((h) => [
    escapeMarkdown(h.at),
    STATUS_TEXT[h.status],
    h.drifted.length
      ? escapeMarkdown(h.drifted.slice(0, 5).join(", ") + (h.drifted.length > 5 ? ", …" : ""))
      : "–",
    h.url ? `[run](${h.url})` : "–",
  ]);
  const parts = [
    `### Recent runs\n\n${table(["time", "status", "drifted columns", "run"], rows, ["l", "l", "l", "l"])}`,
  ];
  if (state.dispatch) {
    parts.push(
      `Last retraining dispatch: ${escapeMarkdown(state.dispatch.at)} (${escapeMarkdown(state.dispatch.target)})` +
        (state.dispatch.url ? `, [run](${state.dispatch.url})` : ""),
    );
  }
  return parts.join("\n\n");
}

/**
 * The issue body: the report (already fitted to `reportBudget(...)`), the history, the state.
 * `limit` is what the body may take (GitHub's limit less the marker line).
 */
export function renderAlertBody(report: string, state: AlertState): string {
  return `${report.trimEnd()}\n\n${renderHistory(state)}\n\n${stateBlock(state)}\n`;
}

/** Characters left for the report in a body of `limit` characters with this state. */
export function reportBudget(limit: number, state: AlertState): number {
  return limit - renderAlertBody("", state).length;
}

const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;

/** `30m`, `12h`, `7d`, `1.5w` → milliseconds (the form mlgate.yml's durations and `--since` take). */
export function parseDuration(text: string, what = "duration"): number {
  const m = /^(\d+(?:\.\d+)?)([smhdw])$/.exec(text.trim());
  if (!m) {
    throw new MlgateError(`${what} '${text}' is not a duration`, {
      hint: "write a number and a unit: 30m, 12h, 7d or 2w (s, m, h, d, w)",
    });
  }
  return Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS];
}

export interface DispatchDecision {
  dispatch: boolean;
  reason: string;
}

/**
 * Whether to start retraining now. Only when the data drifted; never while a run started by an
 * earlier dispatch is still going; never within `cooldownMs` of the last dispatch, whether that
 * one is known from the issue's state or from the dispatcher (the later of the two counts).
 */
export function decideDispatch(input: {
  drifted: boolean;
  now: Date;
  cooldownMs: number;
  recorded?: { at: string };
  last?: { at: string; running: boolean; url?: string };
}): DispatchDecision {
  if (!input.drifted) return { dispatch: false, reason: "no drift" };
  if (input.last?.running) {
    return {
      dispatch: false,
      reason: `a retraining run started ${input.last.at} is still running${input.last.url ? ` (${input.last.url})` : ""}`,
    };
  }
  const times = [input.recorded?.at, input.last?.at]
    .map((t) => (t === undefined ? Number.NaN : Date.parse(t)))
    .filter(Number.isFinite);
  if (times.length) {
    const latest = Math.max(...times);
    const wait = latest + input.cooldownMs - input.now.getTime();
    if (wait > 0) {
      return {
        dispatch: false,
        reason: `the last dispatch was at ${new Date(latest).toISOString()}, within the cool-down (${Math.ceil(wait / 60_000)} min left)`,
      };
    }
  }
  return { dispatch: true, reason: "the data drifted and no dispatch is running or cooling down" };
}
