/**
 * The fuzzer: malformed inputs fed to every parser and constructor
 * of accordo. Each call either returns a valid value (no NaN or Infinity,
 * frozen objects, the library's decimals) or throws an AccordoError with a
 * code; any other exception fails the test, and a hang fails it by vitest's
 * timeout.
 *
 * Inputs are of two kinds: whole argument lists made of hostile values
 * (random JSON and `fc.anything`, wrong types, huge and tiny numbers,
 * "1e999999", "-0", long strings, Unicode digits, lone surrogates, `__proto__`
 * keys, deep nesting), and valid argument lists with one node replaced,
 * deleted, wrapped, retyped or joined by a hostile key, so that the deep
 * validators are reached too.
 *
 * `npm test` runs it with a fixed seed. `npm run fuzz` (or FUZZ_RUNS=n, FUZZ_SEED=s)
 * runs a longer version with a random seed, printed first.
 */
import { appendFileSync } from "node:fs";
import Decimal from "decimal.js";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  agreement,
  capacity,
  figure,
  fx,
  growth,
  isAccordoError,
  milestone,
  money,
  period,
  zone,
} from "../../src/index.js";
import * as schemas from "../../src/schemas/index.js";
import {
  agreementValue,
  capacityPlan,
  figureValue,
  milestoneValue,
  moneyValue,
  periodValue,
  problems,
  rateTable,
  zoneValue,
} from "../support.js";

const env = typeof process === "undefined" ? {} : process.env;
const LONG = env["npm_lifecycle_event"] === "fuzz" || env["FUZZ_RUNS"] !== undefined || env["FUZZ_SEED"] !== undefined;
const SEED =
  env["FUZZ_SEED"] !== undefined ? Number(env["FUZZ_SEED"]) : LONG ? Math.floor(Math.random() * 2 ** 31) : 8_2026_11;
/** Inputs per target: 150 in `npm test` (about 13,000 in all), FUZZ_RUNS (default 3,000) in `npm run fuzz`. */
/** FUZZ_TRACE=<file> appends every argument list to the file before the call (to find an input that crashes the worker). */
const TRACE = env["FUZZ_TRACE"];
const RUNS = env["FUZZ_RUNS"] !== undefined ? Number(env["FUZZ_RUNS"]) : LONG ? 3000 : 150;

// ---------------------------------------------------------------------------
// hostile values

function nested(depth: number, kind: "array" | "object" | "chain"): unknown {
  let v: unknown =
    kind === "chain"
      ? { base: "USD", quote: "CNY", rate: "1", on: null, source: null, kind: "spot", derivation: "direct", chain: [] }
      : "1";
  for (let i = 0; i < depth; i++) {
    if (kind === "array") v = [v];
    else if (kind === "object") v = { amount: v, currency: v };
    else
      v = {
        base: "USD",
        quote: "CNY",
        rate: "1",
        on: null,
        source: null,
        kind: "spot",
        derivation: "inverse",
        chain: [v],
      };
  }
  return v;
}

const SPECIAL_STRINGS = [
  "",
  " ",
  "\t\n",
  "-0",
  "+0",
  "0",
  "-0.0e-0",
  "1e999999",
  "-1e999999",
  "1e-999999",
  "1e9000000000000000",
  "1e-9000000000000000",
  "1e100000000",
  "-1e-100000000",
  "1e1000",
  "-1e1000",
  "9.99e999",
  "1e-999",
  "1e-1000",
  "2.5e-999",
  "1E+999",
  "9e15",
  "NaN",
  "-NaN",
  "Infinity",
  "-Infinity",
  "∞",
  "0x1F",
  "0b101",
  "0o17",
  "1_000",
  "1,000.5",
  "1.000,5",
  "1 000",
  "1.2.3",
  ".",
  "-",
  "e5",
  "1e",
  "١٢٣",
  "١٢٣٫٤٥",
  "１２３",
  "１２３．４５",
  "१२३",
  "๑๒๓",
  "𝟏𝟐𝟑",
  "½",
  "²",
  "\uD800",
  "\uDC00",
  "1\uD800",
  "USD\uDFFF",
  "\u0000",
  "1\u0000",
  "\u200B1",
  "\uFEFF1",
  "１２３ USD",
  "$１２３",
  "¥1.5亿",
  "1.5 miliardi di euro",
  "1万亿",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "USD",
  "usd",
  "XXX",
  "XTS",
  "ZZZ",
  "2021-02-29",
  "2020-02-30",
  "0000-01-01",
  "9999-12-31",
  "10000-01-01",
  "-2021-01-01",
  "2021-13",
  "2021-Q5",
  "2021-Q0",
  "2021-S3",
  "2021-W53",
  "2020-W53",
  "2021-W00",
  "2021-Q3/2021-Q1",
  "2021/2020",
  "2021-Q1/2021-Q3/2021-Q4",
  "P1Y",
  "9".repeat(100_000),
  `0.${"0".repeat(10_000)}1`,
  `1e${"9".repeat(400)}`,
  "x".repeat(200_000),
  "万".repeat(10_000),
  "<script>",
  "https://",
  "javascript:alert(1)",
];

