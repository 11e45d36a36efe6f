import type { Command } from "commander";
import type { LoadedConfig } from "../../core/config/load.js";
import type { ModelRegistry } from "../../core/ports.js";
import { type CliContext, contextFrom } from "../context.js";

const REGISTRY_OPTION = [
  "--registry <path|github>",
  "registry directory, or github for the repository's tags and releases (default: registry in mlgate.yml, else .mlgate/registry)",
] as const;

async function open(
  ctx: CliContext,
  flag: string | undefined,
): Promise<{ registry: ModelRegistry; loaded: LoadedConfig | undefined }> {
  const { chooseRegistry } = await import("../../wiring.js");
  const loaded = await ctx.config({ optional: true });
  return { registry: chooseRegistry(loaded, flag), loaded };
}

export function registerRegistry(program: Command): void {
  const registry = program
    .command("registry")
    .description("List, show, assign, pull and deprecate registered model versions")
    .addHelpText(
      "after",
      "\nReferences: <name>@v1.2.3 (a version), <name>#<stage> (what a stage holds), <name>@latest.\n" +
        "Every assignment and deprecation is an event in the model's append-only history.",
    );

  registry
    .command("list [name]")
    .description("Models with their versions and stages")
    .option(...REGISTRY_OPTION)
    .addHelpText("after", "\nExamples:\n  $ mlgate registry list\n  $ mlgate registry list penguins --json")
    .action(async (name: string | undefined, opts: { registry?: string }, cmd: Command) => {
      const ctx = contextFrom(cmd);
      const { listModels } = await import("../../commands/registry.js");
      const { registry: r } = await open(ctx, opts.registry);
      const models = await listModels(r, name);
      const lines = models.flatMap((m) => [
        m.name,
        ...m.versions.map((v) => {
          const stages = Object.entries(m.aliases)
            .filter(([, held]) => held === v.version)
            .map(([a]) => `#${a}`);
          const flags = [...stages, ...(m.deprecated.includes(v.version) ? ["deprecated"] : [])];
          return `  v${v.version}  ${v.digest.slice(0, 19)}  ${v.created_at}${flags.length ? `  ${flags.join(" ")}` : ""}`;
        }),
      ]);
      ctx.emit(models, lines.length ? lines.join("\n") : `no models in ${r.location}`);
    });

  registry
    .command("show <ref>")
    .description("One version's record: digest, files, lineage, evaluation, stages")
    .option(...REGISTRY_OPTION)
    .addHelpText(
      "after",
      "\nExamples:\n  $ mlgate registry show penguins@v1.2.3\n  $ mlgate registry show penguins#champion --json",
    )
    .action(async (ref: string, opts: { registry?: string }, cmd: Command) => {
      const ctx = contextFrom(cmd);
      const { showVersion } = await import("../../commands/registry.js");
      const { registry: r } = await open(ctx, opts.registry);
      const shown = await showVersion(r, ref);
      const v = shown.version;
      const e = v.lineage.evaluation;
      ctx.emit(
        shown,
        [
          `${v.tag}${shown.deprecated ? " (deprecated)" : ""}${shown.aliases.length ? `  ${shown.aliases.map((a) => `#${a}`).join(" ")}` : ""}`,
          `digest   ${v.digest}`,
          `created  ${v.created_at}${v.lineage.actor ? ` by ${v.lineage.actor}` : ""}`,
          `version  ${v.bump.rule}: ${v.bump.reason}`,
          `gate     ${v.gate.status}: ${v.gate.reason}`,
          ...(v.lineage.git_commit ? [`commit   ${v.lineage.git_commit}`] : []),
          ...(v.lineage.workflow_run_url ? [`run      ${v.lineage.workflow_run_url}`] : []),
          `data     train ${v.lineage.data.train.sha256.slice(0, 12)} (${v.lineage.data.train.rows} rows)`,
          ...(e ? [`eval     ${e.verdict}: ${e.summary}`] : []),
          `files    ${v.files.map((f) => f.path).join(", ")}`,
        ].join("\n"),
      );
    });

  registry
    .command("assign <ref>")
    .description("Point a stage (alias) at a version; recorded in the history")
    .requiredOption("--stage <stage>", "stage to move, e.g. champion, staging, prod")
    .requiredOption("--why <text>", "why, for the history")
    .option(...REGISTRY_OPTION)
    .addHelpText(
      "after",
      '\nExamples:\n  $ mlgate registry assign penguins@v1.2.3 --stage prod --why "passed staging soak"\n' +
        '  $ mlgate registry assign penguins#staging --stage prod --why "promote" --json',
    )
    .action(async (ref: string, opts: { stage: string; why: string; registry?: string }, cmd: Command) => {
      const ctx = contextFrom(cmd);
      const { actorFrom, assignStage } = await import("../../commands/registry.js");
      const { registry: r, loaded } = await open(ctx, opts.registry);
      const event = await assignStage(r, loaded, {
        ref,
        stage: opts.stage,
        why: opts.why,
        actor: actorFrom(process.env),
      });
      ctx.emit(
        event,
        `${event.name}#${event.alias} → ${event.version}` +
          (event.previous ? ` (was ${event.previous})` : " (new stage)") +
          ` — event ${event.seq}`,
      );
    });

  registry
    .command("history <name>")
    .description("Every assignment and deprecation of a model, in order")
    .option(...REGISTRY_OPTION)
    .addHelpText(
      "after",
      "\nExamples:\n  $ mlgate registry history penguins\n  $ mlgate registry history penguins --json",
    )
    .action(async (name: string, opts: { registry?: string }, cmd: Command) => {
      const ctx = contextFrom(cmd);
      const { modelHistory } = await import("../../commands/registry.js");
      const { registry: r } = await open(ctx, opts.registry);
      const events = await modelHistory(r, name);
      ctx.emit(
        events,
        events.length
          ? events
              .map((e) =>
                e.kind === "assign"
                  ? `${e.seq}  ${e.at}  ${e.actor}  #${e.alias}: ${e.previous ?? "(none)"} → ${e.version}  — ${e.why}`
                  : `${e.seq}  ${e.at}  ${e.actor}  deprecated ${e.version}  — ${e.why}`,
              )
              .join("\n")
          : `${name}: no assignments yet`,
      );
    });

  registry
    .command("pull <ref>")
    .description("Copy a version's bundle out of the registry, verifying its digest")
    .requiredOption("--out <dir>", "new or empty directory for the bundle")
    .option("--profile <file>", "also write the version's training profile (profile.json) here")
    .option(...REGISTRY_OPTION)
    .addHelpText(
      "after",
      "\nA bundle whose files no longer match the registered digest is refused, with both digests.\n" +
        "\nExamples:\n  $ mlgate registry pull penguins#champion --out baseline/model\n  $ mlgate registry pull penguins@v1.2.3 --out /tmp/m --json",
    )
    .action(async (ref: string, opts: { out: string; profile?: string; registry?: string }, cmd: Command) => {
      const ctx = contextFrom(cmd);
      const { pullVersion } = await import("../../commands/registry.js");
      const { registry: r } = await open(ctx, opts.registry);
      const pulled = await pullVersion(r, { ref, out: opts.out, profile: opts.profile });
      ctx.emit(
        {
          version: pulled.version.version,
          tag: pulled.version.tag,
          digest: pulled.digest,
          dir: pulled.dir,
          ...(pulled.profile ? { profile: pulled.profile } : {}),
        },
        `pulled ${pulled.version.tag} into ${pulled.dir} (digest ${pulled.digest} verified)` +
          (pulled.profile ? `; training profile → ${pulled.profile}` : ""),
      );
    });

  registry
    .command("card <ref>")
    .description("The version's model card: README.md with Hugging Face model-index metadata")
    .option("--out <file>", "write the card here instead of printing it")
    .option(...REGISTRY_OPTION)
    .addHelpText(
      "after",
      "\nExamples:\n  $ mlgate registry card penguins#champion\n  $ mlgate registry card penguins@v1.2.3 --out model-card/README.md",
    )
    .action(async (ref: string, opts: { out?: string; registry?: string }, cmd: Command) => {
      const ctx = contextFrom(cmd);
      const { versionCard } = await import("../../commands/registry.js");
      const { registry: r } = await open(ctx, opts.registry);
      const result = await versionCard(r, { ref, out: opts.out });
      ctx.emit(
        { version: result.version.version, tag: result.version.tag, file: result.file, card: result.card },
        result.file ? `wrote ${result.file}` : result.card,
      );
    });

  registry
    .command("deprecate <ref>")
    .description("Mark a version deprecated (an event; nothing is deleted)")
    .requiredOption("--why <text>", "why, for the history")
    .option(...REGISTRY_OPTION)
    .addHelpText(
      "after",
      '\nExamples:\n  $ mlgate registry deprecate penguins@v1.0.3 --why "trained on the leaked split"',
    )
    .action(async (ref: string, opts: { why: string; registry?: string }, cmd: Command) => {
      const ctx = contextFrom(cmd);
      const { actorFrom, deprecateVersion } = await import("../../commands/registry.js");
      const { registry: r } = await open(ctx, opts.registry);
      const event = await deprecateVersion(r, { ref, why: opts.why, actor: actorFrom(process.env) });
      ctx.emit(event, `deprecated ${event.name}@v${event.version} — event ${event.seq}`);
    });
}
