import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  loadProfile,
  mergeProfiles,
  scanFile
} from "./chunk-452AVMO7.js";
import "./chunk-MEZAY5XX.js";
import {
  readOptionsFrom
} from "./chunk-G5XNZKQM.js";
import {
  checkOutputPaths,
  toJson,
  writeOutputs
} from "./chunk-CLQB43L4.js";
import "./chunk-SNNBJZIZ.js";
import "./chunk-I2J6S7FN.js";
import {
  resolveFromConfig
} from "./chunk-3HOJBQF3.js";
import "./chunk-T7VKUT63.js";
import "./chunk-D5IIECHQ.js";
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
  const profile = mergeProfiles(profiles);
  await writeOutputs({ [inputs.out]: toJson(profile) });
  return { profile, out: inputs.out };
}
export {
  mergeProfileFiles,
  profileData
};