const SPECIAL_NUMBERS = [
  0,
  -0,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.EPSILON,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MIN_SAFE_INTEGER - 2,
  1e21,
  1e-7,
  0.1,
  1.5,
  -1,
  2 ** 31,
  2 ** 53,
  1e308,
  5e-324,
  3,
  13,
  53,
  -53,
  9999,
  10_000,
];

const fakeDecimal = { toStringTag: "[object Decimal]", d: [1], e: 0, s: 1 };
const protoJSON = JSON.parse('{"__proto__": {"polluted": true}, "amount": "1", "currency": "USD"}') as unknown;
const constructorJSON = JSON.parse('{"constructor": {"prototype": {"polluted": true}}, "code": "USD"}') as unknown;

const SPECIAL_VALUES: unknown[] = [
  null,
  undefined,
  true,
  false,
  10n ** 400n,
  -(10n ** 400n),
  0n,
  -1n,
  Symbol("fuzz"),
  () => 1,
  [],
  {},
  [[]],
  Object.create(null),
  protoJSON,
  constructorJSON,
  { __proto__: null, amount: "1" },
  new Date(Number.NaN),
  new Date(0),
  new Map([["amount", "1"]]),
  new Set(["USD"]),
  /1/,
  new Number(1),
  new String("USD"),
  new Boolean(true),
  new Uint8Array(3),
  fakeDecimal,
  new Decimal(Number.NaN),
  new Decimal(Number.POSITIVE_INFINITY),
  new Decimal("-0"),
  new Decimal("1e9000000000000000"),
  new Decimal("1e-9000000000000000"),
  Object.assign(Object.create(Decimal.prototype) as object, { toStringTag: "[object Decimal]" }),
  new Array(5),
  Object.freeze({ code: "USD", minorUnits: 2, name: "Fake", numeric: null, historic: false, custom: true }),
  { code: "USD", minorUnits: Number.NaN, name: "US Dollar" },
  { value: "1", lo: "2", hi: "0", loInclusive: true, hiInclusive: true },
  { kind: "year", year: 2021.5 },
  { kind: "range", start: { kind: "year", year: 2021 }, end: { kind: "year", year: 2020 } },
  { kind: "day", year: 2021, month: 2, day: 29 },
  nested(100, "array"),
  nested(2_000, "array"),
  nested(20_000, "array"),
  nested(500, "object"),
  nested(5_000, "object"),
  nested(300, "chain"),
  nested(3_000, "chain"),
];

const unicodeNumeric = fc
  .array(
    fc.constantFrom(
      "١",
      "٢",
      "٫",
      "٬",
      "１",
      "２",
      "．",
      "，",
      "०",
      "৫",
      "𝟙",
      "-",
      "+",
      ".",
      "e",
      "E",
      "9",
      "0",
      " ",
      "\u00a0",
      "\u202f",
      "亿",
      "万",
      "%",
    ),
    { maxLength: 12 },
  )
  .map((cs) => cs.join(""));

const numericText = fc
  .tuple(
    fc.constantFrom("", "-", "+", " ", "--"),
    fc.bigInt({ min: 0n, max: 10n ** 40n }),
    fc.constantFrom("", ".", ".5", ".000001"),
    fc.constantFrom("", "e", "e-", "E+"),
    // huge exponents, around the range's edges too
    fc.oneof(
      fc.integer({ min: -400, max: 10_000_000 }),
      fc.integer({ min: 990, max: 1010 }),
      fc.constantFrom(100_000_000, 9_000_000_000_000_000),
    ),
  )
  .map(([sign, digits, frac, e, exp]) => `${sign}${digits}${frac}${e === "" ? "" : `${e}${exp}`}`);

const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(...SPECIAL_STRINGS), weight: 4 },
  { arbitrary: fc.constantFrom(...SPECIAL_NUMBERS), weight: 3 },
  { arbitrary: fc.constantFrom(...SPECIAL_VALUES), weight: 3 },
  { arbitrary: unicodeNumeric, weight: 2 },
  { arbitrary: numericText, weight: 2 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 20 }), weight: 2 },
  { arbitrary: fc.double(), weight: 1 },
  { arbitrary: fc.bigInt(), weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 3 },
  {
    arbitrary: fc.anything({
      maxDepth: 2,
      withBigInt: true,
      withNullPrototype: true,
      withMap: true,
      withSet: true,
      withObjectString: true,
      withBoxedValues: true,
      withSparseArray: true,
      withTypedArray: true,
      withDate: true,
    }),
    weight: 2,
  },
);

// ---------------------------------------------------------------------------
// structure-aware mutation of valid argument lists

type Path = readonly (string | number)[];

const isNode = (v: unknown): v is object => typeof v === "object" && v !== null && !Decimal.isDecimal(v);

function pathsOf(v: unknown, prefix: Path = [], out: Path[] = [], depth = 0): Path[] {
  out.push(prefix);
  if (depth < 8 && isNode(v)) {
    const keys = Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
    for (const k of keys) pathsOf((v as Record<string | number, unknown>)[k], [...prefix, k], out, depth + 1);
  }
  return out;
}

/** A shallow, unfrozen copy of an array or object (own enumerable keys). */
function copy(v: object): Record<string | number, unknown> {
  return (Array.isArray(v) ? [...(v as unknown[])] : { ...v }) as Record<string | number, unknown>;
}

