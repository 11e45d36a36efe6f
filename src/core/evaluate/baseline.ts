/** Where the baseline of a comparison comes from. */
export interface BaselineRef {
  /** A model bundle directory or a predictions file. */
  path: string;
  /** How it was chosen, for the report: `--baseline`, `evaluate.baseline in mlgate.yml`, `registry champion`. */
  origin: string;
  /** The registered version it is, when it came from the registry. */
  registry?: RegisteredBaseline;
  /** Removes what was made to resolve it (a pulled copy); called once it has been scored. */
  release?: () => Promise<void>;
}

/** A registered version chosen as the baseline through an alias. */
export interface RegisteredBaseline {
  /** `<name>@v<semver>`, the side's source in evaluation.json. */
  tag: string;
  version: string;
  alias: string;
}

/**
 * The choice of a baseline: a model to compare with, or first-model mode (absolute thresholds
 * only) with, when a registry was asked, the reason the report gives.
 */
export interface BaselineChoice {
  ref?: BaselineRef;
  /** Set only without `ref`: why first-model mode, e.g. no champion in the registry yet. */
  firstModel?: string;
}

/** The BaselineSource port: resolves the model a candidate is compared with. */
export interface BaselineSource {
  resolve(model: string): Promise<BaselineChoice>;
}

/** A pulled champion: a bundle directory (its digest verified) and the version it is. */
export interface ChampionRef extends RegisteredBaseline {
  path: string;
  /** Removes the pulled copy. */
  release?: () => Promise<void>;
}

/** Looks up the model that currently serves production (the registry's champion). */
export interface ChampionLookup {
  /** The alias asked for, e.g. `champion`, for the first-model reason. */
  readonly alias: string;
  champion(model: string): Promise<ChampionRef | undefined>;
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
      if (opts.given) return { ref: { path: opts.given, origin: "--baseline" } };
      if (opts.configured) {
        return { ref: { path: opts.configured, origin: "evaluate.baseline in mlgate.yml" } };
      }
      if (!opts.registry) return {};
      const champion = await opts.registry.champion(model);
      if (!champion) {
        return {
          firstModel: `no ${opts.registry.alias} in the registry yet (${model}#${opts.registry.alias})`,
        };
      }
      const { path, release, ...registry } = champion;
      return {
        ref: { path, origin: `registry ${registry.alias}`, registry, ...(release ? { release } : {}) },
      };
    },
  };
}
