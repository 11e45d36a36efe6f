import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  prestartPipe
} from "./chunks/chunk-MEZAY5XX.js";
import "./chunks/chunk-SNNBJZIZ.js";
import "./chunks/chunk-62SJ64MT.js";
import {
  init_esm_dirname
} from "./chunks/chunk-OG4VE27J.js";

// src/cli/index.ts
init_esm_dirname();
import module from "node:module";

// src/cli/scanned-data.ts
init_esm_dirname();
function scannedData(argv) {
  const command = argv.find((a) => !a.startsWith("-"));
  if (command !== "validate-data" && command !== "profile" && command !== "schema") return void 0;
  const k = argv.findIndex((a) => a === "--data" || a.startsWith("--data="));
  if (k < 0) return void 0;
  const flag = argv[k];
  return flag.startsWith("--data=") ? flag.slice("--data=".length) : argv[k + 1];
}

// src/cli/index.ts
var args = process.argv.slice(2);
module.enableCompileCache?.();
var data = scannedData(args);
if (data !== void 0) prestartPipe(data);
var { main } = await import("./chunks/main-WJLT7EIK.js");
main(args).then((code) => {
  process.exitCode = code;
});
