/**
 * The vitest configuration for mutation runs of the period namespace
 * (`npx stryker run test/quality/stryker.period.json`): only the period tests.
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/period/**/*.test.ts"],
    // The forged-value sweeps (forged.test.ts) call each function on thousands of broken copies;
    // the mutants of the checks they exercise are killed by the targeted tests of each namespace.
    exclude: ["**/forged.test.ts"],
    environment: "node",
    testTimeout: 30_000,
  },
});
