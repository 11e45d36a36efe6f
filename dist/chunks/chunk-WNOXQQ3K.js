import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  GITHUB_COMMENT_LIMIT,
  benjaminiHochbergAdjust,
  details,
  fitToBudget,
  mermaidNumber,
  pairedBootstrap,
  quantileSorted,
  renderCommentHtml,
  require_lib as require_lib6,
  safeUrl,
  summarise,
  table,
  twoSidedNormalP
} from "./chunk-27HNNM5J.js";
import {
  alignPredictions
} from "./chunk-Y7VMZH5F.js";
import {
  INFERENCE_LOG_FIELDS,
  INFERENCE_LOG_FILE
} from "./chunk-HY55DCKM.js";
import {
  parseRef
} from "./chunk-YGBQGAWD.js";
import {
  require_lib,
  require_lib2,
  require_lib3,
  require_lib6 as require_lib4,
  require_lib7 as require_lib5
} from "./chunk-UIJ5YEQO.js";
import {
  mergeProfiles,
  scanFile
} from "./chunk-CTJ7PGUG.js";
import {
  CELL_BOOL,
  CELL_DATETIME,
  CELL_FLOAT,
  CELL_INT,
  CELL_MISSING,
  CELL_STRING,
  KllSketch,
  inferColumnType,
  noRowsError,
  openSource,
  readOptionsFrom,
  readTable
} from "./chunk-7X562T77.js";
import {
  bundledWorker
} from "./chunk-SNNBJZIZ.js";
import {
  loadProfile
} from "./chunk-6O7DFYOK.js";
import {
  formatCount,
  formatNumber,
  formatPValue,
  plural
} from "./chunk-EZI4AYPW.js";
import {
  clip,
  escapeCode,
  escapeMarkdown,
  escapeMermaidLabel
} from "./chunk-Z2KXVVDY.js";
import {
  checkOutputPaths,
  toJson,
  writeOutputs
} from "./chunk-WLXISTF7.js";
import {
  classificationKernel,
  metricDirection,
  regressionKernel,
  scoreAll
} from "./chunk-T7VKUT63.js";
import {
  driftSection
} from "./chunk-Q6CFKWPI.js";
import {
  _enum,
  array,
  boolean,
  literal,
  number,
  record,
  strictObject,
  string,
  union
} from "./chunk-FHBWZ2UA.js";
import {
  MlgateError
} from "./chunk-62SJ64MT.js";
import {
  __commonJS,
  __toESM,
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// node_modules/@stdlib/stats-base-dists-gamma-cdf/lib/main.js
var require_main = __commonJS({
  "node_modules/@stdlib/stats-base-dists-gamma-cdf/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var gammainc = require_lib4();
    var isnan = require_lib2();
    var PINF = require_lib3();
    function cdf(x, alpha, beta) {
      if (isnan(x) || isnan(alpha) || isnan(beta) || alpha < 0 || beta <= 0) {
        return NaN;
      }
      if (alpha === 0) {
        return x < 0 ? 0 : 1;
      }
      if (x <= 0) {
        return 0;
      }
      if (x === PINF) {
        return 1;
      }
      return gammainc(x * beta, alpha);
    }
    module.exports = cdf;
  }
});

// node_modules/@stdlib/stats-base-dists-gamma-cdf/lib/factory.js
var require_factory = __commonJS({
  "node_modules/@stdlib/stats-base-dists-gamma-cdf/lib/factory.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var constantFunction = require_lib5();
    var degenerate = require_lib6().factory;
    var gammainc = require_lib4();
    var isnan = require_lib2();
    var PINF = require_lib3();
    function factory(alpha, beta) {
      if (isnan(alpha) || isnan(beta) || alpha < 0 || beta <= 0) {
        return constantFunction(NaN);
      }
      if (alpha === 0) {
        return degenerate(0);
      }
      return cdf;
      function cdf(x) {
        if (x <= 0) {
          return 0;
        }
        if (x === PINF) {
          return 1;
        }
        return gammainc(x * beta, alpha);
      }
    }
    module.exports = factory;
  }
});

// node_modules/@stdlib/stats-base-dists-gamma-cdf/lib/index.js
var require_lib7 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-gamma-cdf/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var setReadOnly = require_lib();
    var main = require_main();
    var factory = require_factory();
    setReadOnly(main, "factory", factory);
    module.exports = main;
  }
});

// node_modules/@stdlib/stats-base-dists-chisquare-cdf/lib/main.js
var require_main2 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-chisquare-cdf/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var gammaCDF = require_lib7();
    function cdf(x, k) {
      return gammaCDF(x, k / 2, 0.5);
    }
    module.exports = cdf;
  }
});

// node_modules/@stdlib/stats-base-dists-chisquare-cdf/lib/factory.js
var require_factory2 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-chisquare-cdf/lib/factory.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var gammaFactory = require_lib7().factory;
    function factory(k) {
      return gammaFactory(k / 2, 0.5);
    }
    module.exports = factory;
  }
});

// node_modules/@stdlib/stats-base-dists-chisquare-cdf/lib/index.js
var require_lib8 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-chisquare-cdf/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var setReadOnly = require_lib();
    var main = require_main2();
    var factory = require_factory2();
    setReadOnly(main, "factory", factory);
    module.exports = main;
  }
});

// src/commands/drift-check.ts
init_esm_dirname();
import { open, readdir, readFile, stat as stat2 } from "node:fs/promises";
import { extname, join } from "node:path";

// src/core/contracts/drift.ts
init_esm_dirname();
var DRIFT_SCHEMA = "mlgate/drift@1";
var driftStatus = _enum(["drift", "no_drift", "insufficient_data"]);
var driftTest = strictObject({
  /** Registry id: `ks`, `wasserstein`, `psi`, `chi2`, `jensen_shannon`, `linf`, `missing_rate`, `out_of_range`. */
  test: string(),
  statistic: number(),
  /** Null for distances that carry no p-value (Wasserstein, PSI, JS, L∞). */
  p_value: number().nullable(),
  /** How it was computed: `exact`, `asymptotic`, `sketch` (KS from quantile sketches). */
  method: string().optional(),
  /** Added to the statistic's uncertainty when computed from sketches (KS: the sketch's rank error). */
  error: number().optional(),
  /** Extra figures the test reports (e.g. raw Wasserstein next to the normalised one, degrees of freedom). */
  detail: record(string(), union([number(), string(), boolean()])).optional()
});
var driftDistribution = strictObject({
  bins: array(string()),
  reference: array(number()),
  current: array(number())
});
var driftColumn = strictObject({
  name: string(),
  kind: _enum(["numeric", "categorical"]),
  /** Rows seen and missing on each side. */
  reference: strictObject({
    rows: number().int().nonnegative(),
    missing: number().int().nonnegative()
  }),
  current: strictObject({ rows: number().int().nonnegative(), missing: number().int().nonnegative() }),
  tests: array(driftTest),
  /** The test whose p-value enters the BH family, and the one whose statistic is the effect size. */
  p_test: string(),
  effect_test: string(),
  p_value: number().nullable(),
  adjusted_p_value: number().nullable(),
  effect_size: number().nullable(),
  effect_threshold: number(),
  critical: boolean(),
  status: driftStatus,
  drifted: boolean(),
  /** With `insufficient_data`: how many more non-null current rows the column needs. */
  rows_needed: number().int().positive().optional(),
  new_categories: array(string()).optional(),
  vanished_categories: array(string()).optional(),
  distribution: driftDistribution.optional()
});
var driftReportContract = strictObject({
  schema: literal(DRIFT_SCHEMA),
  model: string().optional(),
  reference: strictObject({
    /** What was given: a registry ref, a profile path, a data path. */
    source: string(),
    kind: _enum(["registry", "profile", "data"]),
    rows: number().int().nonnegative(),
    version: string().optional(),
    digest: string().optional()
  }),
  current: strictObject({
    source: string(),
    kind: _enum(["data", "inference-log", "profile"]),
    rows: number().int().nonnegative(),
    /** ISO time window start with `--since`. */
    since: string().optional()
  }),
  /** `exact` when both sides were read as data, `sketch` when either side is a profile. */
  mode: _enum(["exact", "sketch"]),
  alpha: number(),
  correction: literal("benjamini-hochberg"),
  /** Share of columns (with a decision) that drifted, and the share at which the dataset drifts. */
  drift_share: number(),
  drift_share_threshold: number(),
  status: driftStatus,
  drifted: boolean(),
  drifted_columns: array(string()),
  columns: array(driftColumn),
  /** Columns of the data left out of the comparison, and why (the label, a datetime column, drift.columns ignore). */
  not_compared: array(strictObject({ name: string(), reason: string() })).optional(),
  /** Drift of the model's own outputs (inference log against the reference predictions). */
  prediction: driftColumn.optional(),
  /** Label-based check when labels arrived later: metric now against the one registered. */
  performance: strictObject({
    /** Served rows with a label (joined by request id and row). */
    rows: number().int().nonnegative(),
    /** Labels that matched no logged row (another window, another server, a typo in the ids). */
    unmatched_labels: number().int().nonnegative().optional(),
    metrics: array(
      strictObject({
        metric: string(),
        registered: number(),
        current: number(),
        diff: number(),
        ci_low: number().optional(),
        ci_high: number().optional(),
        degraded: boolean()
      })
    ),
    degraded: boolean()
  }).optional(),
  generated_at: string()
});

// src/core/drift/alert.ts
init_esm_dirname();
var HISTORY_NAMES = 10;
var STATE_OPEN = "<!-- mlgate:drift-state ";
var STATE_CLOSE = " -->";
function driftAlertKey(model) {
  return `drift:${model}`;
}
function readAlertState(body) {
  if (!body) return void 0;
  const at = body.lastIndexOf(STATE_OPEN);
  if (at < 0) return void 0;
  const end = body.indexOf(STATE_CLOSE, at + STATE_OPEN.length);
  if (end < 0) return void 0;
  try {
    const json = Buffer.from(body.slice(at + STATE_OPEN.length, end), "base64url").toString("utf8");
    const state = JSON.parse(json);
    return state && state.v === 1 && Array.isArray(state.history) ? state : void 0;
  } catch {
    return void 0;
  }
}
function stateBlock(state) {
  return `${STATE_OPEN}${Buffer.from(JSON.stringify(state), "utf8").toString("base64url")}${STATE_CLOSE}`;
}
function nextAlertState(previous, run, keep, dispatch) {
  const entry = {
    ...run,
    drifted: run.drifted.slice(0, HISTORY_NAMES),
    count: run.count ?? run.drifted.length
  };
  const history = [entry, ...previous?.history ?? []].slice(0, Math.max(1, keep));
  const last = dispatch ?? previous?.dispatch;
  return { v: 1, history, ...last ? { dispatch: last } : {} };
}
var STATUS_TEXT = {
  drift: "\u274C drift",
  no_drift: "\u2705 no drift",
  insufficient_data: "\u26A0\uFE0F insufficient data"
};
function renderHistory(state) {
  const rows = state.history.map((h) => [
    escapeMarkdown(h.at),
    STATUS_TEXT[h.status],
    h.drifted.length ? escapeMarkdown(h.drifted.slice(0, 5).join(", ") + (h.drifted.length > 5 ? ", \u2026" : "")) : "\u2013",
    h.url ? `[run](${h.url})` : "\u2013"
  ]);
  const parts = [
    `### Recent runs

${table(["time", "status", "drifted columns", "run"], rows, ["l", "l", "l", "l"])}`
  ];
  if (state.dispatch) {
    parts.push(
      `Last retraining dispatch: ${escapeMarkdown(state.dispatch.at)} (${escapeMarkdown(state.dispatch.target)})` + (state.dispatch.url ? `, [run](${state.dispatch.url})` : "")
    );
  }
  return parts.join("\n\n");
}
function renderAlertBody(report, state) {
  return `${report.trimEnd()}

${renderHistory(state)}

${stateBlock(state)}
`;
}
function reportBudget(limit, state) {
  return limit - renderAlertBody("", state).length;
}
var UNIT_MS = { s: 1e3, m: 6e4, h: 36e5, d: 864e5, w: 6048e5 };
function parseDuration(text, what = "duration") {
  const m = /^(\d+(?:\.\d+)?)([smhdw])$/.exec(text.trim());
  if (!m) {
    throw new MlgateError(`${what} '${text}' is not a duration`, {
      hint: "write a number and a unit: 30m, 12h, 7d or 2w (s, m, h, d, w)"
    });
  }
  return Number(m[1]) * UNIT_MS[m[2]];
}
function decideDispatch(input) {
  if (!input.drifted) return { dispatch: false, reason: "no drift" };
  if (input.last?.running) {
    return {
      dispatch: false,
      reason: `a retraining run started ${input.last.at} is still running${input.last.url ? ` (${input.last.url})` : ""}`
    };
  }
  const times = [input.recorded?.at, input.last?.at].map((t) => t === void 0 ? Number.NaN : Date.parse(t)).filter(Number.isFinite);
  if (times.length) {
    const latest = Math.max(...times);
    const wait = latest + input.cooldownMs - input.now.getTime();
    if (wait > 0) {
      return {
        dispatch: false,
        reason: `the last dispatch was at ${new Date(latest).toISOString()}, within the cool-down (${Math.ceil(wait / 6e4)} min left)`
      };
    }
  }
  return { dispatch: true, reason: "the data drifted and no dispatch is running or cooling down" };
}

