import type { Command } from "commander";
import { MlgateError } from "../../core/errors.js";
import { contextFrom, intOption } from "../context.js";

export function registerPublish(program: Command): void {
  program
    .command("publish")
    .description("Post an uploaded evaluation as the sticky PR comment and check run (the fork-safe poster)")
    .requiredOption("-d, --dir <dir>", "directory with the downloaded artifact")
    .option("--pr <number>", "pull request number; must match the triggering run", intOption("--pr"))
    .addHelpText(
      "after",
      "\nReads evaluation.json, pr-comment.md and check.json that a pull_request run uploaded, checks them, and\n" +
        "posts them. The pull request comes from the triggering workflow_run, never from the artifact, and\n" +
        "nothing in the artifact is executed. Under workflow_run, an empty or missing --dir (the run was\n" +
        "cancelled or stopped before evaluating) is skipped with exit 0.\n" +
        "\nEnvironment: GITHUB_TOKEN (pull-requests: write, checks: write), GITHUB_REPOSITORY, GITHUB_EVENT_NAME,\n" +
        "GITHUB_EVENT_PATH, GITHUB_API_URL — all set by the runner.\n" +
        "\nExamples:\n" +
        "  # in a job on: workflow_run, after downloading the artifact into ./evaluation\n" +
        "  $ mlgate publish --dir evaluation\n" +
        "  # by hand, with a personal token\n" +
        "  $ GITHUB_REPOSITORY=octo-org/models GITHUB_TOKEN=... mlgate publish --dir out --pr 12",
    )
    .action(async (opts: { dir: string; pr?: number }, cmd: Command) => {
      const ctx = contextFrom(cmd);
      const { publish } = await import("../../commands/publish.js");
      const { githubClient, readActionsContext, tokenFrom } = await import("../../github/client.js");
      const context = readActionsContext(process.env);
      const token = tokenFrom(process.env);
      if (!token) {
        throw new MlgateError("no GitHub token", {
          // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression shown to the user
          hint: "set GITHUB_TOKEN (in a workflow: `env: GITHUB_TOKEN: ${{ github.token }}`)",
        });
      }
      const client = githubClient({ token, logger: ctx.logger });
      const result = await publish(
        { dir: opts.dir, pr: opts.pr },
        { client, context },
        { logger: ctx.logger },
      );
      ctx.emit(
        result,
        result.skipped
          ? `nothing published: ${result.reason}`
          : `${result.comment.action} comment ${result.comment.url}\n` +
              `check run ${result.check.conclusion}: ${result.check.url}`,
      );
    });
}
