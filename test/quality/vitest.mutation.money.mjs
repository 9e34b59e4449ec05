/**
 * The vitest configuration for mutation runs of the money namespace
 * (`npx stryker run test/quality/stryker.money.json`): the money tests and the
 * fuzz findings, without the slow cross-cutting fuzz and property suites.
 * The ISO 4217 table comparison in test/money/currency.test.ts stays in: the
 * Stryker config keeps its sandbox copy of src/money/iso4217.ts byte for byte
 * (`disableTypeChecks: false`; vitest does not type-check anyway).
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/money/**/*.test.ts", "test/quality/fuzz-findings.test.ts"],
    // The forged-value sweeps (forged.test.ts) call each function on thousands of broken copies;
    // the mutants of the checks they exercise are killed by the targeted tests of each namespace.
    exclude: ["**/forged.test.ts"],
    environment: "node",
    testTimeout: 30_000,
  },
});
