import { afterEach, beforeEach, expect } from "vitest";
import type { Logger } from "../../src/core/ports.js";
import { type GitHubClient, githubClient, type RetryTiming } from "../../src/github/client.js";
import { GitHubStandin } from "./server.js";

/** Waits GitHub asks for in seconds pass in milliseconds; writes are not spaced. */
export const fastTiming: Partial<RetryTiming> = { msPerSecond: 1, spaceWrites: false };

/**
 * A fresh stand-in per test. After each test, every request and response it served must have
 * matched GitHub's OpenAPI description; a test that provokes a mismatch on purpose clears it.
 */
export function useStandin(): () => GitHubStandin {
  let standin: GitHubStandin | undefined;
  beforeEach(async () => {
    standin = await new GitHubStandin().start();
  });
  afterEach(async () => {
    const s = standin!;
    standin = undefined;
    await s.stop();
    expect(s.mismatches, "requests or responses off GitHub's OpenAPI description").toEqual([]);
  });
  return () => standin!;
}

export function clientFor(
  standin: GitHubStandin,
  token = "ghs_actions",
  opts: { logger?: Logger; timing?: Partial<RetryTiming> } = {},
): GitHubClient {
  return githubClient({
    token,
    baseUrl: standin.base,
    logger: opts.logger,
    timing: { ...fastTiming, ...opts.timing },
  });
}

/** A logger that keeps what it was told, for assertions. */
export function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => lines.push(`info: ${m}`),
    warn: (m) => lines.push(`warn: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
    debug: () => {},
    group: (_n, fn) => fn(),
  };
}
