/**
 * The vitest configuration for mutation runs of the domain layer
 * (`npx stryker run test/quality/stryker.domain.json`): src/agreement, src/zone
 * and the input checks they share (src/checks.ts), with their own tests.
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/agreement/**/*.test.ts", "test/zone/**/*.test.ts"],
    // The forged-value sweeps (forged.test.ts) call each function on thousands of broken copies;
    // the mutants of the checks they exercise are killed by the targeted tests of each namespace.
    exclude: ["**/forged.test.ts"],
    environment: "node",
    testTimeout: 30_000,
  },
});
