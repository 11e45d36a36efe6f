import { REGISTRY_NAME } from "../contracts/version.js";
import { MlgateError } from "../errors.js";
import { parseSemver } from "./semver.js";

/**
 * GTO's git tag grammar (iterative/gto, `gto/tag.py`), so a registry kept as tags can be read by
 * GTO and by its CI helpers:
 *
 *   register     <name>@v<semver>          deregister  <name>@v<semver>!
 *   assign       <name>#<stage>#<n>        unassign    <name>#<stage>!#<n>
 *   (simple)     <name>#<stage>            deprecate   <name>@deprecated
 *
 * `<n>` counts the model's assignment events (1, 2, …) and makes every assignment a new tag. A
 * monorepo name `dir:name` is written `dir=name` inside a tag.
 */
export type GtoTag =
  | { action: "register"; name: string; version: string }
  | { action: "deregister"; name: string; version: string }
  | { action: "assign"; name: string; stage: string; number?: number }
  | { action: "unassign"; name: string; stage: string; number?: number }
  | { action: "deprecate"; name: string };

const DIRNAME = /^[a-z0-9_./-]+$/;

function tagName(name: string): string {
  const i = name.lastIndexOf(":");
  return i < 0 ? name : `${name.slice(0, i)}=${name.slice(i + 1)}`;
}

function nameFromTag(text: string): string | undefined {
  const i = text.lastIndexOf("=");
  const dir = i < 0 ? undefined : text.slice(0, i);
  const name = i < 0 ? text : text.slice(i + 1);
  if (!REGISTRY_NAME.test(name) || (dir !== undefined && !DIRNAME.test(dir))) return undefined;
  return dir === undefined ? name : `${dir}:${name}`;
}

export function formatTag(tag: GtoTag): string {
  const n = tagName(tag.name);
  switch (tag.action) {
    case "register":
      return `${n}@v${tag.version}`;
    case "deregister":
      return `${n}@v${tag.version}!`;
    case "assign":
      return `${n}#${tag.stage}${tag.number === undefined ? "" : `#${tag.number}`}`;
    case "unassign":
      return `${n}#${tag.stage}!${tag.number === undefined ? "" : `#${tag.number}`}`;
    case "deprecate":
      return `${n}@deprecated`;
  }
}

/** Parses a GTO tag; undefined for any other tag (a repository has release tags of its own). */
export function parseTag(text: string): GtoTag | undefined {
  let m = /^([^@#]+)@(?:v([^!]+)(!?)|(deprecated))$/.exec(text);
  if (m) {
    const name = nameFromTag(m[1]!);
    if (!name) return undefined;
    if (m[4]) return { action: "deprecate", name };
    if (!parseSemver(m[2]!)) return undefined;
    return { action: m[3] ? "deregister" : "register", name, version: m[2]! };
  }
  m = /^([^@#]+)#([^#!]+)(!?)(?:#([1-9]\d*))?$/.exec(text);
  if (m) {
    const name = nameFromTag(m[1]!);
    if (!name || !REGISTRY_NAME.test(m[2]!)) return undefined;
    const number = m[4] === undefined ? undefined : Number(m[4]);
    return {
      action: m[3] ? "unassign" : "assign",
      name,
      stage: m[2]!,
      ...(number === undefined ? {} : { number }),
    };
  }
  return undefined;
}

/** What a command line names: a version, the holder of an alias, or the greatest version. */
export type RegistryRef =
  | { name: string; version: string }
  | { name: string; alias: string }
  | { name: string; latest: true };

/** `<name>@v1.2.3` (the `v` optional), `<name>#<alias>`, `<name>@latest` or `<name>@greatest`. */
export function parseRef(text: string): RegistryRef {
  const bad = (why: string) =>
    new MlgateError(`'${text}' is not a registry reference: ${why}`, {
      hint: "write <name>@v1.2.3 for a version, <name>#<stage> for what a stage holds, or <name>@latest",
    });
  const at = text.indexOf("@");
  const hash = text.indexOf("#");
  if (at < 0 && hash < 0) throw bad("it names no version and no stage");
  const cut = at >= 0 && (hash < 0 || at < hash) ? at : hash;
  const name = text.slice(0, cut);
  const rest = text.slice(cut + 1);
  if (!REGISTRY_NAME.test(name)) throw bad(`'${name}' is not a model name`);
  if (cut === hash) {
    if (!REGISTRY_NAME.test(rest)) throw bad(`'${rest}' is not a stage name`);
    return { name, alias: rest };
  }
  if (rest === "latest" || rest === "greatest") return { name, latest: true };
  const version = rest.startsWith("v") ? rest.slice(1) : rest;
  if (!parseSemver(version)) throw bad(`'${rest}' is not a semantic version such as v1.2.3`);
  return { name, version };
}

export function formatRef(ref: RegistryRef): string {
  if ("version" in ref) return `${ref.name}@v${ref.version}`;
  if ("alias" in ref) return `${ref.name}#${ref.alias}`;
  return `${ref.name}@latest`;
}
