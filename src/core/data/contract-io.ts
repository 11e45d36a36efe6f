import { readFile } from "node:fs/promises";
import { parse as parseYaml } from "yaml";
import type * as z from "zod";
import { type Profile, profileContract } from "../contracts/profile.js";
import { MlgateError } from "../errors.js";

/**
 * Reads a contract file (JSON, or YAML by extension) and validates it with its zod schema; every
 * failure is a MlgateError naming the file, and for an invalid value the key.
 */
export async function loadContractFile<T>(
  path: string,
  contract: z.ZodType<T>,
  what: { name: string; missingHint: string; invalidHint: string },
): Promise<T> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    throw new MlgateError(`cannot read the ${what.name} (${(e as NodeJS.ErrnoException).code})`, {
      location: { file: path },
      hint: what.missingHint,
    });
  }
  const yaml = /\.ya?ml$/i.test(path);
  let raw: unknown;
  try {
    raw = yaml ? parseYaml(text) : JSON.parse(text);
  } catch (e) {
    throw new MlgateError(
      `the ${what.name} is not valid ${yaml ? "YAML" : "JSON"}: ${(e as Error).message}`,
      {
        location: { file: path },
      },
    );
  }
  const parsed = contract.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new MlgateError(`invalid ${what.name}: ${issue.message}`, {
      location: { file: path, key: issue.path.join(".") },
      hint: what.invalidHint,
    });
  }
  return parsed.data;
}

export function loadProfile(path: string): Promise<Profile> {
  return loadContractFile(path, profileContract, {
    name: "profile",
    missingHint: "write one with `mlgate profile --data <file> --out <profile.json>`",
    invalidHint: "profiles are written by `mlgate profile` or validate-data (schema mlgate/profile@1)",
  });
}
