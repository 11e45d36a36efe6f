import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Its JSON schema imports lack import attributes; through vite they load.
    server: { deps: { inline: ["@actions/workflow-parser"] } },
  },
});
