import { readFile } from "node:fs/promises";
import { type Profile, profileContract } from "../contracts/profile.js";
import { MlgateError } from "../errors.js";

/** Reads a profile.json with errors that name the file and the offending key. */
export async function loadProfile(path: string): Promise<Profile> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    throw new MlgateError(`cannot read the profile (${(e as NodeJS.ErrnoException).code})`, {
      location: { file: path },
      hint: "write one with `mlgate profile --data <file> --out <profile.json>`",
    });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new MlgateError(`the profile is not valid JSON: ${(e as Error).message}`, {
      location: { file: path },
    });
  }
  const parsed = profileContract.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new MlgateError(`not an mlgate profile: ${issue.message}`, {
      location: { file: path, key: issue.path.join(".") },
      hint: "profiles are written by `mlgate profile` or validate-data (schema mlgate/profile@1)",
    });
  }
  return parsed.data;
}
