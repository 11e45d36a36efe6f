import type { Command } from "commander";
import type { LoadedConfig } from "../../core/config/load.js";
import { MlgateError } from "../../core/errors.js";
import { type CliContext, contextFrom } from "../context.js";

interface DeployOptions {
  model: string;
  target: string;
  environment: string;
  url?: string;
  command?: string;
  apply?: boolean;
  allowUngated?: boolean;
  alias?: string;
  registry?: string;
}

const ENV_HELP = "environment (a folder under deploy.dir, and the GitHub environment inside Actions)";

/** The deploy ports (wiring.ts composes them for both doors). */
async function portsFor(
  ctx: CliContext,
  loaded: LoadedConfig | undefined,
  opts: {
    target: string;
    environment?: string;
    url?: string;
    command?: string;
    apply?: boolean;
    registry?: string;
  },
) {
  const { chooseDeployPorts } = await import("../../wiring.js");
  return chooseDeployPorts(loaded, { ...opts, logger: ctx.logger, progress: ctx.progress });
}

/**
 * `deploy status --environment x`: commander may hand an option the parent `deploy` also declares
 * to the parent, so a subcommand takes its own value, else the parent's (which has the defaults).
 */
function subOptions(own: { environment?: string; target?: string }, cmd: Command) {
  const parent = cmd.parent?.opts<{ environment: string; target: string }>();
  return {
    environment: own.environment ?? parent?.environment ?? "staging",
    target: own.target ?? parent?.target ?? "local",
  };
}

export function registerDeploy(program: Command): void {
  const deploy = program
    .command("deploy")
    .description(
      "Deploy a registered, gated version: start it beside the current one, verify it, switch, or roll back",
    )
    .option("--model <ref>", "registry reference: penguins#champion, penguins@v1.2.0, penguins@latest")
    .option("--target <local|command|kserve>", "where it serves", "local")
    .option("--environment <env>", ENV_HELP, "staging")
    .option(
      "--url <url>",
      "command: where your script serves it (OIP v2 under <url>/v2); kserve: overrides .status.url",
    )
    .option(
      "--command <script>",
      "command target: your deploy script (gets MLGATE_MODEL_DIR, MLGATE_MODEL_VERSION, MLGATE_MODEL_DIGEST, MLGATE_ENVIRONMENT)",
    )
    .option("--apply", "kserve: kubectl apply the manifest and wait for Ready (otherwise it is only written)")
    .option("--allow-ungated", "deploy a version registered with --allow-ungated")
    .option("--alias <alias>", "the registry alias moved on success (default: the environment name)")
    .option(
      "--registry <path|github>",
      "registry directory, or github (default: registry in mlgate.yml, else .mlgate/registry)",
    )
    .addHelpText(
      "after",
      "\nWhat happens: the version must have passed the gate (its record says so) and its pulled bundle\n" +
        "must have the recorded digest. It is started beside what serves now (local: `mlgate serve` on a\n" +
        "new port), verified — /v2/health/ready, the model metadata against the registered features, and\n" +
        "the golden rows stored at registration against their registered predictions — and only then made\n" +
        "current (local: .mlgate/deploy/<env>/current.json) while the old one stops. If verification fails,\n" +
        "the new one is removed and the previous successful deployment is verified and recorded again as a\n" +
        "rollback. Every deployment is recorded: GitHub Deployments inside Actions, else\n" +
        ".mlgate/deploy/deployments.jsonl. Exit 0 deployed, 1 rolled back or failed.\n" +
        "\nExamples:\n" +
        "  $ mlgate deploy --model penguins#champion --environment staging\n" +
        "  $ mlgate deploy status --environment staging\n" +
        "  $ mlgate deploy --model penguins@v1.3.0 --target command --command ./ship.sh --url https://m.example.com --environment prod\n" +
        "  $ mlgate deploy --model penguins#champion --target kserve --environment prod --apply\n" +
        "  $ mlgate rollback --environment staging\n" +
        "  $ mlgate deploy stop --environment staging",
    )
    .action(async (opts: DeployOptions, cmd: Command) => {
      if (!opts.model)
        throw new MlgateError("deploy needs --model <ref>", {
          hint: "e.g. --model penguins#champion (mlgate registry list shows what exists)",
        });
      const ctx = contextFrom(cmd);
      const loaded = await ctx.config({ optional: true });
      const ports = await portsFor(ctx, loaded, opts);
      const { deployCommand, describeDeploy } = await import("../../commands/deploy.js");
      const result = await deployCommand(
        {
          model: opts.model,
          environment: opts.environment,
          allowUngated: opts.allowUngated,
          alias: opts.alias,
        },
        ports,
      );
      const human = describeDeploy(result);
      ctx.emit(result, human);
      if (result.state === "rolled-back" || result.state === "failed") process.exitCode = 1;
    });

  deploy
    .command("status")
    .description("What serves an environment now, and its deployment history")
    .option("--environment <env>", `${ENV_HELP} (default: "staging")`)
    .option("--target <local|command|kserve>", 'the target to ask (default: "local")')
    .action(async (own: { environment?: string; target?: string }, cmd: Command) => {
      const opts = subOptions(own, cmd);
      const ctx = contextFrom(cmd);
      const loaded = await ctx.config({ optional: true });
      const ports = await portsFor(ctx, loaded, { ...opts, apply: false });
      const { deployStatus } = await import("../../commands/deploy.js");
      const s = await deployStatus(opts.environment, ports);
      const lines = [
        s.current
          ? `${s.environment}: ${s.current.name}@v${s.current.version} at ${s.current.url} (${s.current.alive ? "running" : "NOT running"}${s.current.detail?.pid ? `, pid ${s.current.detail.pid}` : ""})`
          : `${s.environment}: nothing serves`,
        `deployments (${s.log}):`,
        ...s.history.map(
          (e) =>
            `  ${e.id}  ${e.createdAt}  ${e.name}@v${e.version}  ${e.state}${e.rollback ? " (rollback)" : ""}${e.description ? ` — ${e.description}` : ""}`,
        ),
      ];
      ctx.emit(s, lines.join("\n"));
    });

  deploy
    .command("stop")
    .description("Stop the server of an environment (local target) and mark its deployment inactive")
    .option("--environment <env>", `${ENV_HELP} (default: "staging")`)
    .action(async (own: { environment?: string }, cmd: Command) => {
      const opts = subOptions(own, cmd);
      const ctx = contextFrom(cmd);
      const loaded = await ctx.config({ optional: true });
      const ports = await portsFor(ctx, loaded, { target: "local" });
      const { deployStop } = await import("../../commands/deploy.js");
      const r = await deployStop(opts.environment, ports);
      ctx.emit(
        r,
        r.stopped
          ? `stopped ${r.stopped.name}@v${r.stopped.version} (${r.stopped.url})`
          : `${opts.environment}: nothing was running`,
      );
    });
}