// src/core/drift/compare.ts
init_esm_dirname();

// src/core/drift/categorical.ts
init_esm_dirname();
var import_stats_base_dists_chisquare_cdf = __toESM(require_lib8(), 1);

// src/core/drift/prepare.ts
init_esm_dirname();

// src/core/drift/ecdf.ts
init_esm_dirname();

// src/core/stats/sort.ts
init_esm_dirname();
var RADIX_MIN = 4096;
function sortFloat64(values) {
  const n = values.length;
  const out = Float64Array.from(values);
  if (n < RADIX_MIN) return out.sort();
  const words = new Uint32Array(out.buffer);
  for (let i = 0; i < n; i++) {
    const hi = words[2 * i + 1];
    if (hi & 2147483648) {
      words[2 * i] = ~words[2 * i] >>> 0;
      words[2 * i + 1] = ~hi >>> 0;
    } else words[2 * i + 1] = (hi | 2147483648) >>> 0;
  }
  let src = words;
  let dst = new Uint32Array(2 * n);
  const counts = new Uint32Array(65536);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass >> 1;
    const shift = (pass & 1) * 16;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[src[2 * i + word] >>> shift & 65535]++;
    if (counts[src[word] >>> shift & 65535] === n) continue;
    let sum = 0;
    for (let d = 0; d < 65536; d++) {
      const c = counts[d];
      counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const lo = src[2 * i];
      const hi = src[2 * i + 1];
      const at = 2 * counts[(word ? hi : lo) >>> shift & 65535]++;
      dst[at] = lo;
      dst[at + 1] = hi;
    }
    [src, dst] = [dst, src];
  }
  for (let i = 0; i < n; i++) {
    const hi = src[2 * i + 1];
    if (hi & 2147483648) words[2 * i + 1] = (hi & 2147483647) >>> 0;
    else {
      words[2 * i] = ~src[2 * i] >>> 0;
      words[2 * i + 1] = ~hi >>> 0;
      continue;
    }
    words[2 * i] = src[2 * i];
  }
  return out;
}

