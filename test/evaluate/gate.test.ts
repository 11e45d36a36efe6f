import { describe, expect, it } from "vitest";
import { gateRule } from "../../src/core/config/sections/evaluate.js";
import { judgeRule, type RuleInput } from "../../src/core/evaluate/gate.js";

const base: Omit<RuleInput, "candidate"> = {
  metric: "accuracy",
  direction: "higher",
  alpha: 0.05,
  level: 0.95,
};

// Each row: rule, the measured values, the expected verdict and a fragment of the reason.
const cases: {
  name: string;
  rule: Record<string, unknown>;
  input: Partial<RuleInput> & { candidate: number };
  verdict: "pass" | "fail" | "inconclusive";
  reason: RegExp;
}[] = [
  {
    name: "min met",
    rule: { min: 0.9 },
    input: { candidate: 0.93 },
    verdict: "pass",
    reason: /0\.93 ≥ min 0\.9/,
  },
  {
    name: "min missed",
    rule: { min: 0.9 },
    input: { candidate: 0.85 },
    verdict: "fail",
    reason: /0\.85 < min 0\.9/,
  },
  { name: "min exactly", rule: { min: 0.9 }, input: { candidate: 0.9 }, verdict: "pass", reason: /≥ min/ },
  {
    name: "max on a loss",
    rule: { max: 0.5 },
    input: { metric: "log_loss", direction: "lower", candidate: 0.7 },
    verdict: "fail",
    reason: /log_loss 0\.7 > max 0\.5/,
  },
  {
    name: "regression within bound: whole CI above −δ",
    rule: { max_regression: 0.02 },
    input: { candidate: 0.9, baseline: 0.9, ciLow: -0.015, ciHigh: 0.01 },
    verdict: "pass",
    reason: /within max_regression 0\.02/,
  },
  {
    name: "regression beyond bound: whole CI below −δ",
    rule: { max_regression: 0.02 },
    input: { candidate: 0.8, baseline: 0.9, ciLow: -0.15, ciHigh: -0.05 },
    verdict: "fail",
    reason: /regressed.*more than max_regression 0\.02/,
  },
  {
    name: "CI straddles −δ",
    rule: { max_regression: 0.02 },
    input: { candidate: 0.89, baseline: 0.9, ciLow: -0.04, ciHigh: 0.02 },
    verdict: "inconclusive",
    reason: /straddles max_regression 0\.02/,
  },
  {
    name: "relative bound: 10% of |baseline| for a loss (lower is better)",
    rule: { max_regression: 0.1, relative: true },
    input: { metric: "rmse", direction: "lower", candidate: 11.5, baseline: 10, ciLow: 1.2, ciHigh: 1.8 },
    verdict: "fail",
    reason: /10% of baseline = 1/,
  },
  {
    name: "relative bound, loss improved",
    rule: { max_regression: 0.1, relative: true },
    input: { metric: "rmse", direction: "lower", candidate: 9, baseline: 10, ciLow: -1.5, ciHigh: -0.4 },
    verdict: "pass",
    reason: /within/,
  },
  {
    name: "direction override turns a higher value into a regression",
    rule: { max_regression: 0.01, direction: "lower" },
    input: { direction: "lower", candidate: 0.95, baseline: 0.9, ciLow: 0.03, ciHigh: 0.07 },
    verdict: "fail",
    reason: /regressed/,
  },
  {
    name: "must_improve, significant",
    rule: { must_improve: true },
    input: { candidate: 0.95, baseline: 0.9, ciLow: 0.02, ciHigh: 0.08, pValue: 0.01 },
    verdict: "pass",
    reason: /improved.*p = 0\.01/,
  },
  {
    name: "must_improve, better but not significant",
    rule: { must_improve: true },
    input: { candidate: 0.91, baseline: 0.9, ciLow: -0.02, ciHigh: 0.04, pValue: 0.3 },
    verdict: "inconclusive",
    reason: /not significantly/,
  },
  {
    name: "must_improve, not better",
    rule: { must_improve: true },
    input: { candidate: 0.9, baseline: 0.9, ciLow: -0.02, ciHigh: 0.02, pValue: 1 },
    verdict: "fail",
    reason: /did not improve/,
  },
  {
    name: "first model: relative rules are skipped, absolute ones apply",
    rule: { min: 0.8, max_regression: 0.01 },
    input: { candidate: 0.85 },
    verdict: "pass",
    reason: /first model/,
  },
  {
    name: "the worst condition decides: min passes, regression fails",
    rule: { min: 0.5, max_regression: 0.01 },
    input: { candidate: 0.7, baseline: 0.9, ciLow: -0.25, ciHigh: -0.15 },
    verdict: "fail",
    reason: /regressed/,
  },
];

describe("gate rules", () => {
  for (const c of cases) {
    it(c.name, () => {
      const outcome = judgeRule(gateRule.parse(c.rule), { ...base, ...c.input });
      expect(outcome.verdict).toBe(c.verdict);
      expect(outcome.reasons.join(" | ")).toMatch(c.reason);
      if (c.verdict !== "pass") expect(outcome.blockingConditions.length).toBeGreaterThan(0);
    });
  }
});
