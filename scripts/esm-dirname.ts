/**
 * Injected by the build wherever bundled CommonJS code reads `__dirname`/`__filename` (the wasm
 * backend's emscripten loader does), which ESM output does not define.
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

export const __filename = fileURLToPath(import.meta.url);
export const __dirname = dirname(__filename);
