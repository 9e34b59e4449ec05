/**
 * The vitest configuration for mutation runs of the schemas
 * (`npx stryker run test/quality/stryker.schemas.json`): the tests of
 * test/schemas only, without the slow ones, which would make each surviving
 * mutant cost many seconds: the fast-check round trips
 * (roundtrip.property.test.ts, 300 documents per schema) and the 10 MB
 * dataset (large.test.ts). The fuzz test stays out too.
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/schemas/**/*.test.ts"],
    exclude: ["test/schemas/roundtrip.property.test.ts", "test/schemas/large.test.ts"],
    environment: "node",
    testTimeout: 30_000,
  },
});
