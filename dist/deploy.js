import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  setFailed
} from "./chunks/chunk-EANIINQF.js";
import {
  init_esm_dirname
} from "./chunks/chunk-OG4VE27J.js";

// src/actions/deploy.ts
init_esm_dirname();

// src/actions/planned.ts
init_esm_dirname();
function planned(name) {
  setFailed(
    `mlgate ${name} is not available in this release yet. Pin a release that lists it in CHANGELOG.md, or remove this step for now.`
  );
}

// src/actions/deploy.ts
planned("deploy");
