/**
 * What a caller reads when the figure namespace refuses an input: the code,
 * the message (naming the function and the argument) and the details of every
 * error path, through the public API. Written to kill the mutants that Stryker
 * found surviving in src/figure (`node scripts/mutation.mjs figure`).
 */
import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { refusalTable, thrown, type RefusalRow } from "../support.js";
import { figure } from "../../src/index.js";

const CASES: readonly RefusalRow[] = [
  ["add a", () => figure.add("x", 1), "INVALID_NUMBER", { function: "figure.add", path: "a", received: "x" }],
  ["add b", () => figure.add(1, "x"), "INVALID_NUMBER", { function: "figure.add", path: "b", received: "x" }],
  ["sub a", () => figure.sub("x", 1), "INVALID_NUMBER", { function: "figure.sub", path: "a", received: "x" }],
  ["sub b", () => figure.sub(1, "x"), "INVALID_NUMBER", { function: "figure.sub", path: "b", received: "x" }],
  ["mul a", () => figure.mul("x", 1), "INVALID_NUMBER", { function: "figure.mul", path: "a", received: "x" }],
  ["mul b", () => figure.mul(1, "x"), "INVALID_NUMBER", { function: "figure.mul", path: "b", received: "x" }],
  ["div a", () => figure.div("x", 1), "INVALID_NUMBER", { function: "figure.div", path: "a", received: "x" }],
  ["div b", () => figure.div(1, "x"), "INVALID_NUMBER", { function: "figure.div", path: "b", received: "x" }],
  [
    "div zero",
    () => figure.div(1, figure.between(-1, 1)),
    "DIVISION_BY_ZERO",
    { function: "figure.div", path: "b", lo: "-1", hi: "1" },
  ],
  ["neg a", () => figure.neg("x"), "INVALID_NUMBER", { function: "figure.neg", path: "a", received: "x" }],
  ["exact", () => figure.exact("x"), "INVALID_NUMBER", { function: "figure.exact", path: "x", received: "x" }],
  [
    "reported text",
    () => figure.reported("1.2.3"),
    "INVALID_NUMBER",
    { function: "figure.reported", path: "text", received: "1.2.3" },
  ],
  [
    "reported dot",
    () => figure.reported("."),
    "INVALID_NUMBER",
    { function: "figure.reported", path: "text", received: "." },
  ],
  [
    "reported sign only",
    () => figure.reported("+"),
    "INVALID_NUMBER",
    { function: "figure.reported", path: "text", received: "+" },
  ],
  [
    "reported empty",
    () => figure.reported(""),
    "INVALID_NUMBER",
    { function: "figure.reported", path: "text", received: "" },
  ],
  [
    "reported NaN",
    () => figure.reported(Number.NaN),
    "INVALID_TYPE",
    { function: "figure.reported", path: "text", received: Number.NaN },
  ],
  [
    "reported scale array",
    () => figure.reported("1", { scale: ["million"] as never }),
    "INVALID_TYPE",
    { function: "figure.reported", path: "options.scale", received: ["million"] },
  ],
  [
    "reported scale",
    () => figure.reported("1", { scale: "gazillion" as never }),
    "INVALID_INPUT",
    { function: "figure.reported", path: "options.scale", received: "gazillion" },
  ],
  [
    "reported scale 101",
    () => figure.reported("1", { scale: 101 }),
    "OUT_OF_RANGE",
    { function: "figure.reported", path: "options.scale", received: 101 },
  ],
  [
    "reported rounding",
    () => figure.reported("1", { rounding: "nearest" as never }),
    "INVALID_INPUT",
    { function: "figure.reported", path: "options.rounding", received: "nearest" },
  ],
  [
    "reported options",
    () => figure.reported("1", null as never),
    "INVALID_TYPE",
    { function: "figure.reported", path: "options", received: null },
  ],
  [
    "reported exponent",
    () => figure.reported("1e9999999"),
    "OUT_OF_RANGE",
    { function: "figure.reported", path: "text", received: "1e9999999", min: "1e-999", max: "1e1000" },
  ],
  [
    "reported overflow",
    () => figure.reported(new Decimal("1e995"), { scale: "billion" }),
    "OUT_OF_RANGE",
    { function: "figure.reported", path: "text times the scale", min: "1e-999", max: "1e1000" },
  ],
  [
    "percent text",
    () => figure.percent("abc%"),
    "INVALID_NUMBER",
    { function: "figure.percent", path: "text", received: "abc" },
  ],
  [
    "percent options",
    () => figure.percent("1", null as never),
    "INVALID_TYPE",
    { function: "figure.percent", path: "options", received: null },
  ],
  [
    "between lo",
    () => figure.between("x", 1),
    "INVALID_NUMBER",
    { function: "figure.between", path: "lo", received: "x" },
  ],
  [
    "between hi",
    () => figure.between(1, "x"),
    "INVALID_NUMBER",
    { function: "figure.between", path: "hi", received: "x" },
  ],
  [
    "between order",
    () => figure.between(2, 1),
    "OUT_OF_RANGE",
    { function: "figure.between", path: "lo", received: 2, lo: "2", hi: "1" },
  ],
  [
    "between options",
    () => figure.between(1, 2, null as never),
    "INVALID_TYPE",
    { function: "figure.between", path: "options", received: null },
  ],
  [
    "between loInclusive",
    () => figure.between(1, 2, { loInclusive: 1 as never }),
    "INVALID_TYPE",
    { function: "figure.between", path: "options.loInclusive", received: 1 },
  ],
  [
    "between hiInclusive",
    () => figure.between(1, 2, { hiInclusive: 1 as never }),
    "INVALID_TYPE",
    { function: "figure.between", path: "options.hiInclusive", received: 1 },
  ],
  [
    "between value",
    () => figure.between(1, 2, { value: "x" }),
    "INVALID_NUMBER",
    { function: "figure.between", path: "options.value", received: "x" },
  ],
  [
    "between value outside",
    () => figure.between(1, 2, { value: 3 }),
    "OUT_OF_RANGE",
    { function: "figure.between", path: "options.value", received: 3, lo: "1", value: "3", hi: "2" },
  ],
  [
    "between empty",
    () => figure.between(1, 1, { loInclusive: false }),
    "INVALID_INPUT",
    { function: "figure.between", path: "options.loInclusive", received: false, lo: "1" },
  ],
  ["figure shape", () => figure.add({ value: 1 } as never, 1), "INVALID_VALUE", { function: "figure.add", path: "a" }],
  [
    "figure order",
    () =>
      figure.add(
        {
          value: new Decimal(3),
          lo: new Decimal(1),
          hi: new Decimal(2),
          loInclusive: true,
          hiInclusive: true,
        } as never,
        1,
      ),
    "INVALID_VALUE",
    { function: "figure.add", path: "a", lo: "1", value: "3", hi: "2" },
  ],
  [
    "figure empty",
    () =>
      figure.add(
        {
          value: new Decimal(1),
          lo: new Decimal(1),
          hi: new Decimal(1),
          loInclusive: true,
          hiInclusive: false,
        } as never,
        1,
      ),
    "INVALID_VALUE",
    { function: "figure.add", path: "a", lo: "1" },
  ],
  [
    "figure value",
    () =>
      figure.add(
        {
          value: new Decimal(Number.NaN),
          lo: new Decimal(1),
          hi: new Decimal(1),
          loInclusive: true,
          hiInclusive: true,
        } as never,
        1,
      ),
    "INVALID_NUMBER",
    { function: "figure.add", path: "a.value" },
  ],
  [
    "figure hi",
    () =>
      figure.add(
        {
          value: new Decimal(1),
          lo: new Decimal(1),
          hi: new Decimal(Number.NaN),
          loInclusive: true,
          hiInclusive: true,
        } as never,
        1,
      ),
    "INVALID_NUMBER",
    { function: "figure.add", path: "a.hi" },
  ],
  [
    "figure null",
    () => figure.add(null as never, 1),
    "INVALID_TYPE",
    { function: "figure.add", path: "a", received: null },
  ],
  [
    "figure undefined",
    () => figure.width(undefined as never),
    "INVALID_TYPE",
    { function: "figure.width", path: "f", received: undefined },
  ],
  [
    "figure overflow",
    () => figure.mul(figure.between("-9e999", 1, { value: 0 }), 10),
    "OUT_OF_RANGE",
    { function: "figure", path: "the result", min: "1e-999", max: "1e1000" },
  ],
  [
    "figure lo",
    () =>
      figure.add(
        {
          value: new Decimal(1),
          lo: new Decimal(Number.NaN),
          hi: new Decimal(1),
          loInclusive: true,
          hiInclusive: true,
        } as never,
        1,
      ),
    "INVALID_NUMBER",
    { function: "figure.add", path: "a.lo" },
  ],
  [
    "intersect none",
    () => figure.intersect(),
    "INVALID_INPUT",
    { function: "figure.intersect", path: "figures", count: 0 },
  ],
  [
    "intersect bad",
    () => figure.intersect("x"),
    "INVALID_NUMBER",
    { function: "figure.intersect", path: "figures[0]", received: "x" },
  ],
  [
    "contains f",
    () => figure.contains("x" as never, 1),
    "INVALID_TYPE",
    { function: "figure.contains", path: "f", received: "x" },
  ],
  [
    "contains x",
    () => figure.contains(figure.exact(1), "x"),
    "INVALID_NUMBER",
    { function: "figure.contains", path: "x", received: "x" },
  ],
  ["width", () => figure.width("x" as never), "INVALID_TYPE", { function: "figure.width", path: "f", received: "x" }],
  [
    "midpoint",
    () => figure.midpoint("x" as never),
    "INVALID_TYPE",
    { function: "figure.midpoint", path: "f", received: "x" },
  ],
  [
    "isExact",
    () => figure.isExact("x" as never),
    "INVALID_TYPE",
    { function: "figure.isExact", path: "f", received: "x" },
  ],
  [
    "format f",
    () => figure.format("x" as never),
    "INVALID_TYPE",
    { function: "figure.format", path: "f", received: "x" },
  ],
  [
    "format as",
    () => figure.format(figure.exact(1), { as: "x" as never }),
    "INVALID_INPUT",
    { function: "figure.format", path: "options.as", received: "x" },
  ],
  [
    "format style",
    () => figure.format(figure.exact(1), { style: "x" as never }),
    "INVALID_INPUT",
    { function: "figure.format", path: "options.style", received: "x" },
  ],
  [
    "format decimals",
    () => figure.format(figure.exact(1), { decimals: 1.5 }),
    "INVALID_NUMBER",
    { function: "figure.format", path: "options.decimals", received: 1.5 },
  ],
  [
    "format decimals 101",
    () => figure.format(figure.exact(1), { decimals: 101 }),
    "OUT_OF_RANGE",
    { function: "figure.format", path: "options.decimals", received: 101 },
  ],
  [
    "format rounding",
    () => figure.format(figure.exact(1), { rounding: "x" as never }),
    "INVALID_INPUT",
    { function: "figure.format", path: "options.rounding", received: "x" },
  ],
  [
    "format scale",
    () => figure.format(figure.exact(1), { scale: "x" as never }),
    "INVALID_INPUT",
    { function: "figure.format", path: "options.scale", received: "x" },
  ],
  [
    "format signed",
    () => figure.format(figure.exact(1), { signed: 1 as never }),
    "INVALID_TYPE",
    { function: "figure.format", path: "options.signed", received: 1 },
  ],
  [
    "format options string",
    () => figure.format(figure.exact(1), "x" as never),
    "INVALID_TYPE",
    { function: "figure.format", path: "options", received: "x" },
  ],
  [
    "format options",
    () => figure.format(figure.exact(1), null as never),
    "INVALID_TYPE",
    { function: "figure.format", path: "options", received: null },
  ],
  [
    "evaluate formula",
    () => figure.evaluate(1 as never, {}),
    "INVALID_TYPE",
    { function: "figure.evaluate", path: "formula", received: 1 },
  ],
  [
    "evaluate inputs",
    () => figure.evaluate(() => 1, [] as never),
    "INVALID_TYPE",
    { function: "figure.evaluate", path: "inputs", received: [] },
  ],
  [
    "evaluate input",
    () => figure.evaluate(() => 1, { a: "x" }),
    "INVALID_NUMBER",
    { function: "figure.evaluate", path: "inputs.a", received: "x" },
  ],
  [
    "evaluate monotonicity",
    () => figure.evaluate(() => 1, { a: 1 }, { monotonicity: 5 as never }),
    "INVALID_TYPE",
    { function: "figure.evaluate", path: "options.monotonicity", received: 5 },
  ],
  [
    "evaluate monotonicity key",
    () => figure.evaluate(() => 1, { a: 1 }, { monotonicity: { b: "increasing" } as never }),
    "UNKNOWN_OPTION",
    { function: "figure.evaluate", path: "options.monotonicity.b", key: "b", accepted: ["a"], suggestion: "a" },
  ],
  [
    "evaluate direction",
    () => figure.evaluate(() => 1, { a: 1 }, { monotonicity: { a: "up" as never } }),
    "INVALID_INPUT",
    { function: "figure.evaluate", path: "options.monotonicity.a", received: "up", input: "a" },
  ],
  [
    "evaluate result",
    () => figure.evaluate(() => "x", { a: 1 }),
    "INVALID_NUMBER",
    { function: "figure.evaluate", path: "the formula's result at the best estimates", received: "x" },
  ],
  [
    "evaluate undefined",
    () =>
      figure.evaluate(
        ({ a }) => new Decimal(1).div(a!),
        { a: figure.between(-1, 1) },
        { monotonicity: { a: "decreasing" } },
      ),
    "UNDEFINED_RESULT",
    { function: "figure.evaluate", path: "the formula's result at the best estimates", where: "at the best estimates" },
  ],
  [
    "evaluate not monotone",
    () => figure.evaluate(({ a }) => a!.times(a!), { a: figure.between(-1, 2) }),
    "INVALID_INPUT",
    { function: "figure.evaluate", path: "formula", value: "0.25", lo: "1", hi: "4" },
  ],
  [
    "evaluate inputs number",
    () => figure.evaluate(() => 1, 5 as never),
    "INVALID_TYPE",
    { function: "figure.evaluate", path: "inputs", received: 5 },
  ],
  [
    "evaluate options string",
    () => figure.evaluate(() => 1, { a: 1 }, "x" as never),
    "INVALID_TYPE",
    { function: "figure.evaluate", path: "options", received: "x" },
  ],
  [
    "evaluate options",
    () => figure.evaluate(() => 1, { a: 1 }, null as never),
    "INVALID_TYPE",
    { function: "figure.evaluate", path: "options", received: null },
  ],
  [
    "evaluate too many",
    () =>
      figure.evaluate(
        () => 1,
        Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`k${i}`, figure.between(0, 1)])),
      ),
    "OUT_OF_RANGE",
    {
      function: "figure.evaluate",
      path: "inputs",
      received: 17,
      inputs: [
        "k0",
        "k1",
        "k2",
        "k3",
        "k4",
        "k5",
        "k6",
        "k7",
        "k8",
        "k9",
        "k10",
        "k11",
        "k12",
        "k13",
        "k14",
        "k15",
        "k16",
      ],
    },
  ],
];

