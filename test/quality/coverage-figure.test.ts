/**
 * What a caller reads when the figure namespace refuses an input: the code,
 * the message (naming the function and the argument) and the details of every
 * error path, through the public API. Written to kill the mutants that Stryker
 * found surviving in src/figure (`node scripts/mutation.mjs figure`).
 */
import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { figure, isAccordoError } from "../../src/index.js";

function error(f: () => unknown): { code: string; message: string; details: unknown } {
  try {
    f();
  } catch (e) {
    if (isAccordoError(e)) return { code: e.code, message: e.message, details: e.details };
    throw e;
  }
  throw new Error("expected an AccordoError");
}

const CASES: readonly (readonly [string, () => unknown, string, unknown])[] = [
  [
    "add a",
    () => figure.add("x", 1),
    "INVALID_NUMBER",
    { function: "figure.add", path: "a", expected: "a decimal number string", received: "x" },
  ],
  [
    "add b",
    () => figure.add(1, "x"),
    "INVALID_NUMBER",
    { function: "figure.add", path: "b", expected: "a decimal number string", received: "x" },
  ],
  [
    "sub a",
    () => figure.sub("x", 1),
    "INVALID_NUMBER",
    { function: "figure.sub", path: "a", expected: "a decimal number string", received: "x" },
  ],
  [
    "sub b",
    () => figure.sub(1, "x"),
    "INVALID_NUMBER",
    { function: "figure.sub", path: "b", expected: "a decimal number string", received: "x" },
  ],
  [
    "mul a",
    () => figure.mul("x", 1),
    "INVALID_NUMBER",
    { function: "figure.mul", path: "a", expected: "a decimal number string", received: "x" },
  ],
  [
    "mul b",
    () => figure.mul(1, "x"),
    "INVALID_NUMBER",
    { function: "figure.mul", path: "b", expected: "a decimal number string", received: "x" },
  ],
  [
    "div a",
    () => figure.div("x", 1),
    "INVALID_NUMBER",
    { function: "figure.div", path: "a", expected: "a decimal number string", received: "x" },
  ],
  [
    "div b",
    () => figure.div(1, "x"),
    "INVALID_NUMBER",
    { function: "figure.div", path: "b", expected: "a decimal number string", received: "x" },
  ],
  ["div zero", () => figure.div(1, figure.between(-1, 1)), "DIVISION_BY_ZERO", { lo: "-1", hi: "1" }],
  [
    "neg a",
    () => figure.neg("x"),
    "INVALID_NUMBER",
    { function: "figure.neg", path: "a", expected: "a decimal number string", received: "x" },
  ],
  [
    "exact",
    () => figure.exact("x"),
    "INVALID_NUMBER",
    { function: "figure.exact", path: "x", expected: "a decimal number string", received: "x" },
  ],
  ["reported text", () => figure.reported("1.2.3"), "INVALID_INPUT", { text: "1.2.3" }],
  ["reported dot", () => figure.reported("."), "INVALID_INPUT", { text: "." }],
  ["reported sign only", () => figure.reported("+"), "INVALID_INPUT", { text: "+" }],
  ["reported empty", () => figure.reported(""), "INVALID_INPUT", { text: "" }],
  ["reported NaN", () => figure.reported(Number.NaN), "INVALID_TYPE", { function: "figure.reported", path: "text" }],
  [
    "reported scale array",
    () => figure.reported("1", { scale: ["million"] as never }),
    "INVALID_INPUT",
    { where: "figure.reported: scale" },
  ],
  [
    "reported scale",
    () => figure.reported("1", { scale: "gazillion" as never }),
    "INVALID_INPUT",
    { where: "figure.reported: scale" },
  ],
  [
    "reported scale 101",
    () => figure.reported("1", { scale: 101 }),
    "INVALID_INPUT",
    { where: "figure.reported: scale" },
  ],
  [
    "reported rounding",
    () => figure.reported("1", { rounding: "nearest" as never }),
    "INVALID_INPUT",
    { where: "figure.reported: rounding" },
  ],
  ["reported options", () => figure.reported("1", null as never), "INVALID_INPUT", { where: "figure.reported" }],
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
  ["percent text", () => figure.percent("abc%"), "INVALID_INPUT", { text: "abc" }],
  ["percent options", () => figure.percent("1", null as never), "INVALID_INPUT", { where: "figure.percent" }],
  [
    "between lo",
    () => figure.between("x", 1),
    "INVALID_NUMBER",
    { function: "figure.between", path: "lo", expected: "a decimal number string", received: "x" },
  ],
  [
    "between hi",
    () => figure.between(1, "x"),
    "INVALID_NUMBER",
    { function: "figure.between", path: "hi", expected: "a decimal number string", received: "x" },
  ],
  ["between order", () => figure.between(2, 1), "INVALID_INPUT", { lo: "2", hi: "1" }],
  ["between options", () => figure.between(1, 2, null as never), "INVALID_INPUT", { where: "figure.between" }],
  [
    "between loInclusive",
    () => figure.between(1, 2, { loInclusive: 1 as never }),
    "INVALID_INPUT",
    { where: "figure.between: loInclusive" },
  ],
  [
    "between hiInclusive",
    () => figure.between(1, 2, { hiInclusive: 1 as never }),
    "INVALID_INPUT",
    { where: "figure.between: hiInclusive" },
  ],
  [
    "between value",
    () => figure.between(1, 2, { value: "x" }),
    "INVALID_NUMBER",
    { function: "figure.between", path: "value", expected: "a decimal number string", received: "x" },
  ],
  [
    "between value outside",
    () => figure.between(1, 2, { value: 3 }),
    "INVALID_INPUT",
    { where: "figure.between", lo: "1", value: "3", hi: "2" },
  ],
  [
    "between empty",
    () => figure.between(1, 1, { loInclusive: false }),
    "INVALID_INPUT",
    { where: "figure.between", lo: "1" },
  ],
  ["figure shape", () => figure.add({ value: 1 } as never, 1), "INVALID_INPUT", { where: "figure.add: a" }],
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
    "INVALID_INPUT",
    { where: "figure.add: a", lo: "1", value: "3", hi: "2" },
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
    "INVALID_INPUT",
    { where: "figure.add: a", lo: "1" },
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
    { function: "figure.add", path: "a.value", expected: "a finite number" },
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
    { function: "figure.add", path: "a.hi", expected: "a finite number" },
  ],
  [
    "figure null",
    () => figure.add(null as never, 1),
    "INVALID_TYPE",
    { function: "figure.add", path: "a", expected: "a decimal string, number, bigint or Decimal", received: null },
  ],
  ["figure undefined", () => figure.width(undefined as never), "INVALID_INPUT", { where: "figure.width: f" }],
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
    { function: "figure.add", path: "a.lo", expected: "a finite number" },
  ],
  ["intersect none", () => figure.intersect(), "INVALID_INPUT", {}],
  [
    "intersect bad",
    () => figure.intersect("x"),
    "INVALID_NUMBER",
    { function: "figure.intersect", path: "figures[0]", expected: "a decimal number string", received: "x" },
  ],
  ["contains f", () => figure.contains("x" as never, 1), "INVALID_INPUT", { where: "figure.contains: f" }],
  [
    "contains x",
    () => figure.contains(figure.exact(1), "x"),
    "INVALID_NUMBER",
    { function: "figure.contains", path: "x", expected: "a decimal number string", received: "x" },
  ],
  ["width", () => figure.width("x" as never), "INVALID_INPUT", { where: "figure.width: f" }],
  ["midpoint", () => figure.midpoint("x" as never), "INVALID_INPUT", { where: "figure.midpoint: f" }],
  ["isExact", () => figure.isExact("x" as never), "INVALID_INPUT", { where: "figure.isExact: f" }],
  ["format f", () => figure.format("x" as never), "INVALID_INPUT", { where: "figure.format: f" }],
  ["format as", () => figure.format(figure.exact(1), { as: "x" as never }), "INVALID_INPUT", {}],
  ["format style", () => figure.format(figure.exact(1), { style: "x" as never }), "INVALID_INPUT", {}],
  ["format decimals", () => figure.format(figure.exact(1), { decimals: 1.5 }), "INVALID_INPUT", {}],
  ["format decimals 101", () => figure.format(figure.exact(1), { decimals: 101 }), "INVALID_INPUT", {}],
  [
    "format rounding",
    () => figure.format(figure.exact(1), { rounding: "x" as never }),
    "INVALID_INPUT",
    {
      function: "figure.format",
      path: "rounding",
      expected: "one of halfEven, halfUp, halfDown, halfTowardsZero, halfAwayFromZero, up, down, ceil, floor",
      received: "x",
    },
  ],
  [
    "format scale",
    () => figure.format(figure.exact(1), { scale: "x" as never }),
    "INVALID_INPUT",
    { where: "figure.format: scale" },
  ],
  ["format signed", () => figure.format(figure.exact(1), { signed: 1 as never }), "INVALID_INPUT", {}],
  [
    "format options string",
    () => figure.format(figure.exact(1), "x" as never),
    "INVALID_INPUT",
    { where: "figure.format" },
  ],
  ["format options", () => figure.format(figure.exact(1), null as never), "INVALID_INPUT", { where: "figure.format" }],
  ["evaluate formula", () => figure.evaluate(1 as never, {}), "INVALID_INPUT", {}],
  ["evaluate inputs", () => figure.evaluate(() => 1, [] as never), "INVALID_INPUT", {}],
  [
    "evaluate input",
    () => figure.evaluate(() => 1, { a: "x" }),
    "INVALID_NUMBER",
    { function: "figure.evaluate", path: "inputs.a", expected: "a decimal number string", received: "x" },
  ],
  [
    "evaluate monotonicity",
    () => figure.evaluate(() => 1, { a: 1 }, { monotonicity: 5 as never }),
    "INVALID_INPUT",
    {},
  ],
  [
    "evaluate monotonicity key",
    () => figure.evaluate(() => 1, { a: 1 }, { monotonicity: { b: "increasing" } as never }),
    "INVALID_INPUT",
    { input: "b" },
  ],
  [
    "evaluate direction",
    () => figure.evaluate(() => 1, { a: 1 }, { monotonicity: { a: "up" as never } }),
    "INVALID_INPUT",
    { input: "a" },
  ],
  [
    "evaluate result",
    () => figure.evaluate(() => "x", { a: 1 }),
    "INVALID_NUMBER",
    {
      function: "figure.evaluate",
      path: "the formula's result at the best estimates",
      expected: "a decimal number string",
      received: "x",
    },
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
    { where: "at the best estimates" },
  ],
  [
    "evaluate not monotone",
    () => figure.evaluate(({ a }) => a!.times(a!), { a: figure.between(-1, 2) }),
    "INVALID_INPUT",
    { value: "0.25", lo: "1", hi: "4" },
  ],
  ["evaluate inputs number", () => figure.evaluate(() => 1, 5 as never), "INVALID_INPUT", {}],
  [
    "evaluate options string",
    () => figure.evaluate(() => 1, { a: 1 }, "x" as never),
    "INVALID_INPUT",
    { where: "figure.evaluate" },
  ],
  [
    "evaluate options",
    () => figure.evaluate(() => 1, { a: 1 }, null as never),
    "INVALID_INPUT",
    { where: "figure.evaluate" },
  ],
  [
    "evaluate too many",
    () =>
      figure.evaluate(
        () => 1,
        Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`k${i}`, figure.between(0, 1)])),
      ),
    "INVALID_INPUT",
    {
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

describe("figure: every refusal names the function, the argument and the value", () => {
  for (const [name, f, code, details] of CASES) {
    it(name, () => {
      expect(error(f)).toMatchObject({ code, details });
    });
  }
});
