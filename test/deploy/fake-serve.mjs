#!/usr/bin/env node
/*
 * A tiny Open Inference Protocol v2 server with `mlgate serve`'s command-line contract, for the
 * deploy tests: `fake-serve.mjs serve --model <dir> --host 127.0.0.1 --port 0 --state-file <path>`.
 * The "model" is `<dir>/fake-oip.json`: { name, version, digest, features: [{name, type}], task,
 * classes, predictions: [...golden predictions] }; infer answers those predictions for the first
 * rows of the request. Once listening it writes the state file atomically and prints
 * `mlgate serve: listening on <url>` to stderr; SIGTERM closes the listener, lets in-flight
 * requests finish, removes the state file and exits 0. Also importable: `oipHandler(model)`.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";

const DATATYPE = { string: "BYTES", bool: "BOOL", int: "INT64", float: "FP64" };

export function oipHandler(model) {
  return (req, res) => {
    const send = (status, body) => {
      const text = body === undefined ? "" : JSON.stringify(body);
      res.writeHead(status, {
        "content-type": "application/json",
        "content-length": Buffer.byteLength(text),
      });
      res.end(text);
    };
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      const url = new URL(req.url, "http://x");
      if (url.pathname === "/v2/health/ready" || url.pathname === "/v2/health/live") return send(200);
      if (url.pathname === `/v2/models/${model.name}` && req.method === "GET") {
        return send(200, {
          name: model.name,
          versions: [model.version],
          platform: "mlgate",
          inputs: model.features.map((f) => ({ name: f.name, datatype: DATATYPE[f.type], shape: [-1] })),
          outputs: [],
        });
      }
      if (url.pathname === `/v2/models/${model.name}/infer` && req.method === "POST") {
        const body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
        const n = body.inputs[0].data.length;
        const preds = Array.from({ length: n }, (_, i) => model.predictions[i % model.predictions.length]);
        const outputs =
          model.task === "classification"
            ? [
                { name: "label", datatype: "BYTES", shape: [n], data: preds.map((p) => p.label) },
                {
                  name: "probabilities",
                  datatype: "FP32",
                  shape: [n, model.classes.length],
                  parameters: { classes: JSON.stringify(model.classes) },
                  data: preds.flatMap((p) => p.proba),
                },
              ]
            : [{ name: "value", datatype: "FP64", shape: [n], data: preds.map((p) => p.value) }];
        return send(200, {
          model_name: model.name,
          model_version: model.version,
          id: body.id ?? "1",
          outputs,
        });
      }
      return send(404, { error: `no route ${req.method} ${url.pathname}` });
    });
  };
}

function arg(name) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[2] === "serve") {
  const dir = arg("--model");
  const stateFile = arg("--state-file");
  const model = JSON.parse(readFileSync(`${dir}/fake-oip.json`, "utf8"));
  if (model.crash) {
    process.stderr.write("mlgate serve: cannot load the model\n");
    process.exit(2);
  }
  const server = createServer(oipHandler(model));
  server.listen(Number(arg("--port") ?? 0), arg("--host") ?? "127.0.0.1", () => {
    const url = `http://127.0.0.1:${server.address().port}`;
    const tmp = `${stateFile}.${process.pid}.tmp`;
    const state = {
      url,
      pid: process.pid,
      model: model.name,
      version: model.version,
      digest: model.digest,
      started_at: new Date().toISOString(),
    };
    writeFileSync(tmp, JSON.stringify(state));
    renameSync(tmp, stateFile);
    process.stderr.write(`mlgate serve: listening on ${url}\n`);
  });
  process.on("SIGTERM", () => {
    server.close(() => {
      rmSync(stateFile, { force: true });
      process.exit(0);
    });
    server.closeIdleConnections?.();
  });
}