refusalTable("figure: every refusal names its code, the function, the argument and the value", CASES);

/** Every figure function that takes options: a call with one more key, and the keys it accepts. */
const OPTION_TAKERS: readonly (readonly [string, readonly string[], (extra: object) => unknown])[] = [
  ["figure.reported", ["scale", "rounding"], (o) => figure.reported("193.48", o as never)],
  ["figure.percent", ["rounding"], (o) => figure.percent("38.8", o as never)],
  ["figure.between", ["value", "loInclusive", "hiInclusive"], (o) => figure.between(1, 2, o as never)],
  ["figure.evaluate", ["monotonicity"], (o) => figure.evaluate(({ a }) => a!.times(2), { a: figure.between(1, 2) }, o)],
  [
    "figure.format",
    ["style", "as", "scale", "decimals", "rounding", "signed", "locale"],
    (o) => figure.format(figure.reported("193.48"), o as never),
  ],
  ["figure.parse", ["locale", "rounding", "strict"], (o) => figure.parse("193.48", o as never)],
];

describe("figure: every options object is closed and read through its own keys", () => {
  for (const [fn, accepted, call] of OPTION_TAKERS) {
    it(`${fn} refuses an unknown option, naming it and the accepted ones`, () => {
      expect(thrown(() => call({ bogus: 1 }))).toMatchObject({
        code: "UNKNOWN_OPTION",
        details: { function: fn, path: "options.bogus", key: "bogus", accepted },
      });
      const near = `${accepted[0] as string}x`;
      expect(thrown(() => call({ [near]: 1 }))).toMatchObject({
        code: "UNKNOWN_OPTION",
        details: { key: near, suggestion: accepted[0] },
      });
    });

    it(`${fn} ignores an option that only Object.prototype has`, () => {
      const plain = String(call({}));
      // (not "value": an Object.prototype.value turns every accessor descriptor of the engine invalid)
      for (const key of [...accepted, "bogus"].filter((k) => k !== "value")) {
        Object.defineProperty(Object.prototype, key, { value: "polluted", configurable: true, writable: true });
        try {
          expect(String(call({}))).toBe(plain);
        } finally {
          delete (Object.prototype as Record<string, unknown>)[key];
        }
      }
    });
  }

  it("figure.evaluate refuses a direction for an input it does not have, suggesting the nearest", () => {
    expect(
      thrown(() =>
        figure.evaluate(({ total }) => total!, { total: 1 }, { monotonicity: { totl: "increasing" } as never }),
      ),
    ).toMatchObject({
      code: "UNKNOWN_OPTION",
      details: {
        function: "figure.evaluate",
        path: "options.monotonicity.totl",
        accepted: ["total"],
        suggestion: "total",
      },
    });
  });
});
