import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { MODEL_MANIFEST_FILE, type ModelManifest, modelManifestSchema } from "../contracts/model.js";
import { MlgateError } from "../errors.js";

/** Read and validate a bundle's manifest; errors name the file and the offending key. */
export async function readManifest(dir: string): Promise<ModelManifest> {
  const file = join(dir, MODEL_MANIFEST_FILE);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    throw new MlgateError(
      `no model bundle at ${dir}: cannot read ${MODEL_MANIFEST_FILE} (${(e as NodeJS.ErrnoException).code ?? e})`,
      {
        location: { file },
        hint: "pass the directory that `mlgate train` wrote (<out>/model)",
      },
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new MlgateError(`${MODEL_MANIFEST_FILE} is not valid JSON: ${(e as Error).message}`, {
      location: { file },
    });
  }
  const parsed = modelManifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = issue.path.join(".") || "(top level)";
    throw new MlgateError(`${MODEL_MANIFEST_FILE}: ${key}: ${issue.message}`, {
      location: { file, key },
      hint: "a bundle manifest follows the mlgate/model@1 schema (docs/model-bundle.md); this one was written by another tool or edited by hand",
    });
  }
  return parsed.data;
}
