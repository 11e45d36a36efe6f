import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/core/ports.ts
init_esm_dirname();
var silentLogger = {
  info() {
  },
  warn() {
  },
  error() {
  },
  debug() {
  },
  group: (_name, fn) => fn()
};
var noProgress = {
  start: () => ({ update() {
  }, done() {
  } })
};

export {
  silentLogger,
  noProgress
};