// src/core/drift/ecdf.ts
function ecdfOf(values, alreadySorted = false) {
  const sorted = alreadySorted ? values : sortFloat64(values);
  return { values: sorted, cumulative: null, total: sorted.length };
}
function sketchCdf(state) {
  let size = 0;
  for (const level of state.levels) size += level.length;
  const order = new Float64Array(size);
  const weight = new Float64Array(size);
  let at = 0;
  state.levels.forEach((level, h) => {
    for (const v of level) {
      order[at] = v;
      weight[at++] = 2 ** h;
    }
  });
  const idx = Array.from({ length: size }, (_, i) => i).sort((a, b) => order[a] - order[b]);
  const values = new Float64Array(size);
  const cumulative = new Float64Array(size);
  let acc = 0;
  idx.forEach((i, k) => {
    acc += weight[i];
    values[k] = order[i];
    cumulative[k] = acc;
  });
  return { values, cumulative, total: acc };
}
var weightThrough = (c, count) => count === 0 ? 0 : c.cumulative ? c.cumulative[count - 1] : count;
function upperBound(values, x) {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (values[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function lowerBound(values, x) {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (values[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function cdfAt(c, x) {
  return c.total === 0 ? 0 : weightThrough(c, upperBound(c.values, x)) / c.total;
}
function cdfBelow(c, x) {
  return c.total === 0 ? 0 : weightThrough(c, lowerBound(c.values, x)) / c.total;
}
function walk(a, b) {
  const av = a.values;
  const bv = b.values;
  const na = av.length;
  const nb = bv.length;
  let i = 0;
  let j = 0;
  let dPlus = 0;
  let dMinus = 0;
  let sum = 0;
  let comp = 0;
  const ac = a.cumulative;
  const bc = b.cumulative;
  while (i < na || j < nb) {
    const x = i < na && (j >= nb || av[i] <= bv[j]) ? av[i] : bv[j];
    while (i < na && av[i] <= x) i++;
    while (j < nb && bv[j] <= x) j++;
    const fa = ac === null ? i / a.total : i === 0 ? 0 : ac[i - 1] / a.total;
    const fb = bc === null ? j / b.total : j === 0 ? 0 : bc[j - 1] / b.total;
    const diff = fa - fb;
    if (diff > dPlus) dPlus = diff;
    if (-diff > dMinus) dMinus = -diff;
    if (i < na || j < nb) {
      const next = i < na && (j >= nb || av[i] <= bv[j]) ? av[i] : bv[j];
      const term = Math.abs(diff) * (next - x);
      const t = sum + term;
      comp += Math.abs(sum) >= Math.abs(term) ? sum - t + term : term - t + sum;
      sum = t;
    }
  }
  return { dPlus: Math.min(dPlus, 1), dMinus: Math.min(dMinus, 1), wasserstein: sum + comp };
}

// src/core/drift/side.ts
init_esm_dirname();
function isSketch(c) {
  return c.kind === "numeric" && "summary" in c;
}

// src/core/drift/prepare.ts
var OTHER = "(other)";
function numericSample(c) {
  if (c.kind !== "numeric") throw new Error(`column ${c.name} is not numeric`);
  if (isSketch(c)) {
    const s = c.summary;
    return {
      cdf: sketchCdf(s.sketch),
      n: s.count,
      mean: s.mean,
      std: s.std,
      min: s.min,
      max: s.max,
      exact: false,
      rankError: c.rankError,
      sketch: KllSketch.from(s.sketch)
    };
  }
  const cdf = ecdfOf(c.values, c.sorted === true);
  const v = cdf.values;
  const n = v.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += (v[i] - mean) / (i + 1);
  let m2 = 0;
  for (let i = 0; i < n; i++) m2 += (v[i] - mean) ** 2;
  return {
    cdf,
    n,
    mean: n ? mean : 0,
    std: n > 1 ? Math.sqrt(m2 / (n - 1)) : 0,
    min: n ? v[0] : 0,
    max: n ? v[n - 1] : 0,
    exact: true,
    rankError: 0
  };
}
var PSI_QUANTILES = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
function psiEdges(ref) {
  if (ref.n === 0) return [];
  const qs = ref.sketch ? ref.sketch.quantiles(PSI_QUANTILES) : PSI_QUANTILES.map((q) => quantileSorted(ref.cdf.values, q));
  return [...new Set(qs)].sort((a, b) => a - b);
}
function categoricalSample(c) {
  if (c.kind !== "categorical") throw new Error(`column ${c.name} is not categorical`);
  const n = c.rows - c.missing;
  const counts = new Map(c.counts);
  let sum = 0;
  for (const v of counts.values()) sum += v;
  if (sum < n) counts.set(OTHER, (counts.get(OTHER) ?? 0) + (n - sum));
  return { counts, n: Math.max(n, sum), exact: c.exact };
}
function numericAsCategorical(c) {
  if (c.kind !== "numeric" || isSketch(c)) return c;
  const counts = /* @__PURE__ */ new Map();
  for (const v of c.values) {
    const k = String(v);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return { name: c.name, kind: "categorical", rows: c.rows, missing: c.missing, counts, exact: true };
}

// src/core/drift/categorical.ts
var CHI2_MIN_EXPECTED = 5;
var MAX_NAMED_CATEGORIES = 50;
function categoryTable(pair) {
  const names = /* @__PURE__ */ new Set([...pair.ref.counts.keys(), ...pair.cur.counts.keys()]);
  const rows = [...names].map((k) => ({ k, r: pair.ref.counts.get(k) ?? 0, c: pair.cur.counts.get(k) ?? 0 }));
  rows.sort((a, b) => b.r + b.c - (a.r + a.c) || (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
  return { categories: rows.map((x) => x.k), ref: rows.map((x) => x.r), cur: rows.map((x) => x.c) };
}
function poolRare(t) {
  const nr = t.ref.reduce((a, b) => a + b, 0);
  const nc = t.cur.reduce((a, b) => a + b, 0);
  const total = nr + nc;
  const out = { categories: [], ref: [], cur: [] };
  let otherR = 0;
  let otherC = 0;
  let pooled = 0;
  t.categories.forEach((k, i) => {
    const col = t.ref[i] + t.cur[i];
    const minExpected = col * Math.min(nr, nc) / total;
    if (k === OTHER || minExpected < CHI2_MIN_EXPECTED) {
      otherR += t.ref[i];
      otherC += t.cur[i];
      if (k !== OTHER) pooled++;
    } else {
      out.categories.push(k);
      out.ref.push(t.ref[i]);
      out.cur.push(t.cur[i]);
    }
  });
  if (otherR + otherC > 0) {
    out.categories.push(OTHER);
    out.ref.push(otherR);
    out.cur.push(otherC);
  }
  return { table: out, pooled };
}
function chi2Homogeneity(ref, cur) {
  const k = ref.length;
  const nr = ref.reduce((a, b) => a + b, 0);
  const nc = cur.reduce((a, b) => a + b, 0);
  const total = nr + nc;
  const dof = k - 1;
  if (dof < 1 || nr === 0 || nc === 0)
    return { statistic: 0, pValue: 1, dof: Math.max(dof, 0), yates: false };
  const yates = dof === 1;
  let stat3 = 0;
  for (let j = 0; j < k; j++) {
    const col = ref[j] + cur[j];
    for (const [obs, rowTotal] of [
      [ref[j], nr],
      [cur[j], nc]
    ]) {
      const e = rowTotal * col / total;
      let diff = obs - e;
      if (yates) diff = Math.sign(diff) * Math.max(0, Math.abs(diff) - 0.5);
      stat3 += diff * diff / e;
    }
  }
  return { statistic: stat3, pValue: Math.min(1, Math.max(0, 1 - (0, import_stats_base_dists_chisquare_cdf.default)(stat3, dof))), dof, yates };
}
function chi2Test(pair) {
  const { table: table2, pooled } = poolRare(categoryTable(pair));
  const r = chi2Homogeneity(table2.ref, table2.cur);
  const n = pair.ref.n + pair.cur.n;
  const v = n > 0 ? Math.min(1, Math.sqrt(r.statistic / n)) : 0;
  return {
    test: "chi2",
    statistic: r.statistic,
    p_value: r.pValue,
    method: pair.ref.exact && pair.cur.exact ? "asymptotic" : "sketch",
    detail: { dof: r.dof, yates: r.yates, cramers_v: v, pooled_categories: pooled }
  };
}
function shares(counts) {
  const n = counts.reduce((a, b) => a + b, 0);
  return counts.map((c) => n > 0 ? c / n : 0);
}
function jensenShannonDistance(pCounts, qCounts) {
  const p = shares(pCounts);
  const q = shares(qCounts);
  let js = 0;
  for (let i = 0; i < p.length; i++) {
    const m = (p[i] + q[i]) / 2;
    if (p[i] > 0) js += p[i] * Math.log(p[i] / m);
    if (q[i] > 0) js += q[i] * Math.log(q[i] / m);
  }
  return Math.min(1, Math.sqrt(Math.max(0, js / 2 / Math.LN2)));
}
function jensenShannonTest(pair) {
  const t = categoryTable(pair);
  return { test: "jensen_shannon", statistic: jensenShannonDistance(t.ref, t.cur), p_value: null };
}
function linfTest(pair) {
  const t = categoryTable(pair);
  const p = shares(t.ref);
  const q = shares(t.cur);
  let max = 0;
  let at = "";
  p.forEach((pi, i) => {
    const d = Math.abs(pi - q[i]);
    if (d > max) {
      max = d;
      at = t.categories[i];
    }
  });
  return { test: "linf", statistic: max, p_value: null, detail: { category: at } };
}
function newAndVanished(pair) {
  const t = categoryTable(pair);
  const added = [];
  const vanished = [];
  t.categories.forEach((k, i) => {
    if (k === OTHER) return;
    if (t.ref[i] === 0 && t.cur[i] > 0) added.push(k);
    if (t.cur[i] === 0 && t.ref[i] > 0) vanished.push(k);
  });
  return { added, vanished };
}
function categoricalOutOfRange(pair) {
  const { added, vanished } = newAndVanished(pair);
  let rows = 0;
  for (const k of added) rows += pair.cur.counts.get(k) ?? 0;
  return {
    test: "out_of_range",
    statistic: pair.cur.n > 0 ? rows / pair.cur.n : 0,
    p_value: null,
    detail: { new_categories: added.length, vanished_categories: vanished.length }
  };
}

// src/core/drift/numeric.ts
init_esm_dirname();

// src/core/stats/kolmogorov.ts
init_esm_dirname();
var E128 = 2 ** 128;
var EM128 = 2 ** -128;
var LOG_2PI = Math.log(2 * Math.PI);
var SQRT2PI = Math.sqrt(2 * Math.PI);
var SQRT3 = Math.sqrt(3);
var PI2 = Math.PI ** 2;
var PI4 = Math.PI ** 4;
var PI6 = Math.PI ** 6;
var STIRLING = [-3617 / 122400, 1 / 156, -691 / 360360, 1 / 1188, -1 / 1680, 1 / 1260, -1 / 360, 1 / 12];
var clip2 = (p) => Math.min(1, Math.max(0, p));
function ldexp(x, e) {
  let r = x;
  let k = e;
  while (k > 1e3) {
    r *= 2 ** 1e3;
    k -= 1e3;
  }
  while (k < -1e3) {
    r *= 2 ** -1e3;
    k += 1e3;
  }
  return r * 2 ** k;
}
function logFactorialOverPower(n) {
  const rn = 1 / n;
  let poly = 0;
  for (const c of STIRLING) poly = poly * (rn / n) + c;
  return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * poly;
}
function matmul(a, b, m) {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let k = 0; k < m; k++) {
      const aik = a[i * m + k];
      if (aik === 0) continue;
      for (let j = 0; j < m; j++) out[i * m + j] += aik * b[k * m + j];
    }
  }
  return out;
}
function durbinCdf(n, d) {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let fac = 1;
  for (let j = 1; j <= m; j++) {
    w[j - 1] = fac;
    fac /= j;
    v[j - 1] = (1 - h ** j) * fac;
  }
  const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
  v[m - 1] = (1 + tt) * fac;
  let H = new Float64Array(m * m);
  for (let i = 1; i < m; i++) for (let r = i - 1; r < m; r++) H[r * m + i] = w[r - (i - 1)];
  for (let r = 0; r < m; r++) H[r * m] = v[r];
  for (let c = 0; c < m; c++) H[(m - 1) * m + c] = v[m - 1 - c];
  let P = new Float64Array(m * m);
  for (let i = 0; i < m; i++) P[i * m + i] = 1;
  let nn = n;
  let expnt = 0;
  let hExpnt = 0;
  while (nn > 0) {
    if (nn % 2) {
      P = matmul(P, H, m);
      expnt += hExpnt;
    }
    H = matmul(H, H, m);
    hExpnt *= 2;
    if (Math.abs(H[(k - 1) * m + (k - 1)]) > E128) {
      for (let i = 0; i < H.length; i++) H[i] /= E128;
      hExpnt += 128;
    }
    nn = Math.floor(nn / 2);
  }
  let p = P[(k - 1) * m + (k - 1)];
  for (let i = 1; i <= n; i++) {
    p = i * p / n;
    if (Math.abs(p) < EM128) {
      p *= E128;
      expnt -= 128;
    }
  }
  return clip2(ldexp(p, expnt));
}
function pomeranzBounds(i, n, ll, ceilf, roundf) {
  let j1;
  let j2;
  if (i === 0) {
    j1 = -ll - ceilf - 1;
    j2 = ll + ceilf - 1;
  } else {
    const half = Math.floor((i + 1) / 2);
    if ((i + 1) % 2 === 0) {
      if (half === n + 1) {
        j1 = n - ll - ceilf - 1;
        j2 = n + ll + ceilf - 1;
      } else {
        j1 = half - 1 - ll - roundf - 1;
        j2 = half + ll - 1 + ceilf - 1;
      }
    } else {
      j1 = half - 1 - ll - 1;
      j2 = half + ll + roundf - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}
function pomeranzCdf(n, x) {
  const t = n * x;
  const ll = Math.floor(t);
  const f = t - ll;
  const g = Math.min(f, 1 - f);
  const ceilf = f > 0 ? 1 : 0;
  const roundf = f > 0.5 ? 1 : 0;
  const npwrs = 2 * (ll + 1);
  const gp = new Float64Array(npwrs);
  const twoGp = new Float64Array(npwrs);
  const oneM2Gp = new Float64Array(npwrs);
  gp[0] = twoGp[0] = oneM2Gp[0] = 1;
  for (let m = 1; m < npwrs; m++) {
    gp[m] = gp[m - 1] * (g / n) / m;
    twoGp[m] = twoGp[m - 1] * (2 * g / n) / m;
    oneM2Gp[m] = oneM2Gp[m - 1] * ((1 - 2 * g) / n) / m;
  }
  let V0 = new Float64Array(npwrs);
  let V1 = new Float64Array(npwrs);
  V1[0] = 1;
  let V0s = 0;
  let V1s = 0;
  let expnt = 0;
  let [j1, j2] = pomeranzBounds(0, n, ll, ceilf, roundf);
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1;
    [V0, V1] = [V1, V0];
    [V0s, V1s] = [V1s, V0s];
    V1.fill(0);
    [j1, j2] = pomeranzBounds(i, n, ll, ceilf, roundf);
    const pw = i === 1 || i === 2 * n + 1 ? gp : i % 2 ? twoGp : oneM2Gp;
    const ln2 = j2 - k1 + 1;
    if (ln2 <= 0) continue;
    const start = k1 - V0s;
    const sLen = Math.min(ln2, npwrs - start);
    const convStart = j1 - k1;
    const convLen = j2 - j1 + 1;
    let max = 0;
    for (let c = 0; c < convLen; c++) {
      const idx = convStart + c;
      let s = 0;
      for (let a = Math.max(0, idx - ln2 + 1); a <= Math.min(idx, sLen - 1); a++)
        s += V0[start + a] * pw[idx - a];
      V1[c] = s;
      if (s > max) max = s;
    }
    if (max > 0 && max < EM128) {
      for (let c = 0; c < npwrs; c++) V1[c] *= E128;
      expnt -= 128;
    }
    V1s = V0s + j1 - k1;
  }
  let ans = V1[n - V1s];
  for (let m = 1; m <= n; m++) {
    if (Math.abs(ans) > E128) {
      ans *= EM128;
      expnt += 128;
    }
    ans *= m;
  }
  return clip2(ldexp(ans, expnt));
}
function pelzGoodCdf(n, x) {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const z = Math.sqrt(n) * x;
  const z2 = z * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  const qlog = -PI2 / 8 / z2;
  if (qlog < -708) return 0;
  let q = Math.exp(qlog);
  const k1a = -z2;
  const k1b = PI2 / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = (2 * z4 - 5 * z2) * PI2 / 4;
  const k2c = PI4 * (1 - 2 * z2) / 16;
  const k3d = PI6 * (5 - 30 * z2) / 64;
  const k3c = PI4 * (-60 * z2 + 212 * z4) / 16;
  const k3b = PI2 * (135 * z4 - 96 * z6) / 4;
  const k3a = -30 * z6 - 90 * z ** 8;
  const K = [0, 0, 0, 0];
  const maxk = Math.ceil(16 * z / Math.PI);
  for (let k = maxk; k > 0; k--) {
    const m = 2 * k - 1;
    const m2 = m * m;
    const m4 = m2 * m2;
    const m6 = m4 * m2;
    const qp = q ** (8 * k);
    const coeffs = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6];
    for (let i = 0; i < 4; i++) K[i] = K[i] * qp + coeffs[i];
  }
  const div = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
  for (let i = 0; i < 4; i++) K[i] = K[i] * q * SQRT2PI / div[i];
  q = Math.exp(-PI2 / 2 / z2);
  let k2extra = 0;
  let k3extra = 0;
  for (let k = maxk; k > 0; k--) {
    const k2 = k * k;
    const qk = q ** k2;
    k2extra += k2 * qk;
    k3extra += (SQRT3 * z + Math.PI * k) * (SQRT3 * z - Math.PI * k) * k2 * qk;
  }
  K[2] += k2extra * PI2 * SQRT2PI / (-36 * z2 * z);
  K[3] += k3extra * PI2 * SQRT2PI / (216 * z6);
  let sum = 0;
  for (let i = 0; i < 4; i++) sum += K[i] / n ** (i / 2);
  return sum;
}
function smirnovSf(n, x) {
  if (x <= 0) return 1;
  if (x >= 1) return 0;
  const top = Math.floor(n * (1 - x));
  let logC = 0;
  let p = 0;
  for (let v = 0; v <= top; v++) {
    if (v > 0) logC += Math.log(n - v + 1) - Math.log(v);
    const e = x + v / n;
    const rest = n - v;
    let t = logC + (v - 1) * Math.log(e);
    if (rest > 0) {
      if (1 - e <= 0) continue;
      t += rest * Math.log1p(-e);
    }
    if (t > -745) p += Math.exp(t);
  }
  return clip2(p * x);
}
function kolmogorovSf(n, x) {
  if (!(n > 0) || !Number.isInteger(n) || Number.isNaN(x)) return Number.NaN;
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  const t = n * x;
  if (t <= 1) {
    if (t <= 0.5) return 1;
    let prob;
    if (n <= 140) {
      prob = 1;
      for (let i = 1; i <= n; i++) prob *= i * (1 / n) * (2 * t - 1);
    } else prob = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    return clip2(1 - prob);
  }
  if (t >= n - 1) return clip2(2 * (1 - x) ** n);
  if (x >= 0.5) return clip2(2 * smirnovSf(n, x));
  const nx2 = t * x;
  if (n <= 140) {
    if (nx2 <= 0.754693) return clip2(1 - durbinCdf(n, x));
    if (nx2 <= 4) return clip2(1 - pomeranzCdf(n, x));
    return clip2(2 * smirnovSf(n, x));
  }
  if (nx2 >= 370) return 0;
  if (nx2 >= 2.2) return clip2(2 * smirnovSf(n, x));
  const cdf = n <= 1e5 && n * x ** 1.5 <= 1.4 ? durbinCdf(n, x) : pelzGoodCdf(n, x);
  return clip2(1 - cdf);
}
function outsideSquare(n, h) {
  let P = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = (n - k * h - j) * p1 / (n + k * h + j + 1);
    P = p1 * (1 - P);
  }
  return 2 * P;
}
function outerInside(mIn, nIn, g, h) {
  const m = Math.max(mIn, nIn);
  const n = Math.min(mIn, nIn);
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(lenA).fill(1);
  for (let j = minj; j < Math.min(maxj, lenA); j++) A[j] = 0;
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (A[jj + minj - lastminj] * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    for (let c = curlen; c < Math.min(curlen + Math.max(0, lastlen - curlen), lenA); c++) A[c] = 1;
  }
  return A[maxj - minj - 1];
}
function smirnov2Exact(m, n, g, h) {
  if (h === 0) return 1;
  const p = m === n ? outsideSquare(m, h) : outerInside(m, n, g, h);
  return Number.isFinite(p) && p >= 0 && p <= 1 ? p : Number.NaN;
}
function gcd(a, b) {
  let x = a;
  let y = b;
  while (y) [x, y] = [y, x % y];
  return x;
}

// src/core/drift/numeric.ts
var KS_EXACT_MAX_N = 1e4;
var PSI_EPSILON = 1e-4;
function ksTest(ref, cur, w = walk(ref.cdf, cur.cdf)) {
  const n1 = ref.n;
  const n2 = cur.n;
  const { dPlus, dMinus } = w;
  let d = dMinus > dPlus ? dMinus : dPlus;
  const en = Math.round(n1 * n2 / (n1 + n2));
  if (!ref.exact || !cur.exact) {
    const error = ref.rankError + cur.rankError;
    const forP = Math.max(0, d - error);
    return {
      test: "ks",
      statistic: d,
      p_value: kolmogorovSf(en, forP),
      method: "sketch",
      error,
      detail: { statistic_for_p: forP, n_eff: en }
    };
  }
  const g = gcd(n1, n2);
  if (Math.max(n1, n2) <= KS_EXACT_MAX_N) {
    const lcm = n1 / g * n2;
    const h = Math.round(d * lcm);
    const p = smirnov2Exact(n1, n2, g, h);
    if (!Number.isNaN(p)) {
      d = h / lcm;
      return { test: "ks", statistic: d, p_value: p, method: "exact" };
    }
  }
  return {
    test: "ks",
    statistic: d,
    p_value: kolmogorovSf(en, d),
    method: "asymptotic",
    detail: { n_eff: en }
  };
}
function wassersteinScale(ref, cur) {
  if (ref.std > 0) return { scale: ref.std, from: "reference_std" };
  if (cur.std > 0) return { scale: cur.std, from: "current_std" };
  return { scale: 1, from: "unit" };
}
function wassersteinTest(ref, cur, w = walk(ref.cdf, cur.cdf)) {
  const raw = w.wasserstein;
  const { scale, from } = wassersteinScale(ref, cur);
  return {
    test: "wasserstein",
    statistic: raw / scale,
    p_value: null,
    method: ref.exact && cur.exact ? "exact" : "sketch",
    detail: { raw, scale, scale_from: from }
  };
}
function pairWalk(pair) {
  pair.walk ??= walk(pair.ref.cdf, pair.cur.cdf);
  return pair.walk;
}
function binShares(s, edges) {
  const out = [];
  let prev = 0;
  for (const e of edges) {
    const f = cdfAt(s.cdf, e);
    out.push(Math.max(0, f - prev));
    prev = f;
  }
  out.push(Math.max(0, 1 - prev));
  return out;
}
function psiTest(pair) {
  const r = binShares(pair.ref, pair.edges);
  const c = binShares(pair.cur, pair.edges);
  let psi = 0;
  for (let i = 0; i < r.length; i++) {
    const ri = Math.max(r[i], PSI_EPSILON);
    const ci = Math.max(c[i], PSI_EPSILON);
    psi += (ci - ri) * Math.log(ci / ri);
  }
  return {
    test: "psi",
    statistic: psi,
    p_value: null,
    method: pair.ref.exact && pair.cur.exact ? "exact" : "sketch",
    detail: { bins: r.length, edges: JSON.stringify(pair.edges), epsilon: PSI_EPSILON }
  };
}
function numericOutOfRange(ref, cur) {
  const share = cur.n === 0 || ref.n === 0 ? 0 : cdfBelow(cur.cdf, ref.min) + (1 - cdfAt(cur.cdf, ref.max));
  return {
    test: "out_of_range",
    statistic: Math.min(1, Math.max(0, share)),
    p_value: null,
    detail: { reference_min: ref.min, reference_max: ref.max }
  };
}

// src/core/drift/tests.ts
init_esm_dirname();
var BOTH = ["numeric", "categorical"];
var statistic = (t) => t.statistic;
function numericOnly(id, pair) {
  if (pair.kind !== "numeric") throw new Error(`${id} applies to numeric columns only`);
}
function categoricalOnly(id, pair) {
  if (pair.kind !== "categorical") throw new Error(`${id} applies to categorical columns only`);
}
function missingRateTest(ref, cur) {
  const p1 = ref.rows > 0 ? ref.missing / ref.rows : 0;
  const p2 = cur.rows > 0 ? cur.missing / cur.rows : 0;
  const pooled = ref.rows + cur.rows > 0 ? (ref.missing + cur.missing) / (ref.rows + cur.rows) : 0;
  const se = ref.rows > 0 && cur.rows > 0 ? Math.sqrt(pooled * (1 - pooled) * (1 / ref.rows + 1 / cur.rows)) : 0;
  const z = se > 0 ? (p2 - p1) / se : 0;
  return {
    test: "missing_rate",
    statistic: p2 - p1,
    p_value: se > 0 ? twoSidedNormalP(z) : 1,
    detail: { reference_rate: p1, current_rate: p2, z }
  };
}
var DRIFT_TESTS = {
  ks: {
    id: "ks",
    appliesTo: ["numeric"],
    hasPValue: true,
    defaultThreshold: 0.1,
    // From sketches only the part of D beyond the sketches' error is an effect.
    effect: (t) => Math.max(0, t.statistic - (t.error ?? 0)),
    run(pair) {
      numericOnly("ks", pair);
      return ksTest(pair.ref, pair.cur, pairWalk(pair));
    }
  },
  wasserstein: {
    id: "wasserstein",
    appliesTo: ["numeric"],
    hasPValue: false,
    defaultThreshold: 0.1,
    effect: statistic,
    run(pair) {
      numericOnly("wasserstein", pair);
      return wassersteinTest(pair.ref, pair.cur, pairWalk(pair));
    }
  },
  psi: {
    id: "psi",
    appliesTo: ["numeric"],
    hasPValue: false,
    defaultThreshold: 0.2,
    effect: statistic,
    run(pair) {
      numericOnly("psi", pair);
      return psiTest(pair);
    }
  },
  chi2: {
    id: "chi2",
    appliesTo: ["categorical"],
    hasPValue: true,
    defaultThreshold: 0.1,
    effect: (t) => Number(t.detail?.cramers_v ?? 0),
    run(pair) {
      categoricalOnly("chi2", pair);
      return chi2Test(pair);
    }
  },
  jensen_shannon: {
    id: "jensen_shannon",
    appliesTo: ["categorical"],
    hasPValue: false,
    defaultThreshold: 0.1,
    effect: statistic,
    run(pair) {
      categoricalOnly("jensen_shannon", pair);
      return jensenShannonTest(pair);
    }
  },
  linf: {
    id: "linf",
    appliesTo: ["categorical"],
    hasPValue: false,
    defaultThreshold: 0.1,
    effect: statistic,
    run(pair) {
      categoricalOnly("linf", pair);
      return linfTest(pair);
    }
  },
  missing_rate: {
    id: "missing_rate",
    appliesTo: BOTH,
    hasPValue: true,
    defaultThreshold: 0.05,
    effect: (t) => Math.abs(t.statistic),
    run: (pair) => missingRateTest(pair.refCounts, pair.curCounts)
  },
  out_of_range: {
    id: "out_of_range",
    appliesTo: BOTH,
    hasPValue: false,
    defaultThreshold: 0.05,
    effect: statistic,
    run: (pair) => pair.kind === "numeric" ? numericOutOfRange(pair.ref, pair.cur) : categoricalOutOfRange(pair)
  }
};
function isDriftTestId(id) {
  return Object.hasOwn(DRIFT_TESTS, id);
}
var HIGH_CARDINALITY = 50;
function defaultTests(kind, categories) {
  if (kind === "numeric") return { p_test: "ks", effect_test: "wasserstein" };
  return { p_test: "chi2", effect_test: categories > HIGH_CARDINALITY ? "linf" : "jensen_shannon" };
}

// src/core/drift/compare.ts
var CHART_CATEGORIES = 9;
var NUMERIC_TESTS = ["ks", "wasserstein", "psi", "missing_rate", "out_of_range"];
var CATEGORICAL_TESTS = ["chi2", "jensen_shannon", "linf", "missing_rate", "out_of_range"];
function compareSides(reference, current, policy) {
  const curByName = new Map(current.columns.map((c) => [c.name, c]));
  const refNames = new Set(reference.columns.map((c) => c.name));
  const pending = [];
  let sketchMode = false;
  for (const ref of reference.columns) {
    const colPolicy = policy.columns[ref.name];
    if (colPolicy?.ignore) continue;
    const cur = curByName.get(ref.name) ?? absentColumn(ref, current.rows);
    if (usesSketch(ref) || usesSketch(cur)) sketchMode = true;
    pending.push(prepareColumn(ref, cur, policy, colPolicy));
  }
  for (const cur of current.columns) {
    if (refNames.has(cur.name) || policy.columns[cur.name]?.ignore) continue;
    pending.push(currentOnly(cur, reference.rows, policy));
  }
  const family = [];
  for (const p of pending) {
    const main = p.column.tests.find((t) => t.test === p.choice.p_test);
    if (p.sufficient && main) family.push({ at: p, test: main, main: true });
    const miss = p.column.tests.find((t) => t.test === "missing_rate");
    if (p.missingDecides && miss && p.choice.p_test !== "missing_rate")
      family.push({ at: p, test: miss, main: false });
  }
  const adjusted = benjaminiHochbergAdjust(family.map((f) => f.test.p_value ?? 1));
  const missingThreshold = policy.thresholds.missing_rate ?? DRIFT_TESTS.missing_rate.defaultThreshold;
  family.forEach((f, i) => {
    const adj = adjusted[i];
    const col = f.at.column;
    if (f.main) {
      col.adjusted_p_value = adj;
      if (adj <= policy.alpha && (f.at.effect ?? 0) >= col.effect_threshold) col.drifted = true;
    } else {
      const drifted2 = adj <= policy.alpha && Math.abs(f.test.statistic) >= missingThreshold;
      f.test.detail = { ...f.test.detail, adjusted_p_value: adj, threshold: missingThreshold, drifted: drifted2 };
      if (drifted2) col.drifted = true;
    }
  });
  let decided = 0;
  let criticalDrift = false;
  const driftedColumns = [];
  for (const p of pending) {
    const col = p.column;
    if (col.drifted) {
      col.status = "drift";
      driftedColumns.push(col.name);
      if (col.critical) criticalDrift = true;
    } else col.status = p.sufficient ? "no_drift" : "insufficient_data";
    if (col.status !== "insufficient_data") {
      decided++;
      delete col.rows_needed;
    }
    assertFinite(col);
  }
  const share = decided > 0 ? driftedColumns.length / decided : 0;
  const drifted = decided > 0 && (share >= policy.drift_share || criticalDrift);
  return {
    mode: sketchMode ? "sketch" : "exact",
    alpha: policy.alpha,
    correction: "benjamini-hochberg",
    drift_share: share,
    drift_share_threshold: policy.drift_share,
    status: decided === 0 ? "insufficient_data" : drifted ? "drift" : "no_drift",
    drifted,
    drifted_columns: driftedColumns,
    columns: pending.map((p) => p.column)
  };
}
function usesSketch(c) {
  return isSketch(c) || c.kind === "categorical" && !c.exact;
}
function absentColumn(ref, rows) {
  if (ref.kind === "numeric")
    return { name: ref.name, kind: "numeric", rows, missing: rows, values: new Float64Array(0) };
  return { name: ref.name, kind: "categorical", rows, missing: rows, counts: /* @__PURE__ */ new Map(), exact: true };
}
function blankColumn(name, kind, ref, cur, choice, threshold, critical) {
  return {
    name,
    kind,
    reference: ref,
    current: cur,
    tests: [],
    p_test: choice.p_test,
    effect_test: choice.effect_test,
    p_value: null,
    adjusted_p_value: null,
    effect_size: null,
    effect_threshold: threshold,
    critical,
    status: "insufficient_data",
    drifted: false
  };
}
function currentOnly(cur, refRows, policy) {
  const choice = defaultTests(cur.kind, cur.kind === "categorical" ? cur.counts.size : 0);
  const column = blankColumn(
    cur.name,
    cur.kind,
    { rows: refRows, missing: refRows },
    { rows: cur.rows, missing: cur.missing },
    choice,
    thresholdOf(choice.effect_test, policy, void 0),
    policy.columns[cur.name]?.critical ?? false
  );
  return { column, pair: null, choice, sufficient: false, missingDecides: false, effect: null };
}
function thresholdOf(id, policy, col) {
  return col?.threshold ?? policy.thresholds[id] ?? DRIFT_TESTS[id].defaultThreshold;
}
function chooseTests(name, kind, categories, col) {
  const choice = defaultTests(kind, categories);
  for (const key of ["p_test", "effect_test"]) {
    const id = col?.[key];
    if (id === void 0) continue;
    const spec = isDriftTestId(id) ? DRIFT_TESTS[id] : void 0;
    const valid = Object.values(DRIFT_TESTS).filter((t) => t.appliesTo.includes(kind) && (key === "effect_test" || t.hasPValue)).map((t) => t.id);
    if (!spec || !valid.includes(spec.id)) {
      throw new MlgateError(
        `drift.columns.${name}.${key}: "${id}" cannot be the ${key} of a ${kind} column`,
        {
          location: { key: `drift.columns.${name}.${key}` },
          hint: `Use one of: ${valid.join(", ")}.`
        }
      );
    }
    choice[key] = spec.id;
  }
  return choice;
}
function prepareColumn(refIn, curIn, policy, colPolicy) {
  let ref = refIn;
  let cur = curIn;
  if (ref.kind !== cur.kind) {
    ref = numericAsCategorical(ref);
    cur = numericAsCategorical(cur);
  }
  const refCounts = { rows: ref.rows, missing: ref.missing };
  const curCounts = { rows: cur.rows, missing: cur.missing };
  const kind = ref.kind;
  const categories = ref.kind === "categorical" && cur.kind === "categorical" ? (/* @__PURE__ */ new Set([...ref.counts.keys(), ...cur.counts.keys()])).size : 0;
  const choice = chooseTests(ref.name, kind, categories, colPolicy);
  const column = blankColumn(
    ref.name,
    kind,
    refCounts,
    curCounts,
    choice,
    thresholdOf(choice.effect_test, policy, colPolicy),
    colPolicy?.critical ?? false
  );
  const pending = {
    column,
    pair: null,
    choice,
    sufficient: false,
    missingDecides: ref.rows >= policy.min_rows && cur.rows >= policy.min_rows,
    effect: null
  };
  const missing = missingRateTest(refCounts, curCounts);
  if (ref.kind !== cur.kind) {
    column.tests.push(missing);
    return pending;
  }
  const refNonNull = ref.rows - ref.missing;
  const curNonNull = cur.rows - cur.missing;
  if (curNonNull < policy.min_rows) column.rows_needed = policy.min_rows - curNonNull;
  if (refNonNull === 0 || curNonNull === 0) {
    column.tests.push(missing);
    return pending;
  }
  const pair = ref.kind === "numeric" ? numericPair(ref.name, refCounts, curCounts, ref, cur) : {
    kind: "categorical",
    name: ref.name,
    refCounts,
    curCounts,
    ref: categoricalSample(ref),
    cur: categoricalSample(cur)
  };
  pending.pair = pair;
  const ids = /* @__PURE__ */ new Set([
    ...kind === "numeric" ? NUMERIC_TESTS : CATEGORICAL_TESTS,
    choice.p_test,
    choice.effect_test
  ]);
  for (const id of ids) column.tests.push(id === "missing_rate" ? missing : DRIFT_TESTS[id].run(pair));
  const pTest = column.tests.find((t) => t.test === choice.p_test);
  const eTest = column.tests.find((t) => t.test === choice.effect_test);
  column.p_value = pTest.p_value;
  pending.effect = DRIFT_TESTS[choice.effect_test].effect(eTest);
  column.effect_size = pending.effect;
  pending.sufficient = curNonNull >= policy.min_rows && refNonNull >= policy.min_rows;
  column.distribution = distributionOf(pair);
  if (pair.kind === "categorical") {
    const { added, vanished } = newAndVanished(pair);
    if (added.length) column.new_categories = added.slice(0, MAX_NAMED_CATEGORIES);
    if (vanished.length) column.vanished_categories = vanished.slice(0, MAX_NAMED_CATEGORIES);
  }
  return pending;
}
function numericPair(name, refCounts, curCounts, ref, cur) {
  const r = numericSample(ref);
  return { kind: "numeric", name, refCounts, curCounts, ref: r, cur: numericSample(cur), edges: psiEdges(r) };
}
var fmt = (x) => String(Number(x.toPrecision(4)));
function distributionOf(pair) {
  if (pair.kind === "numeric") {
    const e = pair.edges;
    if (e.length === 0) return void 0;
    const bins2 = [`\u2264 ${fmt(e[0])}`];
    for (let i = 1; i < e.length; i++) bins2.push(`(${fmt(e[i - 1])}, ${fmt(e[i])}]`);
    bins2.push(`> ${fmt(e[e.length - 1])}`);
    return { bins: bins2, reference: binShares(pair.ref, e), current: binShares(pair.cur, e) };
  }
  const t = categoryTable(pair);
  const nr = Math.max(1, pair.ref.n);
  const nc = Math.max(1, pair.cur.n);
  const rows = t.categories.map((k, i) => ({ k, r: t.ref[i] / nr, c: t.cur[i] / nc }));
  rows.sort((a, b) => b.r + b.c - (a.r + a.c));
  const top = rows.filter((x) => x.k !== OTHER).slice(0, CHART_CATEGORIES);
  const rest = rows.filter((x) => !top.includes(x));
  const bins = top.map((x) => x.k);
  const reference = top.map((x) => x.r);
  const current = top.map((x) => x.c);
  if (rest.length) {
    bins.push(OTHER);
    reference.push(rest.reduce((a, x) => a + x.r, 0));
    current.push(rest.reduce((a, x) => a + x.c, 0));
  }
  return { bins, reference, current };
}
function assertFinite(col) {
  const bad = (x) => x !== null && x !== void 0 && !Number.isFinite(x);
  const figures2 = [
    col.p_value,
    col.adjusted_p_value,
    col.effect_size,
    col.effect_threshold
  ];
  for (const t of col.tests) {
    figures2.push(t.statistic, t.p_value, t.error);
    for (const v of Object.values(t.detail ?? {})) if (typeof v === "number") figures2.push(v);
  }
  if (col.distribution) figures2.push(...col.distribution.reference, ...col.distribution.current);
  if (figures2.some(bad)) throw new Error(`drift: a non-finite figure in column ${col.name}`);
}

// src/core/drift/data-side.ts
init_esm_dirname();
function dataSide(rows, columns) {
  return { rows, columns: columns.map((c) => dataColumn(c)) };
}
function dataColumn(c) {
  if (c.type === "int" || c.type === "float" || c.type === "datetime") {
    return {
      name: c.name,
      kind: "numeric",
      rows: c.rows,
      missing: c.rows - c.values.length,
      values: c.values,
      ...c.sorted ? { sorted: true } : {},
      ...c.type === "datetime" ? { datetime: true } : {}
    };
  }
  let present = 0;
  for (const n of c.counts.values()) present += n;
  return {
    name: c.name,
    kind: "categorical",
    rows: c.rows,
    missing: c.rows - present,
    counts: c.counts,
    exact: true
  };
}

// src/core/drift/performance.ts
init_esm_dirname();
function performanceCheck(rows, registered, opts) {
  const n = rows.truth.length;
  if (n === 0) return { rows: 0, metrics: [], degraded: false };
  const kernel = kernelOf(rows);
  const current = scoreAll(kernel);
  const names = kernel.names.filter(
    (m) => registered[m] !== void 0 && metricDirection(m) !== void 0 && Number.isFinite(current[m])
  );
  if (names.length === 0) return { rows: n, metrics: [], degraded: false };
  const level = 1 - (1 - opts.level) / names.length;
  const resampled = pairedBootstrap(kernel, void 0, { ...opts, level }).candidate;
  const metrics = names.map((metric) => {
    const base = registered[metric];
    const diffs = resampled[metric].map((v) => v - base);
    const { low, high } = summarise(diffs, level);
    const higher = metricDirection(metric) === "higher";
    return {
      metric,
      registered: base,
      current: current[metric],
      diff: current[metric] - base,
      ...Number.isFinite(low) ? { ci_low: low, ci_high: high } : {},
      degraded: Number.isFinite(low) && (higher ? high < 0 : low > 0)
    };
  });
  return { rows: n, metrics, degraded: metrics.some((m) => m.degraded) };
}
function kernelOf(rows) {
  const classes = rows.probabilities?.length ? Object.keys(rows.probabilities[0]) : void 0;
  const predictions = {
    task: rows.task,
    row: rows.truth.map((_, i) => i),
    yTrue: rows.truth,
    yPred: rows.predicted,
    ...classes && rows.probabilities?.length === rows.truth.length ? { classes, proba: rows.probabilities.map((p) => classes.map((c) => p[c] ?? 0)) } : {}
  };
  const aligned = alignPredictions(
    rows.task,
    { predictions, source: "the labelled inference log" },
    void 0
  );
  return aligned.task === "classification" ? classificationKernel(aligned.problem, aligned.candidate) : regressionKernel(aligned.yTrue, aligned.candidate);
}

// src/core/drift/profile-side.ts
init_esm_dirname();
function profileSide(profile, opts = {}) {
  const columns = [];
  for (const c of profile.columns) {
    if (opts.exclude?.(c.name)) continue;
    columns.push(profileColumn(c, profile.rows, profile.errors.quantile_rank));
  }
  return { rows: profile.rows, columns };
}
function profileColumn(c, rows, rankError) {
  const numeric = c.type === "int" || c.type === "float" || c.type === "datetime";
  if (numeric && c.numeric) {
    return {
      name: c.name,
      kind: "numeric",
      rows,
      missing: rows - c.numeric.count,
      summary: c.numeric,
      rankError,
      ...c.type === "datetime" ? { datetime: true } : {}
    };
  }
  if (numeric) {
    return { name: c.name, kind: "categorical", rows, missing: rows, counts: /* @__PURE__ */ new Map(), exact: true };
  }
  const counts = /* @__PURE__ */ new Map();
  for (const item of c.frequent.items) counts.set(String(item.value), item.count);
  const out = {
    name: c.name,
    kind: "categorical",
    rows,
    missing: Math.min(rows, c.missing),
    counts,
    exact: c.frequent.exact
  };
  if (!c.frequent.exact) out.maxError = c.frequent.max_error;
  return out;
}

// src/core/report/drift.ts
init_esm_dirname();
var STATUS_LINE = {
  drift: "\u274C **Drift**",
  no_drift: "\u2705 **No drift**",
  insufficient_data: "\u26A0\uFE0F **Insufficient data**"
};
var MAX_DRIFT_CHARTS = 10;
var CONDENSED_COLUMNS = 30;
function headline(r, links) {
  const model = r.model ? ` for ${escapeCode(r.model)}` : "";
  const decided = r.columns.filter((c) => c.status !== "insufficient_data").length;
  const verdict = r.status === "drift" && r.drifted_columns.length === 0 && r.performance?.degraded ? `no column drifted, but the model's metrics on ${plural(r.performance.rows, "labelled row")} degraded` : r.status === "drift" ? `${plural(r.drifted_columns.length, "column")} of ${decided} drifted (${formatNumber(r.drift_share * 100)}%, threshold ${formatNumber(r.drift_share_threshold * 100)}%${r.columns.some((c) => c.drifted && c.critical) ? ", a critical column among them" : ""})` + (r.performance?.degraded ? "; the model's metrics on labelled rows degraded" : "") : r.status === "no_drift" ? `${r.drifted_columns.length ? `${plural(r.drifted_columns.length, "column")} drifted, below the dataset threshold` : "no column drifted"} (${decided} compared)` : `too few current rows to decide${neededText(r)}`;
  const lines = [
    `## mlgate drift-check${model}: ${STATUS_LINE[r.status]}`,
    "",
    verdict + ".",
    "",
    `Reference: ${escapeCode(clip(r.reference.source, 120))} (${r.reference.kind}${r.reference.version ? ` ${escapeCode(r.reference.version)}` : ""}, ${formatCount(r.reference.rows)} rows) \xB7 current: ${escapeCode(clip(r.current.source, 120))} (${r.current.kind}, ${formatCount(r.current.rows)} rows${r.current.since ? ` since ${escapeMarkdown(r.current.since)}` : ""}) \xB7 statistics: ${r.mode === "exact" ? "exact (from the data)" : "from sketches (a profile on one side; KS carries the sketch's rank error)"}.`,
    "",
    `A column drifts when its Benjamini\u2013Hochberg adjusted p-value is at most ${formatNumber(r.alpha)} **and** its effect size reaches its threshold.`
  ];
  if (r.not_compared?.length) {
    const shown = r.not_compared.slice(0, 20);
    lines.push(
      "",
      `Not compared: ${shown.map((c) => `${escapeCode(clip(c.name, 80))}, ${escapeMarkdown(c.reason)}`).join(" \xB7 ")}${r.not_compared.length > shown.length ? `, and ${r.not_compared.length - shown.length} more` : ""}.`
    );
  }
  const run = safeUrl(links?.summaryUrl);
  if (run) lines.push("", `[Workflow run](${run})`);
  return lines.join("\n");
}
function neededText(r) {
  const need = Math.max(0, ...r.columns.map((c) => c.rows_needed ?? 0));
  return need ? `: ${formatCount(need)} more non-null rows needed` : "";
}
function figures(c) {
  const p = `adjusted p ${formatPValue(c.adjusted_p_value ?? void 0)} (${c.p_test}, raw ${formatPValue(c.p_value ?? void 0)})`;
  const e = `effect ${formatNumber(c.effect_size ?? void 0)} (${c.effect_test}, threshold ${formatNumber(c.effect_threshold)})`;
  return `${p} \xB7 ${e}`;
}
function categoryNotes(c) {
  const list = (xs) => xs.slice(0, 10).map((x) => escapeCode(clip(x, 40))).join(", ") + (xs.length > 10 ? ` and ${xs.length - 10} more` : "");
  const notes = [];
  if (c.new_categories?.length) notes.push(`new in current: ${list(c.new_categories)}`);
  if (c.vanished_categories?.length) notes.push(`gone from current: ${list(c.vanished_categories)}`);
  return notes.join(" \xB7 ");
}
function distributionChart(c) {
  const d = c.distribution;
  if (!d || d.bins.length < 2 || d.bins.length > 30) return void 0;
  const ok = [...d.reference, ...d.current].every(Number.isFinite);
  if (!ok) return void 0;
  const pct = (xs) => xs.map((x) => mermaidNumber(x * 100)).join(", ");
  const label = (b) => escapeMermaidLabel(
    b.replace(/^≤\s*/, "to ").replace(/^>\s*/, "over ").replace(/^[([]\s*(.*?)\s*[)\]]$/, "$1").replace(/\s*,\s*/g, "-"),
    20
  ).replace(/,/g, " ") || "?";
  const bins = d.bins.map((b) => `"${label(b)}"`).join(", ");
  return [
    "```mermaid",
    '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#0969da, #d1242f"}}}}%%',
    "xychart-beta",
    `  title "${escapeMermaidLabel(c.name)}: reference (bars) vs current (line)"`,
    `  x-axis "${escapeMermaidLabel(c.kind === "numeric" ? "value" : "category")}" [${bins}]`,
    '  y-axis "% of rows"',
    `  bar [${pct(d.reference)}]`,
    `  line [${pct(d.current)}]`,
    "```"
  ].join("\n");
}
function distributionTable(c) {
  const d = c.distribution;
  if (!d) return "";
  const pct = (x) => x === void 0 ? "n/a" : `${formatNumber(x * 100)}%`;
  return table(
    ["bin", "reference", "current"],
    d.bins.map((b, i) => [escapeMarkdown(clip(b, 40)), pct(d.reference[i]), pct(d.current[i])])
  );
}
function driftedSection(r, form, limit) {
  const drifted = orderDrifted(r.columns.filter((c) => c.drifted));
  if (drifted.length === 0) return "";
  const shown = limit === void 0 ? drifted : drifted.slice(0, limit);
  const parts = [`### Drifted columns`];
  shown.forEach((c, i) => {
    const notes = categoryNotes(c);
    const lines = [
      `#### ${escapeMarkdown(clip(c.name, 80))}${c.critical ? " (critical)" : ""}`,
      "",
      figures(c)
    ];
    if (notes) lines.push("", notes);
    if (form === "charts" && c.distribution) {
      const chart = i < MAX_DRIFT_CHARTS ? distributionChart(c) : void 0;
      if (chart) lines.push("", chart);
      lines.push("", details("Distribution as a table", distributionTable(c)));
    }
    parts.push(lines.join("\n"));
  });
  if (shown.length < drifted.length) {
    parts.push(`\u2026and ${drifted.length - shown.length} more drifted columns, listed in drift.json.`);
  }
  return parts.join("\n\n");
}
function orderDrifted(cols) {
  const ratio = (c) => (c.effect_size ?? 0) / (c.effect_threshold || 1);
  return [...cols].sort((a, b) => Number(b.critical) - Number(a.critical) || ratio(b) - ratio(a));
}
var COLUMN_STATUS = {
  drift: "\u274C drift",
  no_drift: "\u2705",
  insufficient_data: "\u26A0\uFE0F too few rows"
};
function columnsTable(r, limit) {
  const cols = [...r.columns].sort(
    (a, b) => Number(b.drifted) - Number(a.drifted) || (a.adjusted_p_value ?? 2) - (b.adjusted_p_value ?? 2)
  );
  const shown = limit === void 0 ? cols : cols.slice(0, limit);
  const missing = (m, n) => n ? `${formatNumber(100 * m / n)}%` : "n/a";
  const rows = shown.map((c) => [
    escapeMarkdown(clip(c.name, 60)),
    c.kind,
    COLUMN_STATUS[c.status],
    `${formatPValue(c.adjusted_p_value ?? void 0)} (${c.p_test})`,
    `${formatNumber(c.effect_size ?? void 0)} / ${formatNumber(c.effect_threshold)} (${c.effect_test})`,
    `${missing(c.reference.missing, c.reference.rows)} \u2192 ${missing(c.current.missing, c.current.rows)}`
  ]);
  const note = shown.length < cols.length ? `

${shown.length} of ${cols.length} columns shown; all are in drift.json.` : "";
  return `### All columns

` + table(["column", "kind", "status", "adjusted p", "effect / threshold", "missing (ref \u2192 cur)"], rows, [
    "l",
    "l",
    "l",
    "r",
    "r",
    "r"
  ]) + note;
}
function predictionSection(r) {
  const c = r.prediction;
  if (!c) return "";
  const verdict = c.drifted ? "\u274C the model's outputs drifted" : c.status === "insufficient_data" ? "\u26A0\uFE0F too few predictions" : "\u2705 the model's outputs did not drift";
  const chart = distributionChart(c);
  return [`### Prediction drift`, "", `${verdict}: ${figures(c)}`, ...chart ? ["", chart] : []].join("\n");
}
function performanceSection(r) {
  const p = r.performance;
  if (!p) return "";
  const verdict = p.degraded ? `\u274C degraded on ${plural(p.rows, "labelled row")}: ${p.metrics.filter((m) => m.degraded).map((m) => m.metric).join(", ")}` : p.metrics.length ? `\u2705 no metric worse than registered on ${plural(p.rows, "labelled row")}` : `\u26A0\uFE0F nothing to compare on ${plural(p.rows, "labelled row")}`;
  const unmatched = p.unmatched_labels ? ` (${plural(p.unmatched_labels, "label")} matched no logged row)` : "";
  const rows = p.metrics.map((m) => [
    m.metric,
    formatNumber(m.registered),
    formatNumber(m.current),
    formatNumber(m.diff),
    m.ci_low === void 0 ? "n/a" : `${formatNumber(m.ci_low)} to ${formatNumber(m.ci_high)}`,
    m.degraded ? "\u274C" : "\u2705"
  ]);
  return [
    "### Performance on labelled rows",
    "",
    `${verdict}${unmatched}. A metric degrades when the bootstrap interval of its change lies wholly on its worse side.`,
    ...rows.length ? [
      "",
      table(["metric", "registered", "now", "change", "interval of the change", ""], rows, [
        "l",
        "r",
        "r",
        "r",
        "r",
        "c"
      ])
    ] : []
  ].join("\n");
}
var SHRINK_ORDER = [
  { id: "drifted", form: 1 },
  { id: "columns", form: 1 },
  { id: "prediction", form: 1 },
  { id: "drifted", form: 2 },
  { id: "columns", form: 2 },
  { id: "drifted", form: 3 },
  { id: "drifted", form: 4 }
];
function fitDriftReport(r, budget, links) {
  const pointer = "Left out to fit the size limit; every figure is in drift.json.";
  const sections = [
    { id: "headline", forms: [headline(r, links)] },
    {
      id: "drifted",
      forms: [
        driftedSection(r, "charts"),
        driftedSection(r, "figures"),
        driftedSection(r, "figures", 20),
        r.drifted_columns.length ? `### Drifted columns

${r.drifted_columns.map((n) => escapeCode(clip(n, 60))).join(", ")}` : ""
      ]
    },
    { id: "prediction", forms: [predictionSection(r), ""] },
    { id: "performance", forms: [performanceSection(r)] },
    {
      id: "columns",
      forms: [columnsTable(r), columnsTable(r, CONDENSED_COLUMNS), `### All columns

${pointer}`]
    }
  ];
  return fitToBudget(sections, SHRINK_ORDER, budget);
}
function renderDriftReport(r, links) {
  return fitDriftReport(r, Number.POSITIVE_INFINITY, links).markdown;
}

// src/runtime/drift-read.ts
init_esm_dirname();
import { stat } from "node:fs/promises";
import { Worker } from "node:worker_threads";

// src/core/data/values.ts
init_esm_dirname();
var Accumulator = class {
  constructor(name) {
    this.name = name;
  }
  name;
  kinds = new Float64Array(8);
  values = new Float64Array(1 << 14);
  n = 0;
  counts = /* @__PURE__ */ new Map();
  add(col, rows, keep) {
    const { kinds, nums, texts } = col;
    let values = this.values;
    if (this.n + rows > values.length) {
      const grown = new Float64Array(Math.max(values.length * 2, this.n + rows));
      grown.set(values.subarray(0, this.n));
      this.values = values = grown;
    }
    let n = this.n;
    const counts = this.counts;
    const seen = this.kinds;
    for (let r = 0; r < rows; r++) {
      if (keep !== void 0 && keep[r] === 0) continue;
      const k = kinds[r];
      seen[k]++;
      if (k === CELL_INT || k === CELL_FLOAT || k === CELL_DATETIME) values[n++] = nums[r];
      else if (k === CELL_STRING || k === CELL_BOOL) {
        const t = texts[r] ?? (k === CELL_BOOL ? nums[r] === 1 ? "true" : "false" : "");
        counts.set(t, (counts.get(t) ?? 0) + 1);
      }
    }
    this.n = n;
  }
  finish(rows) {
    const type = inferColumnType(Array.from(this.kinds));
    const numeric = type === "int" || type === "float" || type === "datetime";
    const values = numeric ? this.values.slice(0, this.n) : new Float64Array(0);
    const counts = this.counts;
    if (!numeric) {
      const datetime = this.kinds[CELL_DATETIME] > 0 && this.kinds[CELL_INT] + this.kinds[CELL_FLOAT] === 0;
      for (let i = 0; i < this.n; i++) {
        const v = this.values[i];
        const t = datetime ? new Date(v).toISOString() : String(v);
        counts.set(t, (counts.get(t) ?? 0) + 1);
      }
    }
    return { name: this.name, type, rows, values, counts: numeric ? /* @__PURE__ */ new Map() : counts };
  }
};
async function readColumnValues(paths, opts = {}) {
  const accs = /* @__PURE__ */ new Map();
  const order = [];
  let rows = 0;
  const wanted = (name) => !opts.exclude?.(name) || (opts.also?.includes(name) ?? false);
  for (const path of paths) {
    const source = await openSource(path, { ...opts.read, reuseChunks: true });
    const before = rows;
    try {
      const index = source.columns.map((name) => {
        if (!wanted(name)) return void 0;
        let acc = accs.get(name);
        if (!acc) {
          acc = new Accumulator(name);
          acc.kinds[CELL_MISSING] = rows;
          accs.set(name, acc);
          order.push(name);
        }
        return acc;
      });
      const timeAt = opts.since ? source.columns.indexOf(opts.since.column) : -1;
      let keep;
      for await (const chunk of source.chunks()) {
        let kept = chunk.rows;
        if (opts.since) {
          keep = keepMask(chunk, timeAt, opts.since.atLeast, keep);
          kept = 0;
          for (let r = 0; r < chunk.rows; r++) kept += keep[r];
        }
        for (let c = 0; c < index.length; c++) index[c]?.add(chunk.columns[c], chunk.rows, keep);
        for (const acc of accs.values())
          if (!source.columns.includes(acc.name)) acc.kinds[CELL_MISSING] += kept;
        rows += kept;
        if (opts.maxRows !== void 0 && rows > opts.maxRows) return { rows, columns: [], exceeded: true };
      }
    } finally {
      await source.close();
    }
    if (rows === before && !opts.since) throw noRowsError(path);
  }
  return { rows, columns: order.map((name) => accs.get(name).finish(rows)), exceeded: false };
}
function keepMask(chunk, timeAt, atLeast, reuse) {
  const keep = reuse && reuse.length >= chunk.rows ? reuse : new Uint8Array(Math.max(chunk.rows, 2048));
  keep.fill(0);
  if (timeAt < 0) return keep;
  const col = chunk.columns[timeAt];
  for (let r = 0; r < chunk.rows; r++) {
    const k = col.kinds[r];
    if ((k === CELL_DATETIME || k === CELL_INT || k === CELL_FLOAT) && col.nums[r] >= atLeast) keep[r] = 1;
  }
  return keep;
}

// src/runtime/drift-read.ts
var OFF_THREAD_MIN_BYTES = 16 << 20;
async function readValuesOffThread(job) {
  const url = bundledWorker("drift-read-worker");
  let bytes = 0;
  for (const p of job.paths)
    bytes += await stat(p).then(
      (s) => s.size,
      () => 0
    );
  if (!url || bytes < OFF_THREAD_MIN_BYTES) return readValues(job);
  const posted = await new Promise((resolve) => {
    const worker = new Worker(url, { workerData: job });
    worker.once("message", (m) => {
      resolve(m);
      void worker.terminate();
    });
    worker.once("error", () => resolve(void 0));
    worker.once("exit", () => resolve(void 0));
  });
  return posted ?? readValues(job);
}
function readValues(job) {
  return readColumnValues(job.paths, {
    ...job.read ? { read: job.read } : {},
    exclude: (name) => name.startsWith(job.excludePrefix),
    also: job.also,
    ...job.since ? { since: job.since } : {},
    ...job.maxRows !== void 0 ? { maxRows: job.maxRows } : {}
  });
}

// src/commands/drift-check.ts
var DRIFT_EXIT = { no_drift: 0, drift: 1, insufficient_data: 3 };
var MLGATE_PREFIX = "_mlgate_";
var isMlgateField = (name) => name.startsWith(MLGATE_PREFIX);
async function driftCheck(loaded, inputs, ports) {
  const policy = loaded?.config.drift ?? driftSection.parse({});
  const now = inputs.now ?? /* @__PURE__ */ new Date();
  if (inputs.current.length === 0) {
    throw new MlgateError("no current data", { hint: "pass --current <file|dir> (one or more)" });
  }
  const since = inputs.since ? new Date(now.getTime() - parseDuration(inputs.since, "--since")) : void 0;
  const files = {
    json: join(inputs.out, "drift.json"),
    markdown: join(inputs.out, "drift.md"),
    html: join(inputs.out, "drift.html")
  };
  await checkOutputPaths(Object.values(files));
  const read = readOptionsFrom(loaded);
  const [reference, current] = await Promise.all([
    readReference(inputs.reference, { policy, read, ports }),
    readCurrent(inputs.current, { policy, read, since, logger: ports.logger })
  ]);
  const model = inputs.model ?? reference.model ?? loaded?.config?.model?.name;
  const notCompared = /* @__PURE__ */ new Map();
  for (const [name, c] of Object.entries(policy.columns))
    if (c.ignore) notCompared.set(name, "drift.columns ignore: true");
  const label = reference.label ?? loaded?.config?.model?.label;
  if (label && !current.side.columns.some((c) => c.name === label))
    notCompared.set(label, "the label, absent from the current data");
  for (const c of reference.side.columns) {
    if (c.kind === "numeric" && c.datetime && policy.columns[c.name]?.ignore !== false)
      notCompared.set(
        c.name,
        "a datetime column, whose values move with time by design; drift.columns with ignore false compares it"
      );
  }
  const present = new Set([...reference.side.columns, ...current.side.columns].map((c) => c.name));
  const skipped = [...notCompared].filter(([name]) => present.has(name)).map(([name, reason]) => ({ name, reason }));
  for (const s of skipped) ports.logger.info(`${s.name}: not compared, ${s.reason}`);
  const features = (s) => ({
    rows: s.rows,
    columns: s.columns.filter((c) => !isMlgateField(c.name) && !notCompared.has(c.name))
  });
  const comparison = compareSides(features(reference.side), features(current.side), policy);
  let prediction;
  if (reference.prediction && current.prediction) {
    const p = compareSides(
      {
        rows: reference.predictionRows ?? reference.rows,
        columns: [{ ...reference.prediction, name: "prediction" }]
      },
      { rows: current.rows, columns: [{ ...current.prediction, name: "prediction" }] },
      policy
    );
    prediction = p.columns[0];
  }
  const performance = inputs.labels ? await labelCheck(inputs.labels, inputs.current, reference, {
    read,
    since,
    policy,
    labelColumn: label,
    logger: ports.logger
  }) : void 0;
  const status = performance?.degraded ? "drift" : comparison.status;
  const report = driftReportContract.parse({
    schema: "mlgate/drift@1",
    ...model ? { model } : {},
    reference: {
      source: inputs.reference,
      kind: reference.kind === "inference-log" ? "data" : reference.kind,
      rows: reference.rows,
      ...reference.version ? { version: reference.version } : {},
      ...reference.digest ? { digest: reference.digest } : {}
    },
    current: {
      source: inputs.current.join(", "),
      kind: current.kind === "registry" ? "profile" : current.kind,
      rows: current.rows,
      ...since ? { since: since.toISOString() } : {}
    },
    ...comparison,
    mode: reference.sketch || current.sketch ? "sketch" : comparison.mode,
    status,
    drifted: status === "drift",
    ...performance ? { performance } : {},
    ...skipped.length ? { not_compared: skipped } : {},
    ...prediction ? { prediction } : {},
    generated_at: now.toISOString()
  });
  let issue;
  let dispatched = false;
  let dispatchReason;
  let state;
  const key = model ? driftAlertKey(model) : void 0;
  const previous = key && ports.alerts ? await ports.alerts.find(key) : void 0;
  const prevState = readAlertState(previous?.body);
  let record2;
  if (key && ports.dispatcher && (policy.retrain.workflow || policy.retrain.event)) {
    const last = report.drifted ? await ports.dispatcher.last(key) : void 0;
    const decision = decideDispatch({
      drifted: report.drifted,
      now,
      cooldownMs: parseDuration(policy.retrain.cooldown, "drift.retrain.cooldown"),
      recorded: prevState?.dispatch,
      last
    });
    dispatchReason = decision.reason;
    if (decision.dispatch) {
      const degraded = report.performance?.metrics.filter((m) => m.degraded).map((m) => m.metric) ?? [];
      const reason = `data drift in ${model}: ${report.drifted_columns.slice(0, 10).join(", ") || "no column"}` + (degraded.length ? `; degraded on labelled rows: ${degraded.join(", ")}` : "");
      const links = {};
      if (inputs.links?.run) links.run = inputs.links.run;
      if (inputs.links?.report) links.report = inputs.links.report;
      const sent = await ports.dispatcher.dispatch(key, { reason, links });
      record2 = {
        at: now.toISOString(),
        target: policy.retrain.workflow ? `workflow:${policy.retrain.workflow}` : `event:${policy.retrain.event}`,
        ...sent.url ? { url: sent.url } : {}
      };
      dispatched = true;
      ports.logger.info(`dispatched retraining (${ports.dispatcher.location})`);
    } else if (report.drifted) ports.logger.info(`no retraining dispatch: ${decision.reason}`);
  }
  if (key) {
    state = nextAlertState(
      prevState,
      {
        at: now.toISOString(),
        status: report.status,
        drifted: report.drifted_columns,
        ...inputs.links?.run ? { url: inputs.links.run } : {}
      },
      policy.issue.history,
      record2
    );
  }
  const limit = GITHUB_COMMENT_LIMIT - 2500;
  const fitted = fitDriftReport(report, state ? reportBudget(limit, state) : limit, {
    summaryUrl: inputs.links?.run
  });
  const markdown = fitted.markdown;
  if (key && state && ports.alerts && policy.issue.enabled) {
    const body = renderAlertBody(markdown, state);
    const title = `Data drift: ${model}`;
    const open2 = previous?.state === "open";
    if (report.status === "drift" || open2 && report.status === "insufficient_data") {
      issue = await ports.alerts.raise(key, { title, body, labels: policy.issue.labels });
    } else if (open2 && report.status === "no_drift") {
      await ports.alerts.raise(key, { title, body, labels: policy.issue.labels });
      issue = await ports.alerts.resolve(
        key,
        `Drift resolved: no column drifted at ${now.toISOString()}${inputs.links?.run ? ` ([run](${inputs.links.run}))` : ""}. Closing; mlgate reopens this issue if the data drifts again.`
      );
    }
    if (issue) ports.logger.info(`drift issue: ${issue.url} (${issue.state})`);
  }
  await writeOutputs({
    [files.json]: toJson(report),
    [files.markdown]: markdown,
    [files.html]: renderCommentHtml(
      renderDriftReport(report, { summaryUrl: inputs.links?.run }),
      "mlgate drift-check"
    )
  });
  const exitCode = report.status === "drift" ? policy.fail_on_drift ? DRIFT_EXIT.drift : DRIFT_EXIT.no_drift : report.status === "insufficient_data" ? DRIFT_EXIT.insufficient_data : DRIFT_EXIT.no_drift;
  return {
    report,
    markdown,
    files,
    exitCode,
    ...issue ? { issue } : {},
    dispatched,
    ...dispatchReason ? { dispatchReason } : {}
  };
}
async function isDirectory(path) {
  try {
    return (await stat2(path)).isDirectory();
  } catch {
    return false;
  }
}
async function exists(path) {
  try {
    await stat2(path);
    return true;
  } catch {
    return false;
  }
}
async function isProfileFile(path) {
  if (extname(path).toLowerCase() !== ".json") return false;
  const fh = await open(path, "r");
  try {
    const buf = Buffer.alloc(4096);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    return /"schema"\s*:\s*"mlgate\/profile@1"/.test(buf.toString("utf8", 0, bytesRead));
  } finally {
    await fh.close();
  }
}
async function readReference(text, ctx) {
  if (!await exists(text) && /[@#]/.test(text)) {
    const ref = parseRef(text);
    const registry = ctx.ports.registry?.();
    if (!registry)
      throw new MlgateError(`no registry to resolve ${text} in`, { hint: "pass --registry <dir|github>" });
    const record2 = await registry.resolve(ref);
    if (!record2) {
      throw new MlgateError(`${text} is not in the registry ${registry.location}`, {
        hint: "list what is there with `mlgate registry list`"
      });
    }
    if (!record2.profile) {
      throw new MlgateError(`${record2.name}@v${record2.version} was registered without a training profile`, {
        hint: "register with the profile validate-data wrote (register --profile), or pass --reference <profile.json>"
      });
    }
    const predicted = record2.predictions ? fromProfile(record2.predictions, "registry") : void 0;
    return {
      ...fromProfile(record2.profile, "registry"),
      ...predicted?.prediction ? { prediction: predicted.prediction, predictionRows: predicted.rows } : {},
      version: `v${record2.version}`,
      digest: record2.digest,
      model: record2.name,
      task: record2.task,
      ...record2.lineage.evaluation ? {
        registeredMetrics: Object.fromEntries(
          Object.entries(record2.lineage.evaluation.metrics).map(([k, v]) => [k, v.value])
        )
      } : {}
    };
  }
  if (await isDirectory(text)) return readData([text], { ...ctx, logger: ctx.ports.logger }, "reference");
  if (await isProfileFile(text)) return fromProfile(await loadProfile(text), "profile");
  return readData([text], { ...ctx, logger: ctx.ports.logger }, "reference");
}
async function readCurrent(paths, ctx) {
  if (paths.length === 1 && !await isDirectory(paths[0]) && await isProfileFile(paths[0])) {
    if (ctx.since) {
      throw new MlgateError("--since needs rows with times, and a profile has none", {
        hint: "pass the inference log directory (or data files) with --since, or a profile without it"
      });
    }
    return fromProfile(await loadProfile(paths[0]), "profile");
  }
  return readData(paths, ctx, "current");
}
function fromProfile(profile, kind) {
  const side = profileSide(profile);
  const prediction = side.columns.find((c) => c.name === INFERENCE_LOG_FIELDS.prediction);
  return {
    side,
    kind,
    rows: profile.rows,
    sketch: true,
    ...prediction ? { prediction } : {},
    ...profile.label ? { label: profile.label } : {}
  };
}
async function logFiles(dir, since) {
  const names = (await readdir(dir)).filter((n) => INFERENCE_LOG_FILE.test(n)).sort();
  if (names.length === 0) {
    throw new MlgateError(`${dir} holds no inference log files (inference-<time>-<seq>.jsonl)`, {
      location: { file: dir },
      hint: "pass the directory `mlgate serve` logs to, or data files"
    });
  }
  const start = (n) => {
    const m = /^inference-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z/.exec(n);
    return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]);
  };
  const keep = names.filter(
    (_, i) => !since || i + 1 >= names.length || start(names[i + 1]) >= since.getTime()
  );
  return keep.map((n) => join(dir, n));
}
async function readData(paths, ctx, which) {
  const files = [];
  let log = false;
  for (const p of paths) {
    if (await isDirectory(p)) {
      log = true;
      files.push(...await logFiles(p, which === "current" ? ctx.since : void 0));
    } else files.push(p);
  }
  const since = which === "current" && ctx.since ? { column: INFERENCE_LOG_FIELDS.time, atLeast: ctx.since.getTime() } : void 0;
  const job = {
    paths: files,
    read: ctx.read,
    excludePrefix: MLGATE_PREFIX,
    also: [INFERENCE_LOG_FIELDS.prediction],
    ...since ? { since } : {},
    maxRows: ctx.policy.exact_max_rows
  };
  const values = await readValuesOffThread(job);
  const kind = log ? "inference-log" : "data";
  if (!values.exceeded) {
    const predictionValues = values.columns.find((c) => c.name === INFERENCE_LOG_FIELDS.prediction);
    const side2 = dataSide(
      values.rows,
      values.columns.filter((c) => c.name !== INFERENCE_LOG_FIELDS.prediction)
    );
    return {
      side: side2,
      kind,
      rows: values.rows,
      sketch: false,
      ...predictionValues ? { prediction: dataColumn(predictionValues) } : {}
    };
  }
  ctx.logger.info(
    `${which}: more than ${ctx.policy.exact_max_rows} rows (drift.exact_max_rows): comparing quantile sketches` + (since ? "; the --since window then applies to whole log files" : "")
  );
  const profiles = [];
  for (const f of files) profiles.push((await scanFile(f, { read: ctx.read })).profile);
  const merged = profiles.length === 1 ? profiles[0] : mergeProfiles(profiles);
  const side = fromProfile(merged, "profile");
  return { ...side, kind, rows: merged.rows };
}
async function labelCheck(file, current, reference, ctx) {
  if (!reference.registeredMetrics || !reference.task) {
    throw new MlgateError(
      "--labels compares with the metrics recorded at registration: the reference must be a registry version registered with its evaluation",
      {
        hint: "pass --reference penguins#prod (a version registered with --evaluation)"
      }
    );
  }
  const dirs = [];
  for (const p of current) if (await isDirectory(p)) dirs.push(p);
  if (dirs.length === 0) {
    throw new MlgateError(
      "--labels joins labels to an inference log by request id: --current must be an inference-log directory",
      {
        hint: "pass the directory `mlgate serve --inference-log` writes"
      }
    );
  }
  const F = INFERENCE_LOG_FIELDS;
  const table2 = await readTable(file, ctx.read);
  const find = (...names) => table2.columns.find((c) => names.some((n) => n !== void 0 && c.name === n));
  const ids = find("request_id", F.requestId);
  const rowsCol = find("row", F.row);
  const truth = find(ctx.labelColumn, "label");
  if (!ids || !truth) {
    throw new MlgateError(
      `${file} needs a request_id column and a ${ctx.labelColumn ? `${ctx.labelColumn} (or label)` : "label"} column; it has ${table2.columns.map((c) => c.name).join(", ")}`,
      {
        location: { file },
        hint: "one row per labelled prediction: request_id (the response's id), row (its index in the request; 0 if absent), and the label"
      }
    );
  }
  const labels = /* @__PURE__ */ new Map();
  for (let i = 0; i < table2.rowCount; i++) {
    const id = ids.values[i];
    const y = truth.values[i];
    if (id === null || y === null || y === void 0) continue;
    const row = rowsCol?.values[i] ?? 0;
    labels.set(`${id}\0${row}`, typeof y === "boolean" ? String(y) : y);
  }
  const joined = { truth: [], predicted: [], probabilities: [] };
  let withProba = true;
  const matched = /* @__PURE__ */ new Set();
  for (const dir of dirs) {
    for (const f of await logFiles(dir, ctx.since)) {
      const text = await readFile(f, "utf8");
      for (const line of text.split("\n")) {
        if (!line) continue;
        const r = JSON.parse(line);
        if (ctx.since && Date.parse(String(r[F.time])) < ctx.since.getTime()) continue;
        const key = `${r[F.requestId]}\0${r[F.row] ?? 0}`;
        const y = labels.get(key);
        if (y === void 0 || matched.has(key)) continue;
        matched.add(key);
        joined.truth.push(reference.task === "classification" ? String(y) : Number(y));
        joined.predicted.push(r[F.prediction]);
        const p = r[F.probabilities];
        if (p) joined.probabilities.push(p);
        else withProba = false;
      }
    }
  }
  const unmatched = labels.size - matched.size;
  ctx.logger.info(
    `labels: ${matched.size} of ${labels.size} joined to logged rows${unmatched ? ` (${unmatched} matched no logged row)` : ""}`
  );
  const check = performanceCheck(
    {
      task: reference.task,
      truth: joined.truth,
      predicted: joined.predicted,
      ...withProba && reference.task === "classification" ? { probabilities: joined.probabilities } : {}
    },
    reference.registeredMetrics,
    {
      resamples: ctx.policy.performance.resamples,
      level: ctx.policy.performance.level,
      seed: ctx.policy.performance.seed
    }
  );
  return { ...check, ...unmatched ? { unmatched_labels: unmatched } : {} };
}

export {
  DRIFT_EXIT,
  driftCheck
};
