import { mkdir, mkdtemp, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { RegistryEvent } from "../../src/core/contracts/version.js";
import { hashBundleDir } from "../../src/core/registry/bundle-files.js";
import { bundleDigestOf, canonicalListing } from "../../src/core/registry/digest.js";
import { foldHistory } from "../../src/core/registry/history.js";
import { autoBump, compareSemver, parseSemver } from "../../src/core/registry/semver.js";
import { formatRef, formatTag, type GtoTag, parseRef, parseTag } from "../../src/core/registry/tags.js";

// sha256 of "abc", of "" and of "x" (FIPS 180-2 test vector, empty input, and `printf x | sha256sum`).
const ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
const EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
const X = "2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881";
// `find . -type f | sed 's|^\./||' | LC_ALL=C sort | xargs sha256sum | sha256sum` over the tiny bundle.
const TINY_DIGEST = "sha256:eacbe32032e64386de02fbe9ddf0662ab6930e2ba23b23c4e7e26f9d2079f2b1";

describe("bundle digest", () => {
  it("is sha256 over the sha256sum-style listing sorted by path bytes", () => {
    const files = [
      { path: "b/c.txt", sha256: EMPTY },
      { path: "a.txt", sha256: ABC },
      { path: "B/Z.bin", sha256: X },
    ];
    // Upper case sorts before lower case in byte order.
    expect(canonicalListing(files)).toBe(`${X}  B/Z.bin\n${ABC}  a.txt\n${EMPTY}  b/c.txt\n`);
    expect(bundleDigestOf(files)).toBe(TINY_DIGEST);
  });

  it("hashes a directory to the same digest as the shell pipeline, and refuses links", async () => {
    const dir = await mkdtemp(join(tmpdir(), "mlgate-digest-"));
    await mkdir(join(dir, "b"));
    await mkdir(join(dir, "B"));
    await writeFile(join(dir, "a.txt"), "abc");
    await writeFile(join(dir, "b/c.txt"), "");
    await writeFile(join(dir, "B/Z.bin"), "x");
    const { files, digest } = await hashBundleDir(dir);
    expect(digest).toBe(TINY_DIGEST);
    expect(files.map((f) => [f.path, f.bytes])).toEqual([
      ["B/Z.bin", 1],
      ["a.txt", 3],
      ["b/c.txt", 0],
    ]);
    await symlink(join(dir, "a.txt"), join(dir, "link"));
    await expect(hashBundleDir(dir)).rejects.toThrow(/not a regular file/);
  });
});

describe("semver", () => {
  it("orders by SemVer 2.0 precedence (semver.org §11 example)", () => {
    const order = [
      "1.0.0-alpha",
      "1.0.0-alpha.1",
      "1.0.0-alpha.beta",
      "1.0.0-beta",
      "1.0.0-beta.2",
      "1.0.0-beta.11",
      "1.0.0-rc.1",
      "1.0.0",
    ];
    const shuffled = [...order].reverse();
    shuffled.sort((a, b) => compareSemver(parseSemver(a)!, parseSemver(b)!));
    expect(shuffled).toEqual(order);
    expect(compareSemver(parseSemver("1.0.0+build.1")!, parseSemver("1.0.0")!)).toBe(0);
    expect(parseSemver("01.0.0")).toBeUndefined();
    expect(parseSemver("1.0")).toBeUndefined();
  });

  const shape = {
    task: "classification",
    classes: ["Adelie", "Gentoo"],
    features: [
      { name: "bill", type: "float" },
      { name: "island", type: "string" },
    ],
  };

  it("auto: first, patch, minor for features, major for task or classes — and says which", () => {
    expect(autoBump(undefined, shape)).toMatchObject({ version: "1.0.0", rule: "first" });
    const prev = { version: "1.4.2", shape };
    expect(autoBump(prev, { ...shape })).toMatchObject({ version: "1.4.3", rule: "patch" });
    const moreFeatures = { ...shape, features: [...shape.features, { name: "mass", type: "int" }] };
    expect(autoBump(prev, moreFeatures)).toEqual({
      version: "1.5.0",
      rule: "minor",
      reason: "input features changed: added mass",
    });
    const retyped = { ...shape, features: [{ name: "bill", type: "int" }, shape.features[1]!] };
    expect(autoBump(prev, retyped).reason).toBe("input features changed: bill float → int");
    expect(autoBump(prev, { ...shape, classes: ["Adelie", "Chinstrap", "Gentoo"] })).toMatchObject({
      version: "2.0.0",
      rule: "major",
      reason: "class list changed: [Adelie, Gentoo] → [Adelie, Chinstrap, Gentoo]",
    });
    // A task change outranks a feature change.
    expect(autoBump(prev, { ...moreFeatures, task: "regression", classes: undefined })).toMatchObject({
      version: "2.0.0",
      rule: "major",
      reason: "task changed: classification → regression",
    });
    expect(autoBump({ version: "2.1.0-rc.1", shape }, shape).version).toBe("2.1.0");
  });
});

describe("GTO tag grammar", () => {
  const cases: [string, GtoTag][] = [
    ["penguins@v1.2.3", { action: "register", name: "penguins", version: "1.2.3" }],
    ["penguins@v1.0.0-rc.1+b5", { action: "register", name: "penguins", version: "1.0.0-rc.1+b5" }],
    ["penguins@v1.2.0!", { action: "deregister", name: "penguins", version: "1.2.0" }],
    ["penguins#prod#3", { action: "assign", name: "penguins", stage: "prod", number: 3 }],
    ["penguins#prod", { action: "assign", name: "penguins", stage: "prod" }],
    ["penguins#prod!#4", { action: "unassign", name: "penguins", stage: "prod", number: 4 }],
    ["penguins@deprecated", { action: "deprecate", name: "penguins" }],
    ["models/cv=penguins@v2.0.0", { action: "register", name: "models/cv:penguins", version: "2.0.0" }],
  ];
  it.each(cases)("%s parses and formats back", (text, tag) => {
    expect(parseTag(text)).toEqual(tag);
    expect(formatTag(tag)).toBe(text);
  });

  it("leaves other tags alone", () => {
    for (const t of [
      "v1.2.3",
      "penguins@v1.2",
      "penguins@vx",
      "Penguins@v1.0.0",
      "penguins#prod#0",
      "a#b#c",
    ]) {
      expect(parseTag(t), t).toBeUndefined();
    }
  });

  it("references: version (v optional), stage, latest; clear errors otherwise", () => {
    expect(parseRef("penguins@v1.2.3")).toEqual({ name: "penguins", version: "1.2.3" });
    expect(parseRef("penguins@1.2.3")).toEqual({ name: "penguins", version: "1.2.3" });
    expect(parseRef("penguins#champion")).toEqual({ name: "penguins", alias: "champion" });
    expect(parseRef("penguins@latest")).toEqual({ name: "penguins", latest: true });
    expect(formatRef({ name: "penguins", version: "1.2.3" })).toBe("penguins@v1.2.3");
    expect(() => parseRef("penguins")).toThrow(/names no version and no stage/);
    expect(() => parseRef("penguins@v1.2")).toThrow(/not a semantic version/);
    expect(() => parseRef("Pen guins#prod")).toThrow(/not a model name/);
  });
});

describe("alias history", () => {
  const ev = (seq: number, e: Partial<RegistryEvent>): RegistryEvent => ({
    schema: "mlgate/registry-event@1",
    seq,
    name: "penguins",
    kind: "assign",
    version: "1.0.0",
    actor: "a",
    at: "2026-01-01T00:00:00Z",
    why: "w",
    ...e,
  });
  it("the latest assign of an alias is what it holds; deprecations are collected", () => {
    const s = foldHistory([
      ev(1, { alias: "champion", version: "1.0.0", previous: null }),
      ev(2, { alias: "prod", version: "1.0.0", previous: null }),
      ev(3, { alias: "champion", version: "1.0.1", previous: "1.0.0" }),
      ev(4, { kind: "deprecate", version: "1.0.0" }),
    ]);
    expect(s).toEqual({
      aliases: { champion: "1.0.1", prod: "1.0.0" },
      deprecated: new Set(["1.0.0"]),
      nextSeq: 5,
    });
  });
  it("a history with a hole is refused", () => {
    expect(() => foldHistory([ev(1, { alias: "a" }), ev(3, { alias: "a" })])).toThrow(
      /event 2 is numbered 3/,
    );
  });
});
