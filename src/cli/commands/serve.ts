import type { Command } from "commander";
import type { ServeInputs } from "../../commands/serve.js";
import { contextFrom, intOption, numberOption } from "../context.js";

type ServeOptions = ServeInputs & { registry?: string };

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description(
      "Serve a model over HTTP: Open Inference Protocol v2 (/v2/...), KServe V1 (/v1/models/<name>:predict) and Prometheus /metrics",
    )
    .requiredOption(
      "-m, --model <dir|ref>",
      "model bundle directory, or a registry reference: penguins#prod (what a stage holds), penguins@v1.2.0",
    )
    .option("--host <address>", "address to listen on", "127.0.0.1")
    .option(
      "--port <n>",
      "port to listen on (0: a free one, printed and in --state-file)",
      intOption("--port"),
      8080,
    )
    .option(
      "--inference-log <dir>",
      "append every scored row as JSON Lines here (default: serve.inference_log)",
    )
    .option(
      "--sample-rate <r>",
      "share of scored rows logged, 0–1 (default: serve.sample_rate, 1)",
      numberOption("--sample-rate"),
    )
    .option(
      "--state-file <path>",
      "once listening, write {url, pid, model, version, digest, started_at} here as JSON; removed on exit",
    )
    .option(
      "--model-version <x.y.z>",
      "the registry version a bundle directory is, named in metadata, /metrics and the inference log (deploy passes it)",
    )
    .option(
      "--registry <path|github>",
      "registry for a reference (default: registry in mlgate.yml, else .mlgate/registry)",
    )
    .addHelpText(
      "after",
      [
        "",
        "Stops on SIGTERM or SIGINT after answering the requests in flight (exit 0).",
        "Request bodies are limited to serve.max_body_bytes (413) and serve.max_rows rows.",
        "",
        "Examples:",
        "  $ mlgate serve --model out/model --port 0 --state-file serve.json",
        "  $ mlgate serve --model penguins#prod --inference-log logs/ --sample-rate 0.1",
        "  $ curl -s localhost:8080/v2/models/penguins",
        `  $ curl -s localhost:8080/v1/models/penguins:predict -d '{"instances": [{"island": "Biscoe", ...}]}'`,
      ].join("\n"),
    )
    .action(async (opts: ServeOptions, cmd: Command) => {
      const ctx = contextFrom(cmd);
      const [{ startServe }, { chooseRegistry }] = await Promise.all([
        import("../../commands/serve.js"),
        import("../../wiring.js"),
      ]);
      const loaded = await ctx.config({ optional: true });
      const server = await startServe(
        loaded,
        {
          model: opts.model,
          host: opts.host,
          port: opts.port,
          ...(opts.inferenceLog === undefined ? {} : { inferenceLog: opts.inferenceLog }),
          ...(opts.sampleRate === undefined ? {} : { sampleRate: opts.sampleRate }),
          ...(opts.stateFile === undefined ? {} : { stateFile: opts.stateFile }),
          ...(opts.modelVersion === undefined ? {} : { modelVersion: opts.modelVersion }),
        },
        { logger: ctx.logger, registry: () => chooseRegistry(loaded, opts.registry) },
      );
      // The one line a supervisor waits for (the state file says the same, as JSON).
      process.stderr.write(`mlgate serve: listening on ${server.state.url}\n`);
      const signal = await new Promise<NodeJS.Signals>((resolve) => {
        process.once("SIGTERM", () => resolve("SIGTERM"));
        process.once("SIGINT", () => resolve("SIGINT"));
      });
      ctx.logger.info(`${signal}: answering the requests in flight, then stopping`);
      await server.stop();
      ctx.emit({ ...server.state, stopped: signal }, `mlgate serve: stopped (${signal})`);
    });
}
