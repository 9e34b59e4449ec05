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

const CASES: readonly (readonly [string, () => unknown, string, string, unknown])[] = [
  ["add a", () => figure.add("x", 1), "INVALID_INPUT", "figure.add: a must be a decimal number string, got \"x\"", {"where":"figure.add: a","value":"x"}],
  ["add b", () => figure.add(1, "x"), "INVALID_INPUT", "figure.add: b must be a decimal number string, got \"x\"", {"where":"figure.add: b","value":"x"}],
  ["sub a", () => figure.sub("x", 1), "INVALID_INPUT", "figure.sub: a must be a decimal number string, got \"x\"", {"where":"figure.sub: a","value":"x"}],
  ["sub b", () => figure.sub(1, "x"), "INVALID_INPUT", "figure.sub: b must be a decimal number string, got \"x\"", {"where":"figure.sub: b","value":"x"}],
  ["mul a", () => figure.mul("x", 1), "INVALID_INPUT", "figure.mul: a must be a decimal number string, got \"x\"", {"where":"figure.mul: a","value":"x"}],
  ["mul b", () => figure.mul(1, "x"), "INVALID_INPUT", "figure.mul: b must be a decimal number string, got \"x\"", {"where":"figure.mul: b","value":"x"}],
  ["div a", () => figure.div("x", 1), "INVALID_INPUT", "figure.div: a must be a decimal number string, got \"x\"", {"where":"figure.div: a","value":"x"}],
  ["div b", () => figure.div(1, "x"), "INVALID_INPUT", "figure.div: b must be a decimal number string, got \"x\"", {"where":"figure.div: b","value":"x"}],
  ["div zero", () => figure.div(1, figure.between(-1, 1)), "DIVISION_BY_ZERO", "figure.div: the divisor's bounds [-1, 1] contain zero", {"lo":"-1","hi":"1"}],
  ["neg a", () => figure.neg("x"), "INVALID_INPUT", "figure.neg: a must be a decimal number string, got \"x\"", {"where":"figure.neg: a","value":"x"}],
  ["exact", () => figure.exact("x"), "INVALID_INPUT", "figure.exact: x must be a decimal number string, got \"x\"", {"where":"figure.exact: x","value":"x"}],
  ["reported text", () => figure.reported("1.2.3"), "INVALID_INPUT", "figure.reported: text must be a decimal number as written, got \"1.2.3\"", {"text":"1.2.3"}],
  ["reported dot", () => figure.reported("."), "INVALID_INPUT", "figure.reported: text must be a decimal number as written, got \".\"", {"text":"."}],
  ["reported sign only", () => figure.reported("+"), "INVALID_INPUT", "figure.reported: text must be a decimal number as written, got \"+\"", {"text":"+"}],
  ["reported empty", () => figure.reported(""), "INVALID_INPUT", "figure.reported: text must be a decimal number as written, got \"\"", {"text":""}],
  ["reported NaN", () => figure.reported(Number.NaN), "INVALID_INPUT", "figure.reported: text must be a finite number, got NaN", {"where":"figure.reported: text","value":Number.NaN}],
  ["reported scale array", () => figure.reported("1", { scale: ["million"] as never }), "INVALID_INPUT", "figure.reported: scale must be one of thousand, million, billion, trillion, 万, 亿 or a power-of-ten exponent between -100 and 100 (6 for millions), got an array of 1", {"where":"figure.reported: scale"}],
  ["reported scale", () => figure.reported("1", { scale: "gazillion" as never }), "INVALID_INPUT", "figure.reported: scale must be one of thousand, million, billion, trillion, 万, 亿 or a power-of-ten exponent between -100 and 100 (6 for millions), got \"gazillion\"", {"where":"figure.reported: scale"}],
  ["reported scale 101", () => figure.reported("1", { scale: 101 }), "INVALID_INPUT", "figure.reported: scale must be one of thousand, million, billion, trillion, 万, 亿 or a power-of-ten exponent between -100 and 100 (6 for millions), got 101", {"where":"figure.reported: scale"}],
  ["reported rounding", () => figure.reported("1", { rounding: "nearest" as never }), "INVALID_INPUT", "figure.reported: rounding must be one of halfUp, halfEven, halfDown, halfTowardsZero, halfAwayFromZero, up, down, ceil, floor, upOrDown, got \"nearest\"", {"where":"figure.reported: rounding"}],
  ["reported options", () => figure.reported("1", null as never), "INVALID_INPUT", "figure.reported: options must be an object, got null", {"where":"figure.reported"}],
  ["reported exponent", () => figure.reported("1e9999999"), "INVALID_INPUT", "figure.reported: the exponent of \"1e9999999\" is out of range", {"text":"1e9999999"}],
  ["reported overflow", () => figure.reported(new Decimal("1e9000000000000000"), { scale: "billion" }), "INVALID_INPUT", "figure.reported: 1e+9000000000000000 times the scale is out of range", {"where":"figure.reported"}],
  ["percent text", () => figure.percent("abc%"), "INVALID_INPUT", "figure.percent: text must be a decimal number as written, got \"abc\"", {"text":"abc"}],
  ["percent options", () => figure.percent("1", null as never), "INVALID_INPUT", "figure.percent: options must be an object, got null", {"where":"figure.percent"}],
  ["between lo", () => figure.between("x", 1), "INVALID_INPUT", "figure.between: lo must be a decimal number string, got \"x\"", {"where":"figure.between: lo","value":"x"}],
  ["between hi", () => figure.between(1, "x"), "INVALID_INPUT", "figure.between: hi must be a decimal number string, got \"x\"", {"where":"figure.between: hi","value":"x"}],
  ["between order", () => figure.between(2, 1), "INVALID_INPUT", "figure.between: lo must not exceed hi, got lo 2 and hi 1", {"lo":"2","hi":"1"}],
  ["between options", () => figure.between(1, 2, null as never), "INVALID_INPUT", "figure.between: options must be an object, got null", {"where":"figure.between"}],
  ["between loInclusive", () => figure.between(1, 2, { loInclusive: 1 as never }), "INVALID_INPUT", "figure.between: loInclusive must be a boolean, got 1", {"where":"figure.between: loInclusive"}],
  ["between hiInclusive", () => figure.between(1, 2, { hiInclusive: 1 as never }), "INVALID_INPUT", "figure.between: hiInclusive must be a boolean, got 1", {"where":"figure.between: hiInclusive"}],
  ["between value", () => figure.between(1, 2, { value: "x" }), "INVALID_INPUT", "figure.between: value must be a decimal number string, got \"x\"", {"where":"figure.between: value","value":"x"}],
  ["between value outside", () => figure.between(1, 2, { value: 3 }), "INVALID_INPUT", "figure.between must have lo <= value <= hi, got lo 1, value 3, hi 2", {"where":"figure.between","lo":"1","value":"3","hi":"2"}],
  ["between empty", () => figure.between(1, 1, { loInclusive: false }), "INVALID_INPUT", "figure.between is an empty interval: lo = hi = 1 with an excluded end", {"where":"figure.between","lo":"1"}],
  ["figure shape", () => figure.add({ value: 1 } as never, 1), "INVALID_INPUT", "figure.add: a must be a figure ({ value, lo, hi, loInclusive, hiInclusive }), got an object", {"where":"figure.add: a"}],
  ["figure order", () => figure.add({ value: new Decimal(3), lo: new Decimal(1), hi: new Decimal(2), loInclusive: true, hiInclusive: true } as never, 1), "INVALID_INPUT", "figure.add: a must have lo <= value <= hi, got lo 1, value 3, hi 2", {"where":"figure.add: a","lo":"1","value":"3","hi":"2"}],
  ["figure empty", () => figure.add({ value: new Decimal(1), lo: new Decimal(1), hi: new Decimal(1), loInclusive: true, hiInclusive: false } as never, 1), "INVALID_INPUT", "figure.add: a is an empty interval: lo = hi = 1 with an excluded end", {"where":"figure.add: a","lo":"1"}],
  ["figure value", () => figure.add({ value: new Decimal(Number.NaN), lo: new Decimal(1), hi: new Decimal(1), loInclusive: true, hiInclusive: true } as never, 1), "INVALID_INPUT", "figure.add: a.value must be a finite number, got NaN", {"where":"figure.add: a.value","value":"NaN"}],
  ["figure hi", () => figure.add({ value: new Decimal(1), lo: new Decimal(1), hi: new Decimal(Number.NaN), loInclusive: true, hiInclusive: true } as never, 1), "INVALID_INPUT", "figure.add: a.hi must be a finite number, got NaN", {"where":"figure.add: a.hi","value":"NaN"}],
  ["figure null", () => figure.add(null as never, 1), "INVALID_INPUT", "figure.add: a must be a string, number, bigint or Decimal, got null", {"where":"figure.add: a"}],
  ["figure undefined", () => figure.width(undefined as never), "INVALID_INPUT", "figure.width: f must be a figure ({ value, lo, hi, loInclusive, hiInclusive }), got undefined", {"where":"figure.width: f"}],
  ["figure overflow", () => figure.mul(figure.between("-9e9000000000000000", 1, { value: 0 }), 10), "INVALID_INPUT", "the result lies beyond the range of decimals (10^±9e15): got value 0, bounds [-Infinity, 10]", {"value":"0"}],
  ["figure lo", () => figure.add({ value: new Decimal(1), lo: new Decimal(Number.NaN), hi: new Decimal(1), loInclusive: true, hiInclusive: true } as never, 1), "INVALID_INPUT", "figure.add: a.lo must be a finite number, got NaN", {"where":"figure.add: a.lo","value":"NaN"}],
  ["intersect none", () => figure.intersect(), "INVALID_INPUT", "figure.intersect: needs at least one figure, got none", undefined],
  ["intersect bad", () => figure.intersect("x"), "INVALID_INPUT", "figure.intersect: figures[0] must be a decimal number string, got \"x\"", {"where":"figure.intersect: figures[0]","value":"x"}],
  ["contains f", () => figure.contains("x" as never, 1), "INVALID_INPUT", "figure.contains: f must be a figure ({ value, lo, hi, loInclusive, hiInclusive }), got \"x\"", {"where":"figure.contains: f"}],
  ["contains x", () => figure.contains(figure.exact(1), "x"), "INVALID_INPUT", "figure.contains: x must be a decimal number string, got \"x\"", {"where":"figure.contains: x","value":"x"}],
  ["width", () => figure.width("x" as never), "INVALID_INPUT", "figure.width: f must be a figure ({ value, lo, hi, loInclusive, hiInclusive }), got \"x\"", {"where":"figure.width: f"}],
  ["midpoint", () => figure.midpoint("x" as never), "INVALID_INPUT", "figure.midpoint: f must be a figure ({ value, lo, hi, loInclusive, hiInclusive }), got \"x\"", {"where":"figure.midpoint: f"}],
  ["isExact", () => figure.isExact("x" as never), "INVALID_INPUT", "figure.isExact: f must be a figure ({ value, lo, hi, loInclusive, hiInclusive }), got \"x\"", {"where":"figure.isExact: f"}],
  ["format f", () => figure.format("x" as never), "INVALID_INPUT", "figure.format: f must be a figure ({ value, lo, hi, loInclusive, hiInclusive }), got \"x\"", {"where":"figure.format: f"}],
  ["format as", () => figure.format(figure.exact(1), { as: "x" as never }), "INVALID_INPUT", "figure.format: as must be \"number\" or \"percent\", got \"x\"", undefined],
  ["format style", () => figure.format(figure.exact(1), { style: "x" as never }), "INVALID_INPUT", "figure.format: style must be \"value\", \"interval\" or \"both\", got \"x\"", undefined],
  ["format decimals", () => figure.format(figure.exact(1), { decimals: 1.5 }), "INVALID_INPUT", "figure.format: decimals must be an integer between -100 and 100, got 1.5", undefined],
  ["format decimals 101", () => figure.format(figure.exact(1), { decimals: 101 }), "INVALID_INPUT", "figure.format: decimals must be an integer between -100 and 100, got 101", undefined],
  ["format rounding", () => figure.format(figure.exact(1), { rounding: "x" as never }), "INVALID_INPUT", "figure.format: rounding must be one of halfEven, halfUp, halfDown, halfTowardsZero, halfAwayFromZero, up, down, ceil, floor, got \"x\"", {"where":"figure.format: rounding"}],
  ["format scale", () => figure.format(figure.exact(1), { scale: "x" as never }), "INVALID_INPUT", "figure.format: scale must be one of thousand, million, billion, trillion, 万, 亿 or a power-of-ten exponent between -100 and 100 (6 for millions), got \"x\"", {"where":"figure.format: scale"}],
  ["format signed", () => figure.format(figure.exact(1), { signed: 1 as never }), "INVALID_INPUT", "figure.format: signed must be a boolean, got 1", undefined],
  ["format options string", () => figure.format(figure.exact(1), "x" as never), "INVALID_INPUT", "figure.format: options must be an object, got \"x\"", {"where": "figure.format"}],
  ["format options", () => figure.format(figure.exact(1), null as never), "INVALID_INPUT", "figure.format: options must be an object, got null", {"where": "figure.format"}],
  ["evaluate formula", () => figure.evaluate(1 as never, {}), "INVALID_INPUT", "figure.evaluate: formula must be a function, got 1", undefined],
  ["evaluate inputs", () => figure.evaluate(() => 1, [] as never), "INVALID_INPUT", "figure.evaluate: inputs must be a record of figures by name, got an array of 0", undefined],
  ["evaluate input", () => figure.evaluate(() => 1, { a: "x" }), "INVALID_INPUT", "figure.evaluate: inputs.a must be a decimal number string, got \"x\"", {"where":"figure.evaluate: inputs.a","value":"x"}],
  ["evaluate monotonicity", () => figure.evaluate(() => 1, { a: 1 }, { monotonicity: 5 as never }), "INVALID_INPUT", "figure.evaluate: monotonicity must be \"detect\" or a record of directions by input name, got 5", undefined],
  ["evaluate monotonicity key", () => figure.evaluate(() => 1, { a: 1 }, { monotonicity: { b: "increasing" } as never }), "INVALID_INPUT", "figure.evaluate: monotonicity names an unknown input \"b\"", {"input":"b"}],
  ["evaluate direction", () => figure.evaluate(() => 1, { a: 1 }, { monotonicity: { a: "up" as never } }), "INVALID_INPUT", "figure.evaluate: the direction of \"a\" must be \"increasing\" or \"decreasing\", got \"up\"", {"input":"a"}],
  ["evaluate result", () => figure.evaluate(() => "x", { a: 1 }), "INVALID_INPUT", "figure.evaluate: the formula's result at the best estimates must be a decimal number string, got \"x\"", {"where":"figure.evaluate: the formula's result at the best estimates","value":"x"}],
  ["evaluate undefined", () => figure.evaluate(({ a }) => new Decimal(1).div(a!), { a: figure.between(-1, 1) }, { monotonicity: { a: "decreasing" } }), "UNDEFINED_RESULT", "figure.evaluate: the formula is undefined (Infinity) at the best estimates", {"where":"at the best estimates"}],
  ["evaluate not monotone", () => figure.evaluate(({ a }) => a!.times(a!), { a: figure.between(-1, 2) }), "INVALID_INPUT", "figure.evaluate: the formula's value 0.25 lies outside its range over the corners [1, 4]: it is not monotone in each input, or a stated direction is wrong", {"value":"0.25","lo":"1","hi":"4"}],
  ["evaluate inputs number", () => figure.evaluate(() => 1, 5 as never), "INVALID_INPUT", "figure.evaluate: inputs must be a record of figures by name, got 5", undefined],
  ["evaluate options string", () => figure.evaluate(() => 1, { a: 1 }, "x" as never), "INVALID_INPUT", "figure.evaluate: options must be an object, got \"x\"", {"where": "figure.evaluate"}],
  ["evaluate options", () => figure.evaluate(() => 1, { a: 1 }, null as never), "INVALID_INPUT", "figure.evaluate: options must be an object, got null", {"where": "figure.evaluate"}],
  ["evaluate too many", () => figure.evaluate(() => 1, Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`k${i}`, figure.between(0, 1)]))), "INVALID_INPUT", "figure.evaluate: 17 inexact inputs without a stated direction (at most 16); state the monotonicity of some of them", {"inputs":["k0","k1","k2","k3","k4","k5","k6","k7","k8","k9","k10","k11","k12","k13","k14","k15","k16"]}],
];

describe("figure: every refusal names the function, the argument and the value", () => {
  for (const [name, f, code, message, details] of CASES) {
    it(name, () => {
      expect(error(f)).toEqual({ code, message, details });
    });
  }
});
