/**
 * The vitest configuration for mutation runs of the domain layer
 * (`npx stryker run test/quality/stryker.domain.json`): src/agreement, src/zone
 * and the input checks they share (src/checks.ts), with their own tests.
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/agreement/**/*.test.ts", "test/zone/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
  },
});
