import module from "node:module";
import { prestartPipe } from "../core/data/prestart.js";
import { scannedData } from "./scanned-data.js";

const args = process.argv.slice(2);

// Node ≥ 22.1 keeps the compiled code of the CLI's modules in a cache (in the OS temp directory),
// so later runs start faster; on older Node there is no such cache and this does nothing. It has
// to run before the rest of the CLI is loaded, hence the dynamic import.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
// A command that scans a large CSV file gets its scan's first worker booting while the CLI loads.
const data = scannedData(args);
if (data !== undefined) prestartPipe(data);
const { main } = await import("./main.js");

main(args).then((code) => {
  process.exitCode = code;
});
