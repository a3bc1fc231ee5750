import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30000,
    hookTimeout: 60000,
    // GitHub's manifest parser imports JSON without import attributes; let Vite load it.
    server: { deps: { inline: ["@actions/workflow-parser"] } },
  },
});
