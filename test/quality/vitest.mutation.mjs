/**
 * The vitest configuration of a mutation run: the tests of the area named by
 * `ACCORDO_MUTATION_AREA` (see test/quality/mutation-areas.mjs), without the forged-value sweeps.
 */
import { defineConfig } from "vitest/config";
import { AREAS } from "./mutation-areas.mjs";

const name = process.env.ACCORDO_MUTATION_AREA ?? "";
const area = AREAS[name];
if (area === undefined)
  throw new Error(`ACCORDO_MUTATION_AREA must be one of ${Object.keys(AREAS).join(", ")}, got "${name}"`);

export default defineConfig({
  test: {
    include: area.include,
    exclude: ["**/forged.test.ts", ...(area.exclude ?? [])],
    environment: "node",
    testTimeout: 30_000,
  },
});
