// size-limit budgets (npm run size): esbuild bundles, minified, measured with brotli.
//
// The money and fx paths must stay within decimal.js alone plus 4 kB. zod may only be bundled
// by accordo/schemas: every other check fails at bundle time if anything resolves "zod".
//
// The three money and fx budgets are the measured size with about 0.5 kB of headroom, so that any
// growth fails CI, because decimal.js + 4 kB (15.3 kB) is not met today:
// - money with add grew past it with the checks of 0.1.0 (docs/quality.md has the sizes): values the library made
//   are recognised by a private brand, numbers are checked against the documented range,
//   options are closed, refusals carry structured details, values have toJSON/toString;
// - a conversion through a table needs money's part (the ISO 4217 table alone is 1.97 kB
//   brotli) plus rates, tables, lookup and the period parser for period-dated rates;
// - esbuild never drops members of a namespace re-exported by another module
//   (evanw/esbuild#1420), so `import { money, fx } from "accordo"` bundles all of money and fx.

/** An esbuild plugin that refuses to resolve zod. */
const noZod = {
  name: "accordo-no-zod",
  setup(build) {
    build.onResolve({ filter: /^zod(\/.*)?$/ }, (args) => ({
      errors: [{ text: `zod is imported by ${args.importer}: only accordo/schemas may bundle zod` }],
    }));
  },
};
const withoutZod = (config) => ({ ...config, plugins: [...(config.plugins ?? []), noZod] });

export default [
  {
    name: "decimal.js alone (the baseline)",
    path: "node_modules/decimal.js/decimal.mjs",
    import: "{ Decimal }",
    limit: "13 kB",
  },
  {
    name: 'import * as money from "accordo/money", using add',
    path: "bench/size/money-add.js",
    // error messages that name the object received (a Money of 12.5 USD, an object with keys ...)
    // added 0.4 kB to every bundle that can refuse an input.
    limit: "17.5 kB",
    modifyEsbuildConfig: withoutZod,
  },
  {
    name: 'import { money, fx } from "accordo": a rate table and a conversion',
    path: "bench/size/root-money-fx.js",
    // all of money and fx: esbuild keeps whole re-exported namespaces, so this bundle also holds
    // money.parseReported (with figure.reported) and money.format's plans for compact and long
    // notation (with their integer rounding for amounts of up to 15 digits), the reuse of the last
    // options' plan, the per-pair day index of fx.lookup and the structured refusals of fx and period,
    // the word-by-word addition and multiplication of src/words.ts (the fast paths of money.add and
    // fx.convert), money.parse's plans of shapes, and error messages that name the object they
    // received. docs/quality.md has the measured size.
    limit: "44.5 kB",
    modifyEsbuildConfig: withoutZod,
  },
  {
    name: '"accordo/fx" and "accordo/money": a rate table and a conversion',
    path: "bench/size/fx-convert.js",
    // money.of alone is most of it (see docs/quality.md); fx.convert's word-by-word multiplication too.
    limit: "26 kB",
    modifyEsbuildConfig: withoutZod,
  },
  {
    name: '"accordo/figure" with "accordo/growth": an implied previous value',
    path: "bench/size/figure-growth.js",
    limit: "20 kB",
    modifyEsbuildConfig: withoutZod,
  },
  {
    name: 'import * as schemas from "accordo/schemas" (with zod)',
    path: "dist/schemas.js",
    import: "*",
    limit: "80 kB",
  },
];
