import * as z from "zod";

export const registrySection = z
  .strictObject({
    backend: z
      .enum(["dir", "github"])
      .default("dir")
      .describe(
        "Where versions live: `dir`, files under `path`; `github`, tags and releases of the workflow's repository (GITHUB_REPOSITORY, GITHUB_TOKEN).",
      ),
    path: z
      .string()
      .min(1)
      .default(".mlgate/registry")
      .describe("Registry directory (dir backend), relative to mlgate.yml."),
    champion: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]*$/, "lowercase letters, digits, '.', '_' or '-'")
      .default("champion")
      .describe("Alias evaluate compares a candidate with when no baseline is given."),
    aliases: z
      .array(z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, "lowercase letters, digits, '.', '_' or '-'"))
      .optional()
      .describe("Aliases (stages) that may be assigned, e.g. [champion, staging, prod]. Default: any name."),
  })
  .describe("The model registry: versions, aliases and their history.");
export type RegistryConfig = z.infer<typeof registrySection>;
