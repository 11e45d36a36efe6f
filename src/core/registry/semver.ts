/** SemVer 2.0 (semver.org): parse, compare by precedence, bump, and the rules of `--version auto`. */

export interface SemVer {
  major: number;
  minor: number;
  patch: number;
  prerelease: string[];
  build: string[];
}

// The regular expression semver.org gives for SemVer 2.0, without the named groups.
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

export function parseSemver(text: string): SemVer | undefined {
  const m = SEMVER.exec(text);
  if (!m) return undefined;
  const nums = [m[1], m[2], m[3]].map(Number);
  if (!nums.every(Number.isSafeInteger)) return undefined;
  return {
    major: nums[0]!,
    minor: nums[1]!,
    patch: nums[2]!,
    prerelease: m[4] ? m[4].split(".") : [],
    build: m[5] ? m[5].split(".") : [],
  };
}

export function formatSemver(v: SemVer): string {
  return (
    `${v.major}.${v.minor}.${v.patch}` +
    (v.prerelease.length ? `-${v.prerelease.join(".")}` : "") +
    (v.build.length ? `+${v.build.join(".")}` : "")
  );
}

/** Precedence (semver.org §11): build metadata is ignored; a pre-release sorts before its release. */
export function compareSemver(a: SemVer, b: SemVer): number {
  for (const k of ["major", "minor", "patch"] as const) if (a[k] !== b[k]) return a[k] < b[k] ? -1 : 1;
  if (a.prerelease.length === 0 && b.prerelease.length === 0) return 0;
  if (a.prerelease.length === 0) return 1;
  if (b.prerelease.length === 0) return -1;
  for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i++) {
    const x = a.prerelease[i];
    const y = b.prerelease[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    const xn = /^\d+$/.test(x);
    const yn = /^\d+$/.test(y);
    if (xn && yn) return Number(x) < Number(y) ? -1 : 1;
    if (xn !== yn) return xn ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

export type BumpRule = "first" | "patch" | "minor" | "major";

/** The part of a model the version rules compare. */
export interface VersionedShape {
  task: string;
  classes?: readonly string[];
  features: readonly { name: string; type: string }[];
}

export const FIRST_VERSION = "1.0.0";

/**
 * The rule `--version auto` applies, comparing the new model with the greatest registered one:
 * major when the task or the class list (names and order: the order of the model's outputs)
 * changed, since consumers read the outputs differently; minor when the input features (names,
 * order or types) changed, since callers must send other inputs; patch otherwise (retrained on the
 * same contract). The first version is 1.0.0.
 */
export function autoBump(
  previous: { version: string; shape: VersionedShape } | undefined,
  next: VersionedShape,
): { version: string; rule: BumpRule; reason: string } {
  if (!previous) return { version: FIRST_VERSION, rule: "first", reason: "first version of this model" };
  const from = parseSemver(previous.version);
  if (!from) throw new Error(`not a semantic version: ${previous.version}`);
  const p = previous.shape;
  let rule: BumpRule;
  let reason: string;
  if (p.task !== next.task) {
    rule = "major";
    reason = `task changed: ${p.task} → ${next.task}`;
  } else if (!sameList(p.classes ?? [], next.classes ?? [])) {
    rule = "major";
    reason = `class list changed: [${(p.classes ?? []).join(", ")}] → [${(next.classes ?? []).join(", ")}]`;
  } else if (!sameList(p.features.map(featureKey), next.features.map(featureKey))) {
    rule = "minor";
    reason = `input features changed: ${describeFeatureChange(p.features, next.features)}`;
  } else {
    rule = "patch";
    reason = `same task, classes and input features as ${previous.version}`;
  }
  const bumped =
    rule === "major"
      ? { major: from.major + 1, minor: 0, patch: 0 }
      : rule === "minor"
        ? { major: from.major, minor: from.minor + 1, patch: 0 }
        : // A pre-release bumps to its own release (1.2.0-rc.1 → 1.2.0), as `npm version patch` does.
          from.prerelease.length
          ? { major: from.major, minor: from.minor, patch: from.patch }
          : { major: from.major, minor: from.minor, patch: from.patch + 1 };
  return { version: formatSemver({ ...bumped, prerelease: [], build: [] }), rule, reason };
}

function featureKey(f: { name: string; type: string }): string {
  return `${f.name}:${f.type}`;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function describeFeatureChange(
  before: readonly { name: string; type: string }[],
  after: readonly { name: string; type: string }[],
): string {
  const was = new Map(before.map((f) => [f.name, f.type]));
  const now = new Map(after.map((f) => [f.name, f.type]));
  const parts: string[] = [];
  const added = after.filter((f) => !was.has(f.name)).map((f) => f.name);
  const removed = before.filter((f) => !now.has(f.name)).map((f) => f.name);
  const retyped = after.filter((f) => was.has(f.name) && was.get(f.name) !== f.type);
  if (added.length) parts.push(`added ${added.join(", ")}`);
  if (removed.length) parts.push(`removed ${removed.join(", ")}`);
  for (const f of retyped) parts.push(`${f.name} ${was.get(f.name)} → ${f.type}`);
  return parts.length ? parts.join("; ") : "order changed";
}
