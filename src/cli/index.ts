import module from "node:module";

// Node ≥ 22.1 keeps the compiled code of the CLI's modules in a cache (in the OS temp directory),
// so later runs start faster; on older Node there is no such cache and this does nothing. It has
// to run before the rest of the CLI is loaded, hence the dynamic import.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const { main } = await import("./main.js");

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