export function registerRollback(program: Command): void {
  program
    .command("rollback")
    .description("Put back the environment's previous successful version, verified, recorded as a rollback")
    .option("--environment <env>", ENV_HELP, "staging")
    .option("--target <local|command|kserve>", "where it serves (default: the last deployment's target)")
    .option("--url <url>", "command target: where your script serves it")
    .option("--command <script>", "command target: your deploy script")
    .option("--apply", "kserve: apply with kubectl")
    .option("--alias <alias>", "the registry alias moved (default: the environment name)")
    .option("--registry <path|github>", "registry directory, or github")
    .addHelpText(
      "after",
      "\nThe previous version is the last deployment of the environment that succeeded with another\n" +
        "digest than the one serving now. Rolling back twice goes back to where you started.\n" +
        "\nExample:\n  $ mlgate rollback --environment staging",
    )
    .action(
      async (
        opts: {
          environment: string;
          target?: string;
          url?: string;
          command?: string;
          apply?: boolean;
          alias?: string;
          registry?: string;
        },
        cmd: Command,
      ) => {
        const ctx = contextFrom(cmd);
        const loaded = await ctx.config({ optional: true });
        let target = opts.target;
        if (!target) {
          const { chooseDeploymentLog, deployDir } = await import("../../wiring.js");
          const { log } = chooseDeploymentLog({ dir: deployDir(loaded), logger: ctx.logger });
          target = (await log.lastSuccessful(opts.environment))?.target ?? "local";
        }
        const ports = await portsFor(ctx, loaded, { ...opts, target });
        const { rollbackCommand } = await import("../../commands/deploy.js");
        const r = await rollbackCommand({ environment: opts.environment, alias: opts.alias }, ports);
        ctx.emit(
          r,
          r.ok
            ? `rolled ${r.environment} back from v${r.from.version} to ${r.name}@v${r.version} at ${r.url} (deployment ${r.deploymentId})`
            : `rollback to ${r.name}@v${r.version} failed verification:\n${r.verification.problems.map((p) => `  ${p}`).join("\n")}`,
        );
        if (!r.ok) process.exitCode = 1;
      },
    );
}