type Op = "replace" | "delete" | "addKey" | "addProto" | "wrap" | "retype" | "hole" | "getters" | "decimal";

/**
 * A frozen copy of an object whose every property is a getter: the first read of each gives the
 * original value, later reads give `garbage` (such objects once passed "checked once" fast paths).
 */
function shifty(node: object, garbage: unknown): object {
  const out = Array.isArray(node) ? [] : {};
  for (const key of Object.keys(node)) {
    let reads = 0;
    const original = (node as Record<string, unknown>)[key];
    Object.defineProperty(out, key, { get: () => (reads++ === 0 ? original : garbage), enumerable: true });
  }
  return Object.freeze(out);
}

/** Broken decimal.js values: forged digits, exponents past the range, mutated words. */
const BROKEN_DECIMALS: readonly (() => unknown)[] = [
  () => Object.assign(new Decimal(1), { d: [1e20], e: 5 }),
  () => Object.assign(new Decimal(1), { d: [1.5] }),
  () => Object.assign(new Decimal(1), { d: [-3] }),
  () => Object.assign(new Decimal(1), { d: [] }),
  () => Object.assign(new Decimal(1), { e: 9e15 }),
  () => Object.assign(new Decimal(1), { e: -9e15 }),
  () => Object.assign(new Decimal(1), { s: 0 }),
  () => Object.assign(new Decimal("1.5"), { d: [1, 0] }),
  () => Object.freeze(Object.assign(new Decimal(7), { d: Object.freeze([7]) })),
  () => new Decimal("1e1000"),
  () => new Decimal("-1e-1000"),
  () => new Decimal("9.99e999"),
  () => shifty(new Decimal(2), [1e20]),
];

function mutate(root: unknown, path: Path, op: Op, value: unknown, key: string): unknown {
  const edit = (node: unknown, rest: Path): unknown => {
    if (rest.length === 0) {
      switch (op) {
        case "replace":
          return value;
        case "wrap":
          return Math.random() < 0.5 ? [node] : { value: node };
        case "retype":
          return typeof node === "string"
            ? Number(node)
            : typeof node === "number"
              ? String(node)
              : Decimal.isDecimal(node)
                ? (node as Decimal).toString()
                : isNode(node)
                  ? JSON.stringify(node)
                  : node;
        case "addKey":
        case "addProto": {
          if (!isNode(node)) return value;
          const c = copy(node);
          // (an array with an own "constructor" breaks fast-check's printing of counterexamples)
          const name = op === "addProto" ? "__proto__" : Array.isArray(c) && key === "constructor" ? "extra" : key;
          Object.defineProperty(c, name, { value, enumerable: true, writable: true, configurable: true });
          return c;
        }
        case "getters":
          return isNode(node) ? shifty(node, value) : node;
        case "decimal":
          return Decimal.isDecimal(node) || typeof node === "string" || typeof node === "number" ? value : node;
        case "delete":
        case "hole":
          return node;
      }
    }
    if (!isNode(node)) return node;
    const [head, ...tail] = rest as [string | number, ...Path];
    const c = copy(node);
    if (op === "hole" && tail.length === 0 && Array.isArray(c)) {
      // a sparse array: the element becomes a hole (not undefined), as `[ , x]` writes it
      Reflect.deleteProperty(c, head);
      return c;
    }
    if (op === "delete" && tail.length === 0) {
      if (Array.isArray(c)) (c as unknown[]).splice(head as number, 1);
      else delete c[head];
      return c;
    }
    c[head] = edit(c[head], tail);
    return c;
  };
  return edit(root, path);
}

/**
 * Argument lists for a target: hostile lists of its arity, and its valid list
 * mutated at one node. The arguments at `trusted` positions (a domain value
 * that a query reads, typed and made by the library) are kept as they are.
 */
function inputs(template: readonly unknown[], trusted: readonly number[]): fc.Arbitrary<readonly unknown[]> {
  const keep = (args: unknown[]): readonly unknown[] => {
    for (const i of trusted) if (i < args.length) args[i] = template[i];
    return args;
  };
  const paths = pathsOf(template).filter((p) => p.length > 0 && !trusted.includes(p[0] as number));
  const mutated = fc
    .tuple(
      fc.nat(),
      fc.constantFrom<Op>(
        "replace",
        "replace",
        "replace",
        "delete",
        "hole",
        "getters",
        "decimal",
        "addKey",
        "addProto",
        "wrap",
        "retype",
      ),
      hostile,
      fc.constantFrom("extra", "constructor", "prototype", "toString", "valueOf", "then", "__proto__"),
      fc.nat(),
    )
    .map(
      ([i, op, value, key, n]) =>
        mutate(
          template,
          paths[i % paths.length]!,
          op,
          op === "decimal" ? BROKEN_DECIMALS[n % BROKEN_DECIMALS.length]!() : value,
          key,
        ) as readonly unknown[],
    );
  const random = fc.array(hostile, { minLength: template.length, maxLength: template.length }).map(keep);
  const shorter = fc.array(hostile, { maxLength: template.length + 1 }).map(keep);
  return fc.oneof(
    { arbitrary: mutated, weight: 5 },
    { arbitrary: random, weight: 3 },
    { arbitrary: shorter, weight: 1 },
  );
}

