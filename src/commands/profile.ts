import { type LoadedConfig, resolveFromConfig } from "../core/config/load.js";
import type { Profile } from "../core/contracts/profile.js";
import { loadProfile } from "../core/data/contract-io.js";
import { mergeProfiles } from "../core/data/profile-file.js";
import { readOptionsFrom } from "../core/data/read.js";
import { scanFile } from "../core/data/scan.js";
import { MlgateError } from "../core/errors.js";
import { checkOutputPaths, toJson, writeOutputs } from "../core/io/atomic.js";
import type { DataPorts } from "./validate-data.js";

export interface ProfileInputs {
  data?: string;
  label?: string;
  out: string;
}

export interface ProfileResult {
  profile: Profile;
  out: string;
}

/** `mlgate profile`: one streaming pass over a data file, written as profile.json. */
export async function profileData(
  loaded: LoadedConfig | undefined,
  inputs: ProfileInputs,
  ports: DataPorts,
): Promise<ProfileResult> {
  const data =
    inputs.data ??
    (loaded?.config.data.train ? resolveFromConfig(loaded, loaded.config.data.train) : undefined);
  if (!data)
    throw new MlgateError("no data file to profile", {
      hint: "pass --data <file>, or set `data.train` in mlgate.yml",
    });
  const label = inputs.label ?? (loaded?.config as { model?: { label?: string } } | undefined)?.model?.label;
  await checkOutputPaths([inputs.out]);
  const scan = await scanFile(data, { read: readOptionsFrom(loaded), label, progress: ports.progress });
  await writeOutputs({ [inputs.out]: toJson(scan.profile) });
  return { profile: scan.profile, out: inputs.out };
}

/**
 * `mlgate profile merge`: profiles of shards merged into the profile of the whole. Shards of one
 * table have the same columns; profiles whose columns differ are of different tables (or of a
 * table whose columns changed), and are merged only when the user says so: a column absent from
 * a shard then counts as missing in its rows.
 */
export async function mergeProfileFiles(inputs: {
  profiles: string[];
  out: string;
  allowMismatch?: boolean;
}): Promise<ProfileResult> {
  if (inputs.profiles.length === 0) {
    throw new MlgateError("nothing to merge", { hint: "pass two or more profile.json files" });
  }
  const profiles = await Promise.all(inputs.profiles.map(loadProfile));
  if (!inputs.allowMismatch) {
    const first = new Set(profiles[0]!.columns.map((c) => c.name));
    for (const [i, p] of profiles.entries()) {
      const names = new Set(p.columns.map((c) => c.name));
      const extra = [...names].filter((n) => !first.has(n));
      const absent = [...first].filter((n) => !names.has(n));
      if (extra.length === 0 && absent.length === 0) continue;
      const list = (xs: string[]) => xs.map((n) => `'${n}'`).join(", ");
      throw new MlgateError(
        `its columns differ from those of ${inputs.profiles[0]}: ` +
          [absent.length ? `it lacks ${list(absent)}` : "", extra.length ? `it adds ${list(extra)}` : ""]
            .filter(Boolean)
            .join(" and "),
        {
          location: { file: inputs.profiles[i] },
          hint: "merge profiles of shards of one table; pass --allow-mismatch to merge anyway (an absent column counts as missing in that profile's rows)",
        },
      );
    }
  }
  const profile = mergeProfiles(profiles);
  await writeOutputs({ [inputs.out]: toJson(profile) });
  return { profile, out: inputs.out };
}
