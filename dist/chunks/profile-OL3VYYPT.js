import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  loadProfile,
  mergeProfiles,
  scanFile
} from "./chunk-3SPRZ3YN.js";
import "./chunk-E44AUMPY.js";
import {
  readOptionsFrom
} from "./chunk-IWO3NZ66.js";
import {
  toJson,
  writeOutputs
} from "./chunk-E7DB23Y5.js";
import "./chunk-7KZPQ6D6.js";
import "./chunk-I2J6S7FN.js";
import {
  resolveFromConfig
} from "./chunk-THBFYJGS.js";
import "./chunk-HZQMMYM6.js";
import "./chunk-FHBWZ2UA.js";
import {
  MlgateError
} from "./chunk-A4QG2QOJ.js";
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
  const scan = await scanFile(data, { read: readOptionsFrom(loaded), label, progress: ports.progress });
  await writeOutputs({ [inputs.out]: toJson(scan.profile) });
  return { profile: scan.profile, out: inputs.out };
}
async function mergeProfileFiles(inputs) {
  if (inputs.profiles.length === 0) {
    throw new MlgateError("nothing to merge", { hint: "pass two or more profile.json files" });
  }
  const profiles = await Promise.all(inputs.profiles.map(loadProfile));
  const profile = mergeProfiles(profiles);
  await writeOutputs({ [inputs.out]: toJson(profile) });
  return { profile, out: inputs.out };
}
export {
  mergeProfileFiles,
  profileData
};