/** The node of `root` at `path`. */
function at(root: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (node, key) => (isNode(node) ? (node as Record<string | number, unknown>)[key] : undefined),
    root,
  );
}

/** A copy of `list` with a hole at `index` (past the end: one more element, a hole). */
function withHole(list: readonly unknown[], index: number): unknown[] {
  const c = [...list];
  if (index >= c.length) c.length = index + 1;
  else Reflect.deleteProperty(c, index);
  return c;
}

// ---------------------------------------------------------------------------
// the targets: every parser and constructor, with a valid argument list

const sample = <T>(arb: fc.Arbitrary<T>, i = 0): T => fc.sample(arb, { seed: 42, numRuns: i + 1 })[i]!;

const usd = money.of("1234.56", "USD");
const usdCny = fx.rate({ base: "USD", quote: "CNY", rate: "6.4", on: "2021-09-30", source: "PBoC" });
const eurUsd = fx.rate({ base: "EUR", quote: "USD", rate: "1.16", on: "2021-09-30", source: "ECB", kind: "average" });
const ratesTable = fx.table([usdCny, eurUsd, { base: "USD", quote: "JPY", rate: "111.5", on: "2021-09-29" }], {
  pivot: "USD",
});
const gdp = figure.reported("193.48", { scale: "billion" });
const real = growth.fromPercent("38.8", { basis: "real" });
const plantInput = {
  unit: { quantity: "vehicles", per: "year" },
  total: "300000",
  phases: [
    {
      capacity: "150000",
      plannedStart: "2024-S1",
      history: [
        { status: "announced", on: "2021-11-27", sourceId: "s1" },
        { status: "underConstruction", on: "2022-04-01" },
      ],
    },
    { capacity: null, plannedStart: null, history: [] },
  ],
};
const plant = capacity.plan(plantInput as Parameters<typeof capacity.plan>[0]);
const milestoneInput = {
  id: "mass-production",
  kind: "massProduction",
  title: "First car in mass production",
  targets: [
    { target: "2024-S1", asOf: "2021-11-27", sourceId: "s1" },
    { target: "2024-Q2", asOf: "2023-01-01" },
  ],
  achieved: { on: "2024-03-28", sourceId: null },
  reports: [{ status: "met", asOf: "2024-04-01" }],
};
const mass = milestone.of(milestoneInput as Parameters<typeof milestone.of>[0]);
const pending = milestone.of({ ...milestoneInput, achieved: null, reports: [] } as Parameters<typeof milestone.of>[0]);
const sourceInput = {
  id: "s1",
  title: "Press release",
  url: "https://example.org/a",
  publisher: "Zone",
  published: "2021-11",
  language: "it",
  note: "n",
};
const partyInput = {
  id: "project",
  name: "Xiaomi Automotive",
  kind: "company",
  otherNames: [{ name: "小米汽车", lang: "zh-Hans", kind: "official", sourceIds: ["s1"] }],
  identifiers: [{ scheme: "CN-USCC", id: "91110000" }],
  parent: { partyId: "xiaomi", share: "1", sourceIds: ["s1"] },
  roles: ["projectCompany"],
  sourceIds: ["s1"],
};
const commitmentInput = {
  id: "plant",
  partyId: "project",
  kind: "productionPlant",
  description: "Build a plant",
  status: "inProgress",
  amount: usd,
  quantity: { value: "300000", unit: "vehicles" },
  due: "2024-S1",
  facilityId: "vehicle-plant",
  sourceIds: ["s1"],
};
const agreementInput = {
  id: "bda-xiaomi",
  title: "Cooperation Agreement",
  otherTitles: [{ name: "Accordo di cooperazione", lang: "it", kind: "translation" }],
  kind: "cooperationAgreement",
  signed: "2021-11",
  parties: [
    { id: "xiaomi", name: "Xiaomi", kind: "company", roles: ["investor"] },
    partyInput,
    { id: "bda", name: "BDA", kind: "zoneManagementCommittee", roles: ["zoneAuthority"] },
  ],
  commitments: [commitmentInput],
  facilities: [
    {
      id: "vehicle-plant",
      name: "Plant",
      kind: "plant",
      operatorId: "project",
      location: "Beijing",
      capacity: plant,
      sourceIds: ["s1"],
    },
  ],
  milestones: [mass],
  amendments: [
    {
      id: "a1",
      date: "2022-03",
      description: "Second phase",
      rationale: "r",
      changed: ["commitments"],
      sourceIds: ["s1"],
    },
  ],
  sources: [sourceInput],
  sourceIds: ["s1"],
};
const bdaXiaomi = agreement.create(agreementInput as Parameters<typeof agreement.create>[0]);
const observationInput = {
  id: "gdp",
  indicator: "gdp",
  scope: { kind: "zone" },
  period: "2021-Q1/2021-Q3",
  values: [
    { currency: "CNY", figure: gdp },
    { currency: "USD", figure: figure.reported("30.26", { scale: "billion" }) },
  ],
  growth: real,
  sourceIds: ["s1"],
};
const partInput = {
  id: "industries",
  indicator: "gdp",
  scope: { kind: "industries", industryIds: ["nev"] },
  period: "2021-Q1/2021-Q3",
  values: [{ currency: "CNY", figure: figure.reported("100.5", { scale: "billion" }) }],
  growth: figure.percent("33.0"),
  growthBasis: "real",
};
const zoneInput = {
  id: "bda",
  name: { name: "北京经济技术开发区", lang: "zh-Hans", kind: "official" },
  otherNames: [{ name: "BDA", lang: "en", kind: "abbreviation", sourceIds: ["s1"] }],
  established: { year: 1992, sourceIds: ["s1"] },
  area: { figure: figure.reported("225"), unit: "km2", sourceIds: [] },
  industries: [{ id: "nev", name: { name: "New-energy vehicles", lang: "en" }, otherNames: [], sourceIds: ["s1"] }],
  observations: [observationInput, partInput],
  sources: [sourceInput],
  sourceIds: ["s1"],
};
const bda = zone.create(zoneInput as Parameters<typeof zone.create>[0]);

