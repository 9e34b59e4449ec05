/**
 * The vitest configuration for mutation runs of the `figure` namespace
 * (`npx stryker run test/quality/stryker.figure.json`): the figure tests, the
 * figure coverage tests and the fuzz findings (regression tests, some of them
 * about figures). The fuzz test itself is left out: it is slow.
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/figure/**/*.test.ts", "test/quality/coverage-figure.test.ts", "test/quality/fuzz-findings.test.ts"],
    // The forged-value sweeps (forged.test.ts) call each function on thousands of broken copies;
    // the mutants of the checks they exercise are killed by the targeted tests of each namespace.
    exclude: ["**/forged.test.ts"],
    environment: "node",
    testTimeout: 30_000,
  },
});
