/** Where the baseline of a comparison comes from. */
export interface BaselineRef {
  /** A model bundle directory or a predictions file. */
  path: string;
  /** How it was chosen, for the report: `--baseline`, `evaluate.baseline in mlgate.yml`, `registry champion`. */
  origin: string;
}

/**
 * The BaselineSource port: resolves the model a candidate is compared with. Undefined means
 * first-model mode (absolute thresholds only).
 */
export interface BaselineSource {
  resolve(model: string): Promise<BaselineRef | undefined>;
}

/** Looks up the model that currently serves production (the registry's champion). */
export interface ChampionLookup {
  champion(model: string): Promise<string | undefined>;
}

/**
 * The embedded default: a path given on the command line wins, then `evaluate.baseline` from the
 * config, then the registry's champion when a registry is wired in; otherwise no baseline.
 */
export function localBaselineSource(opts: {
  given?: string;
  configured?: string;
  registry?: ChampionLookup;
}): BaselineSource {
  return {
    async resolve(model) {
      if (opts.given) return { path: opts.given, origin: "--baseline" };
      if (opts.configured) return { path: opts.configured, origin: "evaluate.baseline in mlgate.yml" };
      const champion = await opts.registry?.champion(model);
      return champion ? { path: champion, origin: "registry champion" } : undefined;
    },
  };
}