interface Target {
  readonly name: string;
  readonly template: readonly unknown[];
  readonly call: (...args: never[]) => unknown;
  readonly trusted: readonly number[];
}
/** The results of several calls, frozen (so that the walk checks only what the library made). */
const many = (...results: unknown[]): readonly unknown[] => Object.freeze(results);
const target = (
  name: string,
  template: readonly unknown[],
  call: (...args: any[]) => unknown,
  trusted: readonly number[] = [],
): Target => ({ name, template, call, trusted });

const TARGETS: Target[] = [
  // money
  target("money.of", ["193.48", "CNY"], money.of),
  target("money.fromMinor", ["12345", "JPY"], money.fromMinor),
  target("money.parse", ["1.234,56 €", { locale: "it-IT", currency: "EUR", strict: true }], money.parse),
  target(
    "money.parse (scale words)",
    ["193,48 miliardi di yuan", { locale: "it-IT", decimalSeparator: ",", groupSeparator: "." }],
    money.parse,
  ),
  target("money.parse (万/亿)", ["1934.8亿元", { locale: "zh-CN", currency: "CNY" }], money.parse),
  target(
    "money.parseReported",
    ["193,48 miliardi di yuan", { locale: "it-IT", strict: true, rounding: "halfEven" }],
    money.parseReported,
  ),
  target(
    "money.fromJSON",
    [
      { amount: "193.48", currency: "CNY" },
      { currencies: [money.defineCurrency({ code: "XBDA", minorUnits: 2, name: "Token" })] },
    ],
    money.fromJSON,
  ),
  target("money.currency", ["USD"], money.currency),
  target("money.currencies", [{ historic: true }], money.currencies),
  target("money.defineCurrency", [{ code: "XBDA", minorUnits: 2, name: "Zone token" }], money.defineCurrency),
  target("money.multiply/divide", [usd, "1.5", { mode: "halfEven", scale: 2 }], (m, f, o) =>
    many(money.multiply(m, f), money.divide(m, f, o)),
  ),
  target("money.add/sum", [usd, money.of("1", "USD")], (a, b) => many(money.add(a, b), money.sum([a, b]))),
  target("money.min/max/sum (lists)", [[usd, money.of("1", "USD")]], (list) =>
    many(money.min(list), money.max(list), money.sum(list)),
  ),
  target("money.round", [usd, { scale: 1, mode: "halfUp" }], money.round),
  target("money.round (step)", [usd, { step: "0.05", mode: "halfDown" }], money.round),
  target("money.allocate", [usd, [1, 2, "3.5"], { method: "sainteLague", step: "0.01" }], money.allocate),
  target(
    "money.format",
    [
      usd,
      {
        locale: "de-DE",
        currencyDisplay: "name",
        notation: "long",
        fractionDigits: 1,
        mode: "down",
        useGrouping: true,
      },
    ],
    money.format,
  ),
  target("money.toMinor", [usd, "halfEven"], money.toMinor),
  // figure
  target("figure.exact", ["193.48"], figure.exact),
  target("figure.reported", ["193.48", { scale: "billion", rounding: "halfUp" }], figure.reported),
  target("figure.percent", ["38.8", { rounding: "upOrDown" }], figure.percent),
  target("figure.between", ["1", "2", { value: "1.5", loInclusive: true, hiInclusive: false }], figure.between),
  target("figure arithmetic", [gdp, figure.percent("1.5")], (a, b) =>
    many(
      figure.add(a, b),
      figure.sub(a, b),
      figure.mul(a, b),
      figure.div(a, b),
      figure.neg(a),
      figure.intersect(a, b),
      figure.contains(a, b),
    ),
  ),
  target("figure.evaluate", [{ x: gdp, y: "2" }, { monotonicity: { x: "increasing" } }], (inputs, options) =>
    figure.evaluate(
      (values: Record<string, Decimal>) => Object.values(values).reduce((a, b) => a.plus(b), new Decimal(1)),
      inputs,
      options,
    ),
  ),
  target(
    "figure.format",
    [gdp, { style: "both", as: "number", scale: "billion", decimals: 2, rounding: "halfEven", signed: true }],
    figure.format,
  ),
  // period
  target("period.parse", ["2021-Q1/2021-Q3"], period.parse),
  target("period.year/half/quarter", [2021, 2, 3], (y, h, q) =>
    many(period.year(y), period.half(y, h), period.quarter(y, q)),
  ),
  target("period.month/week", [2021, 11, 47], (y, m, w) => many(period.month(y, m), period.week(y, w))),
  target("period.day", [2021, 11, 27], period.day),
  target("period.day (ISO)", ["2021-11-27"], period.day),
  target("period.range", ["2021-Q1", { kind: "quarter", year: 2021, quarter: 3 }], period.range),
  target("period.parseDate/addDays", ["2021-11-27", 30], (d, n) =>
    many(period.parseDate(d), period.addDays(d, n), period.daysBetween(d, "2024-01-01")),
  ),
  target("period operations", [{ kind: "half", year: 2024, half: 1 }, "2024-03-28"], (p, d) =>
    many(period.start(p), period.end(p), period.contains(p, d), period.shiftYears(p, -1), period.format(p)),
  ),
  target("period.containing", ["2021-11-27", "week"], period.containing),
  // fx
  target(
    "fx.rate",
    [{ base: "USD", quote: "CNY", rate: "6.4128", on: "2021-09-30", source: "PBoC", kind: "spot" }],
    fx.rate,
  ),
  target("fx.invert/cross", [usdCny, eurUsd, { allowDifferentDates: false }], (a, b, o) =>
    many(fx.invert(a), fx.cross(a, b, o)),
  ),
  target(
    "fx.table",
    [[{ base: "USD", quote: "CNY", rate: "6.4", on: "2021-09-30" }, eurUsd], { pivot: "USD" }],
    fx.table,
  ),
  target(
    "fx.lookup",
    [ratesTable, "EUR", "JPY", { on: "2021-09-30", policy: "nearest", withinDays: 3, pivot: "USD" }],
    fx.lookup,
  ),
  target(
    "fx.lookup (kind, source)",
    [ratesTable, "USD", "EUR", { on: "2021-10-01", policy: "onOrBefore", kind: "average", source: "ECB" }],
    fx.lookup,
  ),
  target(
    "fx.convert",
    [money.of("100", "EUR"), "CNY", ratesTable, { on: "2021-09-30", policy: "onOrBefore", rounding: "halfUp" }],
    (m, to, t, o) => many(fx.convert(m, to, t, o), fx.conversion(m, to, t, o)),
  ),
  target(
    "fx.implied",
    [gdp, "CNY", figure.reported("30.26", { scale: "billion" }), "USD", { label: "GDP" }],
    fx.implied,
  ),
  target(
    "fx.consistency/checkRate",
    ["6.4", [fx.implied(gdp, "CNY", figure.reported("30.26", { scale: "billion" }), "USD")]],
    (r, list) => many(fx.consistency(list), fx.checkRate(r, list)),
  ),
  target("fx.rateFromJSON", [fx.rateToJSON(fx.cross(usdCny, eurUsd)), { currencies: [] }], fx.rateFromJSON),
  target("fx.tableFromJSON", [fx.tableToJSON(ratesTable)], fx.tableFromJSON),
  // growth
  target("growth.fromPercent", ["38.8", { basis: "real", rounding: "halfUp" }], (x, o) => growth.fromPercent(x, o)),
  target("growth.fromFraction", ["0.388", { basis: "real" }], (x, o) => growth.fromFraction(x, o)),
  target("growth.rate/tryRate", [gdp, "139.39", { basis: "nominal", denominator: "absolute" }], (c, p, o) =>
    many(growth.rate(c, p, o), growth.tryRate(c, p, o)),
  ),
  target("growth.previous/apply", [gdp, real, 2], (l, r, n) => many(growth.previous(l, r, n), growth.apply(l, r, n))),
  target("growth.cagr/annualize", [100, 121, 2, { basis: "real" }], (a, b, n, o) =>
    many(
      growth.cagr({ from: a, to: b, years: n }, o),
      growth.annualize(growth.fromPercent(String(n)), 4),
      growth.deannualize(growth.fromPercent(String(n)), a),
    ),
  ),
  target("growth.share/pointChange/contribution", ["403.74", "424.36", "300"], (a, b, c) =>
    many(growth.share(a, b), growth.pointChange(growth.share(a, b), growth.share(c, b)), growth.contribution(a, c, b)),
  ),
  target(
    "growth.remainder",
    [{ current: "424.36", rate: growth.fromPercent("32") }, [{ current: "403.74", rate: growth.fromPercent("33.0") }]],
    growth.remainder,
  ),
  target("growth.parse", ["in crescita del 38,8% su base annua", { strict: true, basis: "real" }], growth.parse),
  target("growth.parse (points)", ["下降0.5个百分点", { locale: "zh-CN" }], growth.parse),
  target("growth.fromJSON", [JSON.parse(JSON.stringify(growth.rate(-5, -10)))], growth.fromJSON),
  target("growth.pointsFromJSON", [JSON.parse(JSON.stringify(growth.parse("-2.1 pp")))], growth.pointsFromJSON),
  target(
    "growth.format",
    [real, { style: "both", decimals: 1, rounding: "halfUp", scale: 2, showBasis: true }],
    growth.format,
  ),
  // capacity
  target("capacity.plan", [plantInput], capacity.plan),
  target(
    "capacity queries",
    [plant, 1, "2023-01-01"],
    (p, n, d) =>
      many(
        capacity.statusAt(p, n, d),
        capacity.operatingAt(p, d),
        capacity.plannedBy(p, d),
        capacity.check(p),
        capacity.unassigned(p),
        capacity.timeline(p),
      ),
    [0],
  ),
  target("capacity.addStatusChange", [plant, 1, "operating", "2024-04-01", "s2"], capacity.addStatusChange, [0]),
  target("capacity.canTransition", ["announced", "operating"], capacity.canTransition),
  // milestone
  target("milestone.of", [milestoneInput], milestone.of),
  target(
    "milestone updates",
    [pending, "2024-S2", "2024-05-01", "s2"],
    (m, p, d, s) =>
      many(milestone.reviseTarget(m, p, d, s), milestone.achieve(m, d, s), milestone.report(m, "notMet", d, s)),
    [0],
  ),
  target(
    "milestone.status",
    [mass, "2024-07-01", { against: "original" }],
    (m, d, o) =>
      many(
        milestone.status(m, d, o),
        milestone.targetAt(m, d),
        milestone.reportedAt(m, d),
        milestone.targetDrift(m, d),
      ),
    [0],
  ),
  // agreement
  target("agreement.create", [agreementInput], agreement.create),
  // agreement.party makes a party without roles (the roles are the agreement's): its input has none
  target("agreement.party", [(({ roles: _roles, ...rest }) => rest)(partyInput)], agreement.party),
  target("agreement.source", [sourceInput], agreement.source),
  target("agreement.commitment", [commitmentInput], agreement.commitment),
  target(
    "agreement.amend",
    [
      bdaXiaomi,
      { id: "a2", date: "2023", description: "d", rationale: "r", sourceIds: ["s1"] },
      { title: "New", sourceIds: ["s1"] },
    ],
    agreement.amend,
    [0],
  ),
  target(
    "agreement queries",
    [bdaXiaomi, "project", "xiaomi"],
    (a, p, o) =>
      many(
        agreement.findParty(a, p),
        agreement.parentChain(a, p),
        agreement.effectiveShare(a, p, o),
        agreement.commitmentsWhere(a, { partyId: p }),
        agreement.claims(a),
        agreement.citing(a, "s1"),
        agreement.uncited(a),
      ),
    [0],
  ),
  // zone
  target("zone.remainderOf", [bda, "gdp", ["industries"], "CNY"], zone.remainderOf, [0]),
  target("zone.create", [zoneInput], zone.create),
  target("zone.observation", [observationInput], zone.observation),
  target(
    "zone analyses",
    [bda, "gdp", "industries", "CNY"],
    (z, w, p, c) =>
      many(
        zone.impliedPrevious(z, w, c),
        zone.shareOf(z, p, w, c),
        zone.remainderOf(z, w, [p], c),
        zone.rateConsistency(z, "USD", c),
        zone.observationsWhere(z, { period: "2021-Q1/2021-Q3", currency: c }),
      ),
    [0],
  ),
];

