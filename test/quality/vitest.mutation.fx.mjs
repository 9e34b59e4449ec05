/**
 * The vitest configuration for mutation runs of the fx namespace
 * (`npx stryker run test/quality/stryker.fx.json`): the fx tests (examples
 * and properties included) and the fuzz findings, without the slow fuzz test.
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/fx/**/*.test.ts", "test/quality/fuzz-findings.test.ts"],
    // The forged-value sweeps (forged.test.ts) call each function on thousands of broken copies;
    // the mutants of the checks they exercise are killed by the targeted tests of each namespace.
    exclude: ["**/forged.test.ts"],
    environment: "node",
    testTimeout: 30_000,
  },
});
