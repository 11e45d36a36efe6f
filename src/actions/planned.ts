import * as core from "@actions/core";

/**
 * Entry for an action whose command is not in this release yet: the action.yml is real (inputs,
 * outputs, documentation) so workflows validate, and running it fails with a clear message
 * rather than silently doing nothing.
 */
export function planned(name: string): void {
  core.setFailed(
    `mlgate ${name} is not available in this release yet. ` +
      "Pin a release that lists it in CHANGELOG.md, or remove this step for now.",
  );
}