// every schema's parse, from the JSON of a valid value
const SCHEMA_VALUES: Readonly<Record<string, unknown>> = {
  Decimal: figure.exact("193.48").value,
  IsoDate: "2021-11-27",
  Period: sample(periodValue),
  Currency: money.currency("CNY"),
  Money: sample(moneyValue),
  Figure: sample(figureValue, 3),
  GrowthRate: growth.rate(-5, -10, { basis: "real" }),
  PercentagePoints: growth.parse("-2.1 pp"),
  ExchangeRate: fx.cross(usdCny, eurUsd),
  RateTable: sample(rateTable, 5),
  CapacityPlan: sample(capacityPlan, 2),
  Milestone: sample(milestoneValue, 2),
  Source: agreement.source(sourceInput),
  Agreement: sample(agreementValue, 1),
  Observation: bda.observations[0],
  Zone: sample(zoneValue),
};
for (const [name, schema] of Object.entries(schemas.SCHEMAS)) {
  const json = schemas.toJSON(schema, SCHEMA_VALUES[name] ?? bdaXiaomi);
  TARGETS.push(target(`schemas.parse(${name})`, [json], (x) => schemas.parse(schema, x)));
  TARGETS.push(
    target(`schemas.safeParse(${name})`, [json], (x) => {
      const r = schemas.safeParse(schema, x);
      if (r.success) return r.value;
      expect(isAccordoError(r.error, "INVALID_SCHEMA")).toBe(true);
      return "rejected";
    }),
  );
}

