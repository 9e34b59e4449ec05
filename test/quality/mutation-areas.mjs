/**
 * The areas of a mutation run: which part of src/ each mutates and which tests kill its mutants.
 * `scripts/mutation.mjs` derives each area's Stryker options from `stryker.config.json` and this
 * table; `test/quality/vitest.mutation.mjs` reads the area's tests from it.
 *
 * The forged-value sweeps (forged.test.ts) call each function on thousands of broken copies and
 * would make every mutant slow; the targeted tests of each namespace kill the mutants of the checks.
 */
const ns = (...names) => names.flatMap((n) => [`src/${n}/*.ts`, `!src/${n}/index.ts`, `!src/${n}/types.ts`]);

/** @type {Record<string, { mutate: string[], include: string[], exclude?: string[] }>} */
export const AREAS = {
  core: {
    mutate: ["src/decimal.ts", "src/errors.ts", ...ns("growth")],
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
    // changes; parse-tokens.test.ts tests only money.parse's words (the money area runs it).
    exclude: ["test/money/currency.test.ts", "test/money/parse-tokens.test.ts"],
  },
  figure: {
    mutate: ns("figure"),
    include: ["test/figure/**/*.test.ts", "test/quality/coverage-figure.test.ts", "test/quality/fuzz-findings.test.ts"],
  },
  money: {
    mutate: [...ns("money"), "!src/money/iso4217.ts"],
    include: ["test/money/**/*.test.ts", "test/quality/fuzz-findings.test.ts"],
  },
  period: { mutate: ns("period"), include: ["test/period/**/*.test.ts"] },
  fx: { mutate: ns("fx"), include: ["test/fx/**/*.test.ts", "test/quality/fuzz-findings.test.ts"] },
  capmil: {
    mutate: ns("capacity", "milestone"),
    include: ["test/capacity/**/*.test.ts", "test/milestone/**/*.test.ts", "test/quality/fuzz-findings.test.ts"],
  },
  domain: {
    mutate: [...ns("agreement", "zone"), "src/checks.ts"],
    include: ["test/agreement/**/*.test.ts", "test/zone/**/*.test.ts"],
  },
  schemas: {
    mutate: ns("schemas"),
    include: ["test/schemas/**/*.test.ts"],
    exclude: ["test/schemas/roundtrip.property.test.ts", "test/schemas/large.test.ts"],
  },
};
