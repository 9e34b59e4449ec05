/**
 * The vitest configuration for mutation runs of capacity and milestone
 * (`npx stryker run test/quality/stryker.capmil.json`): their own tests
 * (unit, examples, properties) and the fuzz findings that concern them,
 * without the slow fuzz test.
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/capacity/**/*.test.ts", "test/milestone/**/*.test.ts", "test/quality/fuzz-findings.test.ts"],
    environment: "node",
    testTimeout: 30_000,
  },
});
