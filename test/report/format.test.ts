import { describe, expect, it } from "vitest";
import {
  allOf,
  formatCount,
  formatDelta,
  formatInterval,
  formatLevel,
  formatNumber,
  formatPValue,
  plural,
} from "../../src/core/report/format.js";

describe("formatNumber", () => {
  it.each([
    [0.94052, "0.9405"],
    [0.123456, "0.1235"],
    [123.456, "123.5"],
    [1234.5, "1235"],
    [0.7, "0.7"],
    [1, "1"],
    [0.0495, "0.0495"],
    [-0.10891, "−0.1089"],
    [0.000012346, "0.00001235"],
    [9999.7, "10,000"],
    [48213.7, "48,214"],
    [2.5e-8, "2.500e−8"],
    [0, "0"],
  ])("%s → %s", (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  it("says n/a for missing values and ∞ for infinite ones", () => {
    expect(formatNumber(undefined)).toBe("n/a");
    expect(formatNumber(Number.NaN)).toBe("n/a");
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe("∞");
    expect(formatNumber(Number.NEGATIVE_INFINITY)).toBe("−∞");
  });
});

describe("formatDelta", () => {
  it("always carries a sign", () => {
    expect(formatDelta(0.02345)).toBe("+0.02345");
    expect(formatDelta(-0.2)).toBe("−0.2");
    expect(formatDelta(0)).toBe("±0");
    expect(formatDelta(undefined)).toBe("n/a");
  });
});

describe("formatInterval", () => {
  it("shows both ends signed", () => {
    expect(formatInterval(-0.07021, 0.00412)).toBe("[−0.07021, +0.00412]");
    expect(formatInterval(undefined, 0.1)).toBe("n/a");
    expect(formatInterval(0.91, 1, "value")).toBe("[0.91, 1]");
  });
});

describe("formatPValue", () => {
  it.each([
    [0.00021, "<0.001"],
    [0.001, "0.001"],
    [0.0123, "0.012"],
    [0.0499, "0.050"],
    [0.5, "0.500"],
    [0.9995, ">0.999"],
  ])("%s → %s", (p, text) => {
    expect(formatPValue(p)).toBe(text);
  });
});

describe("formatCount and formatLevel", () => {
  it("groups thousands and writes levels as percentages", () => {
    expect(formatCount(100000)).toBe("100,000");
    expect(formatCount(-1500)).toBe("−1,500");
    expect(formatCount(0)).toBe("0");
    expect(formatCount(999)).toBe("999");
    expect(formatCount(1000)).toBe("1,000");
    expect(formatCount(123456.6)).toBe("123,457");
    expect(formatCount(1e21)).toBe("1,000,000,000,000,000,000,000");
    expect(formatCount(Number.NaN)).toBe("n/a");
    expect(formatLevel(0.95)).toBe("95%");
    expect(formatLevel(0.975)).toBe("97.5%");
    expect(formatLevel(0.9)).toBe("90%");
  });
});

describe("plural and allOf", () => {
  it("say one thing in the singular and never 'All 1'", () => {
    expect(plural(1, "value")).toBe("1 value");
    expect(plural(0, "value")).toBe("0 values");
    expect(plural(2, "class", "classes")).toBe("2 classes");
    expect(allOf(1, "slice")).toBe("The one slice");
    expect(allOf(4, "slice")).toBe("All 4 slices");
    expect(allOf(3, "class", "classes")).toBe("All 3 classes");
  });
});
