import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  githubError
} from "./chunk-PDW6HMQT.js";
import {
  MlgateError
} from "./chunk-62SJ64MT.js";
import {
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// src/github/check-run.ts
init_esm_dirname();
var ANNOTATIONS_PER_REQUEST = 50;
var CHECK_OUTPUT_LIMIT = 65535;
function checkRunName(model) {
  return `mlgate / ${model}`;
}
function checkOutput(check) {
  const fail = (what) => {
    throw new MlgateError(`check run '${check.name}': ${what}`, {
      hint: "the report layer must keep check output within GitHub's limits; nothing was posted"
    });
  };
  if (!check.name.trim()) fail("the name is empty");
  if (!check.title.trim()) fail("the title is empty");
  if (check.summary.length > CHECK_OUTPUT_LIMIT)
    fail(`the summary is ${check.summary.length} characters, the limit is ${CHECK_OUTPUT_LIMIT}`);
  if ((check.text?.length ?? 0) > CHECK_OUTPUT_LIMIT)
    fail(`the text is ${check.text?.length} characters, the limit is ${CHECK_OUTPUT_LIMIT}`);
  for (const [i, a] of (check.annotations ?? []).entries()) {
    if (!(Number.isInteger(a.start_line) && a.start_line >= 1 && a.end_line >= a.start_line))
      fail(`annotation ${i + 1} has lines ${a.start_line}\u2013${a.end_line}; need 1 \u2264 start_line \u2264 end_line`);
    if (!a.path) fail(`annotation ${i + 1} has no path`);
  }
}
function batches(annotations) {
  const out = [];
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) {
    out.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  }
  return out;
}
async function publishCheckRun(client, target, check, opts = {}) {
  checkOutput(check);
  const { owner, repo } = target;
  const [first = [], ...rest] = batches(check.annotations ?? []);
  const output = { title: check.title, summary: check.summary, text: check.text };
  let id;
  let url;
  try {
    const { data } = await client.rest.checks.create({
      owner,
      repo,
      name: check.name,
      head_sha: target.headSha,
      status: "completed",
      conclusion: check.conclusion,
      completed_at: (/* @__PURE__ */ new Date()).toISOString(),
      ...opts.detailsUrl ? { details_url: opts.detailsUrl } : {},
      ...opts.externalId ? { external_id: opts.externalId } : {},
      output: { ...output, annotations: first }
    });
    id = data.id;
    url = data.html_url ?? data.url;
  } catch (e) {
    throw githubError(`create check run '${check.name}'`, e);
  }
  for (const batch of rest) {
    try {
      await client.rest.checks.update({
        owner,
        repo,
        check_run_id: id,
        output: { title: check.title, summary: check.summary, annotations: batch }
      });
    } catch (e) {
      throw githubError(`add annotations to check run '${check.name}'`, e);
    }
  }
  return { id, url, requests: 1 + rest.length };
}

export {
  checkRunName,
  publishCheckRun
};