// ---------------------------------------------------------------------------

let fed = 0;
const codes = new Map<string, number>();

beforeAll(() => {
  console.log(`fuzz: seed ${SEED}, ${RUNS} inputs per target, ${TARGETS.length} targets${LONG ? " (long run)" : ""}`);
});

afterAll(() => {
  console.log(`fuzz: ${fed} inputs (seed ${SEED}); outcomes ${JSON.stringify(Object.fromEntries([...codes].sort()))}`);
});

describe(`fuzzing every parser and constructor (seed ${SEED})`, () => {
  it("every schema is fuzzed", () => {
    for (const name of Object.keys(schemas.SCHEMAS))
      expect(TARGETS.some((t) => t.name === `schemas.parse(${name})`)).toBe(true);
    expect(Object.keys(SCHEMA_VALUES).sort()).toEqual(Object.keys(schemas.SCHEMAS).sort());
  });

  it("every template is valid: the unmutated argument lists succeed", () => {
    for (const t of TARGETS) {
      let result: unknown;
      expect(() => (result = t.call(...(t.template as never[]))), t.name).not.toThrow();
      expect(problems(result, { frozen: false }), t.name).toEqual([]);
    }
  });

  for (const [index, t] of TARGETS.entries()) {
    it(t.name, () => {
      fc.assert(
        fc.property(inputs(t.template, t.trusted), (args) => {
          fed++;
          if (TRACE !== undefined) {
            appendFileSync(TRACE, `${t.name} #${fed}: `);
            appendFileSync(
              TRACE,
              `${args
                .map((a) =>
                  typeof a === "string"
                    ? JSON.stringify(a.slice(0, 200))
                    : Decimal.isDecimal(a)
                      ? `Decimal(${String(a)})`
                      : typeof a === "object" && a !== null
                        ? "{object}"
                        : String(a),
                )
                .join(", ")}\n`,
            );
          }
          let result: unknown;
          try {
            result = t.call(...(args as never[]));
          } catch (e) {
            if (!isAccordoError(e))
              throw new Error(
                `${t.name} threw a non-AccordoError: ${String(e)}\n${e instanceof Error ? String(e.stack) : ""}`,
              );
            expect(typeof e.code).toBe("string");
            expect(e.message.length).toBeGreaterThan(0);
            if (t.name.startsWith("schemas.safeParse"))
              throw new Error(`${t.name} threw instead of returning an error: ${e.code}`);
            codes.set(e.code, (codes.get(e.code) ?? 0) + 1);
            return;
          }
          codes.set("ok", (codes.get("ok") ?? 0) + 1);
          const found = problems(result, { frozen: true, strings: false });
          expect(found, t.name).toEqual([]);
        }),
        { seed: SEED + index, numRuns: RUNS },
      );
      expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    });
  }

  it("sparse arrays: a hole at any position of any array of any template is refused like undefined, never a TypeError", () => {
    const found: string[] = [];
    for (const t of TARGETS) {
      const arrays = pathsOf(t.template).filter(
        (p) => p.length > 0 && !t.trusted.includes(p[0] as number) && Array.isArray(at(t.template, p)),
      );
      for (const p of arrays) {
        const length = (at(t.template, p) as unknown[]).length;
        for (let i = 0; i <= length; i++) {
          const args = mutate(t.template, p, "replace", withHole(at(t.template, p) as unknown[], i), "") as unknown[];
          try {
            const result = t.call(...(args as never[]));
            const wrong = problems(result, { frozen: true, strings: false });
            if (wrong.length > 0) found.push(`${t.name} ${p.join(".")} hole ${i}: ${wrong.join("; ")}`);
          } catch (e) {
            if (!isAccordoError(e)) found.push(`${t.name} ${p.join(".")} hole ${i}: ${String(e)}`);
          }
        }
      }
    }
    expect(found).toEqual([]);
  });

  it(`fed ${RUNS * TARGETS.length} inputs in all, at least 10,000`, () => {
    expect(fed).toBe(RUNS * TARGETS.length);
    expect(fed).toBeGreaterThanOrEqual(10_000);
  });
});

