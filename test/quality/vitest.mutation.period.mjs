/**
 * The vitest configuration for mutation runs of the period namespace
 * (`npx stryker run test/quality/stryker.period.json`): only the period tests.
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/period/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
  },
});
