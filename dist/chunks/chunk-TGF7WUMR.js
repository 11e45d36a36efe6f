import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  loadCommandConfig
} from "./chunk-4UCGVU6C.js";
import {
  debug,
  error,
  getInput,
  group,
  info,
  setFailed,
  setOutput,
  summary,
  warning
} from "./chunk-EANIINQF.js";
import {
  MlgateError,
  isMlgateError
} from "./chunk-62SJ64MT.js";
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/actions/door.ts
init_esm_dirname();
function inputReader(getInput2 = (n) => getInput(n)) {
  const str = (name) => {
    const v = getInput2(name).trim();
    return v === "" ? void 0 : v;
  };
  return {
    string: str,
    required(name) {
      const v = str(name);
      if (v === void 0)
        throw new MlgateError(`input '${name}' is required`, { hint: `add \`${name}:\` under \`with:\`` });
      return v;
    },
    bool(name) {
      const v = str(name);
      if (v === void 0) return void 0;
      if (/^(true|yes|on|1)$/i.test(v)) return true;
      if (/^(false|no|off|0)$/i.test(v)) return false;
      throw new MlgateError(`input '${name}' must be true or false, got '${v}'`);
    },
    int(name) {
      const v = str(name);
      if (v === void 0) return void 0;
      const n = Number(v);
      if (!Number.isInteger(n)) throw new MlgateError(`input '${name}' must be an integer, got '${v}'`);
      return n;
    },
    list(name) {
      const v = str(name);
      if (v === void 0) return void 0;
      return v.split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
    }
  };
}
function actionsLogger() {
  const props = (w) => w ? { file: w.file, startLine: w.line, title: w.title } : void 0;
  return {
    info: (m) => info(m),
    warn: (m, w) => warning(m, props(w)),
    error: (m, w) => error(m, props(w)),
    debug: (m) => debug(m),
    group: (name, fn) => group(name, fn)
  };
}
function actionsProgress() {
  return {
    start(label, total) {
      let lastDecile = -1;
      const t0 = Date.now();
      return {
        update(done, note) {
          if (!total) return;
          const decile = Math.floor(10 * done / total);
          if (decile > lastDecile) {
            lastDecile = decile;
            info(`${label}: ${decile * 10}%${note ? ` ${note}` : ""}`);
          }
        },
        done(note) {
          info(`${label}: done in ${((Date.now() - t0) / 1e3).toFixed(1)}s${note ? ` \u2014 ${note}` : ""}`);
        }
      };
    }
  };
}
async function runAction(spec, read = inputReader()) {
  const logger = actionsLogger();
  try {
    const inputs = spec.inputs(read);
    const env = {
      logger,
      progress: actionsProgress(),
      config: (opts = {}) => loadCommandConfig(read.string("config"), opts)
    };
    const result = await spec.run(inputs, env);
    for (const [k, v] of Object.entries(spec.outputs(result))) {
      if (v !== void 0) setOutput(k, String(v));
    }
    const md = spec.summary?.(result);
    if (md) await summary.addRaw(md, true).write();
    const failure = spec.failure?.(result);
    if (failure) setFailed(failure);
  } catch (e) {
    if (isMlgateError(e)) {
      for (const problem of e.problems ?? [e]) {
        const { file, line, column } = problem.location;
        error(problem.hint ? `${problem.message}
hint: ${problem.hint}` : problem.message, {
          title: `mlgate ${spec.name}`,
          file,
          startLine: line,
          startColumn: column
        });
      }
      setFailed(e.problems ? e.format() : e.message);
    } else {
      setFailed(`mlgate ${spec.name}: internal error: ${e?.stack ?? String(e)}`);
    }
  }
}

export {
  runAction
};
