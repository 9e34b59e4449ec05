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
    // The forged-value sweeps (forged.test.ts) call each function on thousands of broken copies;
    // the mutants of the checks they exercise are killed by the targeted tests of each namespace.
    exclude: ["**/forged.test.ts"],
    environment: "node",
    testTimeout: 30_000,
  },
});