describe(`format → parse round trips (seed ${SEED})`, () => {
  const locales = [
    "en-US",
    "de-DE",
    "fr-CH",
    "de-AT",
    "tr-TR",
    "ar-EG",
    "hi-IN",
    "en-IN",
    "ja-JP",
    "zh-CN",
    "it-IT",
    "ru-RU",
  ] as const;
  const codes = ["USD", "EUR", "JPY", "CHF", "CNY", "INR", "TRY", "IDR", "KWD", "GBP"] as const;
  const displays = ["symbol", "narrowSymbol", "code", "name"] as const;
  // Digits and a power of ten up to ±1000: every magnitude format writes in full.
  const amount = fc
    .tuple(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), fc.integer({ min: -40, max: 960 }))
    .map(([digits, exponent]) => `${digits}e${exponent}`);
  it("parse reads back every amount format writes in standard notation, in every display", () => {
    fc.assert(
      fc.property(
        amount,
        fc.constantFrom(...codes),
        fc.constantFrom(...locales),
        fc.constantFrom(...displays),
        (a, code, locale, currencyDisplay) => {
          const m = money.round(money.of(a, code));
          const text = money.format(m, { locale, currencyDisplay });
          const back = money.parse(text, { locale, ...(currencyDisplay === "narrowSymbol" ? { currency: code } : {}) });
          expect({ text, back: money.toString(back) }).toEqual({ text, back: money.toString(m) });
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });
  it("compact and long notation: parse reads the amount shown, or refuses it with an AccordoError", () => {
    fc.assert(
      fc.property(
        amount,
        fc.constantFrom(...codes),
        fc.constantFrom(...locales),
        fc.constantFrom("compact", "long" as const),
        (a, code, locale, notation) => {
          const text = money.format(money.of(a, code), { locale, notation, fractionDigits: 2 });
          expect(text).not.toContain("∞");
          try {
            const back = money.parse(text, { locale, currency: code });
            expect(back.currency.code).toBe(code);
          } catch (e) {
            expect(isAccordoError(e) ? "AccordoError" : String(e)).toBe("AccordoError");
          }
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
