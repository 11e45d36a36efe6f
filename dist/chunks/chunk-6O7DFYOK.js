import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  profileContract
} from "./chunk-FW7P332B.js";
import {
  require_dist
} from "./chunk-HZQMMYM6.js";
import {
  MlgateError
} from "./chunk-62SJ64MT.js";
import {
  __toESM,
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/core/data/contract-io.ts
init_esm_dirname();
var import_yaml = __toESM(require_dist(), 1);
import { readFile } from "node:fs/promises";
async function loadContractFile(path, contract, what) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    throw new MlgateError(`cannot read the ${what.name} (${e.code})`, {
      location: { file: path },
      hint: what.missingHint
    });
  }
  const yaml = /\.ya?ml$/i.test(path);
  let raw;
  try {
    raw = yaml ? (0, import_yaml.parse)(text) : JSON.parse(text);
  } catch (e) {
    throw new MlgateError(
      `the ${what.name} is not valid ${yaml ? "YAML" : "JSON"}: ${e.message}`,
      {
        location: { file: path }
      }
    );
  }
  const parsed = contract.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new MlgateError(`invalid ${what.name}: ${issue.message}`, {
      location: { file: path, key: issue.path.join(".") },
      hint: what.invalidHint
    });
  }
  return parsed.data;
}
function loadProfile(path) {
  return loadContractFile(path, profileContract, {
    name: "profile",
    missingHint: "write one with `mlgate profile --data <file> --out <profile.json>`",
    invalidHint: "profiles are written by `mlgate profile` or validate-data (schema mlgate/profile@1)"
  });
}

export {
  loadContractFile,
  loadProfile
};
