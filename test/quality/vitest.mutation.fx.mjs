/**
 * The vitest configuration for mutation runs of the fx namespace
 * (`npx stryker run test/quality/stryker.fx.json`): the fx tests (examples
 * and properties included) and the fuzz findings, without the slow fuzz test.
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/fx/**/*.test.ts", "test/quality/fuzz-findings.test.ts"],
    environment: "node",
    testTimeout: 30_000,
  },
});
