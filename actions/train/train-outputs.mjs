// Turns `mlgate train --json` output into step outputs and the job summary. Plain Node without
// dependencies: it runs beside the bundled CLI in the composite, which already rendered (and
// escaped) the summary markdown.
import { appendFileSync, readFileSync } from "node:fs";

const result = JSON.parse(readFileSync(process.argv[2], "utf8"));
const outputs = {
  model: result.model_dir,
  backend: result.backend,
  device: result.device,
  "samples-per-second": result.samples_per_second ?? "",
};
if (process.env.GITHUB_OUTPUT) {
  for (const [k, v] of Object.entries(outputs)) {
    appendFileSync(process.env.GITHUB_OUTPUT, `${k}<<__mlgate_output__\n${String(v)}\n__mlgate_output__\n`);
  }
}
if (process.env.GITHUB_STEP_SUMMARY && result.summary_markdown) {
  appendFileSync(process.env.GITHUB_STEP_SUMMARY, result.summary_markdown);
}
for (const [k, v] of Object.entries(outputs)) console.log(`${k}: ${v}`);
