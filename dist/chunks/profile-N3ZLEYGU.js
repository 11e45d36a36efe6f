import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  mergeProfiles,
  scanFile
} from "./chunk-CTJ7PGUG.js";
import "./chunk-MEZAY5XX.js";
import {
  readOptionsFrom
} from "./chunk-7X562T77.js";
import "./chunk-SNNBJZIZ.js";
import {
  loadProfile
} from "./chunk-6O7DFYOK.js";
import {
  checkOutputPaths,
  toJson,
  writeOutputs
} from "./chunk-WLXISTF7.js";
import "./chunk-FW7P332B.js";
import {
  resolveFromConfig
} from "./chunk-4UCGVU6C.js";
import "./chunk-TKY34EYT.js";
import "./chunk-T7VKUT63.js";
import "./chunk-Q6CFKWPI.js";
import "./chunk-KZ2VNCYO.js";
import "./chunk-HZQMMYM6.js";
import "./chunk-I2J6S7FN.js";
import "./chunk-FHBWZ2UA.js";
import {
  MlgateError
} from "./chunk-62SJ64MT.js";
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/commands/profile.ts
init_esm_dirname();
async function profileData(loaded, inputs, ports) {
  const data = inputs.data ?? (loaded?.config.data.train ? resolveFromConfig(loaded, loaded.config.data.train) : void 0);
  if (!data)
    throw new MlgateError("no data file to profile", {
      hint: "pass --data <file>, or set `data.train` in mlgate.yml"
    });
  const label = inputs.label ?? loaded?.config?.model?.label;
  await checkOutputPaths([inputs.out]);
  const scan = await scanFile(data, { read: readOptionsFrom(loaded), label, progress: ports.progress });
  await writeOutputs({ [inputs.out]: toJson(scan.profile) });
  return { profile: scan.profile, out: inputs.out };
}
async function mergeProfileFiles(inputs) {
  if (inputs.profiles.length === 0) {
    throw new MlgateError("nothing to merge", { hint: "pass two or more profile.json files" });
  }
  const profiles = await Promise.all(inputs.profiles.map(loadProfile));
  if (!inputs.allowMismatch) {
    const first = new Set(profiles[0].columns.map((c) => c.name));
    for (const [i, p] of profiles.entries()) {
      const names = new Set(p.columns.map((c) => c.name));
      const extra = [...names].filter((n) => !first.has(n));
      const absent = [...first].filter((n) => !names.has(n));
      if (extra.length === 0 && absent.length === 0) continue;
      const list = (xs) => xs.map((n) => `'${n}'`).join(", ");
      throw new MlgateError(
        `its columns differ from those of ${inputs.profiles[0]}: ` + [absent.length ? `it lacks ${list(absent)}` : "", extra.length ? `it adds ${list(extra)}` : ""].filter(Boolean).join(" and "),
        {
          location: { file: inputs.profiles[i] },
          hint: "merge profiles of shards of one table; pass --allow-mismatch to merge anyway (an absent column counts as missing in that profile's rows)"
        }
      );
    }
  }
  const profile = mergeProfiles(profiles);
  await writeOutputs({ [inputs.out]: toJson(profile) });
  return { profile, out: inputs.out };
}
export {
  mergeProfileFiles,
  profileData
};
