import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    server: {
      deps: {
        // Imports its JSON schemas without import attributes, which Node refuses; let vite transform it.
        inline: ["@actions/workflow-parser"],
      },
    },
  },
});
