import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  init_esm_dirname
} from "./chunks/chunk-OG4VE27J.js";

// src/cli/index.ts
init_esm_dirname();
import module from "node:module";
module.enableCompileCache?.();
var { main } = await import("./chunks/main-F27XBDUG.js");
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
