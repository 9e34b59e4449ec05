/**
 * The vitest configuration for mutation runs of the lower layers
 * (`npx stryker run test/quality/stryker.core.json`): the tests of errors,
 * decimal, figure, money, period and growth, and the cross-cutting quality
 * tests, without the schema tests (whose dry run must not depend on the
 * schema work in progress).
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "test/errors.test.ts",
      "test/decimal.test.ts",
      "test/figure/**/*.test.ts",
      "test/growth/**/*.test.ts",
      "test/money/**/*.test.ts",
      "test/period/**/*.test.ts",
      "test/quality/coverage-*.test.ts",
      "test/quality/fuzz-findings.test.ts",
    ],
    // currency.test.ts compares the generated ISO 4217 table byte for byte, which Stryker's sandbox
    // changes (it adds @ts-nocheck headers). parse-tokens.test.ts tests only money.parse's locale
    // words (the money area's own configuration runs it). The forged-value sweeps (forged.test.ts)
    // call each function on thousands of broken copies; targeted tests kill the mutants of the checks.
    exclude: ["test/money/currency.test.ts", "test/money/parse-tokens.test.ts", "**/forged.test.ts"],
    environment: "node",
    testTimeout: 30_000,
  },
});
