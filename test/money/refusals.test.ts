/**
 * What a caller reads when the money namespace refuses an input: the code, the
 * message (naming the function and the argument) and the details of every
 * error path, through the public API. Written to kill the mutants that Stryker
 * found surviving in src/money (`npx stryker run test/quality/stryker.money.json`).
 */
import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { isAccordoError } from "../../src/errors.js";
import * as money from "../../src/money/index.js";

function error(f: () => unknown): { code: string; message: string; details: unknown } {
  try {
    f();
  } catch (e) {
    if (isAccordoError(e)) return { code: e.code, message: e.message, details: e.details };
    throw e;
  }
  throw new Error("expected an AccordoError");
}

const usd = money.of("1.25", "USD");
const eur = money.of("1", "EUR");
const ten = money.of("10", "USD");
const usdc = money.defineCurrency({ code: "USDC", minorUnits: 6, name: "USD Coin" });

const CASES: readonly (readonly [string, () => unknown, string, string, unknown])[] = [
  ["add a", () => money.add(null as never, usd), "INVALID_INPUT", "add: a must be a Money ({ amount, currency }), got null", {"where":"add: a"}],
  ["add b", () => money.add(usd, 1 as never), "INVALID_INPUT", "add: b must be a Money ({ amount, currency }), got 1", {"where":"add: b"}],
  ["add no amount", () => money.add({ currency: usd.currency } as never, usd), "INVALID_INPUT", "add: a must be a Money ({ amount, currency }), got an object", {"where":"add: a"}],
  ["add no currency", () => money.add(usd, Object.freeze({ amount: usd.amount }) as never), "INVALID_INPUT", "add: b must be a Money ({ amount, currency }), got an object", {"where":"add: b"}],
  ["add amount", () => money.add({ amount: 1, currency: "USD" } as never, usd), "INVALID_INPUT", "add: a.amount must be a Decimal, got 1", {"where":"add: a"}],
  ["add currency", () => money.add({ amount: new Decimal(1), currency: "XYZ" } as never, usd), "UNKNOWN_CURRENCY", "add: a.currency: unknown currency code \"XYZ\"; define custom currencies with defineCurrency", {"where":"add: a.currency","value":"XYZ"}],
  ["add inf", () => money.add({ amount: new Decimal(Infinity), currency: "USD" } as never, usd), "INVALID_INPUT", "add: a.amount must be a finite number, got Infinity", {"where":"add: a.amount","value":"Infinity"}],
  ["of amount", () => money.of("x", "USD"), "INVALID_INPUT", "of: amount must be a decimal number string, got \"x\"", {"where":"of: amount","value":"x"}],
  ["of currency", () => money.of("1", "XYZ"), "UNKNOWN_CURRENCY", "of: unknown currency code \"XYZ\"; define custom currencies with defineCurrency", {"where":"of","value":"XYZ"}],
  ["fromMinor currency", () => money.fromMinor(1, "XYZ"), "UNKNOWN_CURRENCY", "fromMinor: unknown currency code \"XYZ\"; define custom currencies with defineCurrency", {"where":"fromMinor","value":"XYZ"}],
  ["fromMinor unsafe", () => money.fromMinor(2 ** 60, "USD"), "INVALID_INPUT", "fromMinor: a number of minor units must be a safe integer (use a bigint or a string beyond 2^53), got 1152921504606847000", {"where":"fromMinor","value":1152921504606847000}],
  ["fromMinor minor", () => money.fromMinor("x", "USD"), "INVALID_INPUT", "fromMinor: minor must be a decimal number string, got \"x\"", {"where":"fromMinor: minor","value":"x"}],
  ["fromMinor fraction", () => money.fromMinor("1.5", "USD"), "INVALID_INPUT", "fromMinor: minor units must be an integer, got \"1.5\"", {"where":"fromMinor","value":"1.5"}],
  ["toMinor money", () => money.toMinor(null as never), "INVALID_INPUT", "toMinor: money must be a Money ({ amount, currency }), got null", {"where":"toMinor: money"}],
  ["toMinor finer", () => money.toMinor(money.of("1.005", "USD")), "INVALID_INPUT", "toMinor: 1.005 USD is not a whole number of minor units (2 decimals); pass a rounding mode", {"where":"toMinor","value":"1.005"}],
  ["toMinor mode finer", () => money.toMinor(money.of("1.005", "USD"), "nearest" as never), "INVALID_INPUT", "toMinor: mode must be one of halfEven, halfUp, halfDown, halfTowardsZero, halfAwayFromZero, up, down, ceil, floor, got \"nearest\"", {"where":"toMinor: mode"}],
  ["toMinor mode whole", () => money.toMinor(money.of("1", "USD"), "nearest" as never), "INVALID_INPUT", "toMinor: mode must be one of halfEven, halfUp, halfDown, halfTowardsZero, halfAwayFromZero, up, down, ceil, floor, got \"nearest\"", {"where":"toMinor: mode"}],
  ["subtract a", () => money.subtract(null as never, usd), "INVALID_INPUT", "subtract: a must be a Money ({ amount, currency }), got null", {"where":"subtract: a"}],
  ["subtract b", () => money.subtract(usd, null as never), "INVALID_INPUT", "subtract: b must be a Money ({ amount, currency }), got null", {"where":"subtract: b"}],
  ["subtract mix", () => money.subtract(usd, eur), "CURRENCY_MISMATCH", "subtract: cannot mix USD and EUR", {"where":"subtract","currencies":["USD","EUR"]}],
  ["add mix", () => money.add(usd, eur), "CURRENCY_MISMATCH", "add: cannot mix USD and EUR", {"where":"add","currencies":["USD","EUR"]}],
  ["multiply money", () => money.multiply(null as never, 1), "INVALID_INPUT", "multiply: money must be a Money ({ amount, currency }), got null", {"where":"multiply: money"}],
  ["multiply factor", () => money.multiply(usd, "x"), "INVALID_INPUT", "multiply: factor must be a decimal number string, got \"x\"", {"where":"multiply: factor","value":"x"}],
  ["divide money", () => money.divide(null as never, 1, { mode: "down" }), "INVALID_INPUT", "divide: money must be a Money ({ amount, currency }), got null", {"where":"divide: money"}],
  ["divide divisor", () => money.divide(usd, "x", { mode: "down" }), "INVALID_INPUT", "divide: divisor must be a decimal number string, got \"x\"", {"where":"divide: divisor","value":"x"}],
  ["divide options", () => money.divide(usd, 1, null as never), "INVALID_INPUT", "divide: options { mode, scale? } are required", {"where":"divide"}],
  ["divide mode", () => money.divide(usd, 1, { mode: "x" as never }), "INVALID_INPUT", "divide: mode must be one of halfEven, halfUp, halfDown, halfTowardsZero, halfAwayFromZero, up, down, ceil, floor, got \"x\"", {"where":"divide: mode"}],
  ["divide scale", () => money.divide(usd, 1, { mode: "down", scale: 1.5 }), "INVALID_INPUT", "divide: scale must be an integer from -1000 to 1000, got 1.5", {"where":"divide","value":1.5}],
  ["divide scale str", () => money.divide(usd, 1, { mode: "down", scale: "2" as never }), "INVALID_INPUT", "divide: scale must be an integer from -1000 to 1000, got \"2\"", {"where":"divide","value":"2"}],
  ["divide scale big", () => money.divide(usd, 1, { mode: "down", scale: 1001 }), "INVALID_INPUT", "divide: scale must be an integer from -1000 to 1000, got 1001", {"where":"divide","value":1001}],
  ["divide scale -big", () => money.divide(usd, 1, { mode: "down", scale: -1001 }), "INVALID_INPUT", "divide: scale must be an integer from -1000 to 1000, got -1001", {"where":"divide","value":-1001}],
  ["divide zero", () => money.divide(usd, 0, { mode: "down" }), "DIVISION_BY_ZERO", "divide: cannot divide 1.25 USD by zero", {"where":"divide"}],
  ["negate", () => money.negate(null as never), "INVALID_INPUT", "negate: money must be a Money ({ amount, currency }), got null", {"where":"negate: money"}],
  ["abs", () => money.abs(null as never), "INVALID_INPUT", "abs: money must be a Money ({ amount, currency }), got null", {"where":"abs: money"}],
  ["sum list", () => money.sum("x" as never), "INVALID_INPUT", "sum: expected an array of Money, got \"x\"", {"where":"sum"}],
  ["sum currency", () => money.sum([], "XYZ"), "UNKNOWN_CURRENCY", "sum: unknown currency code \"XYZ\"; define custom currencies with defineCurrency", {"where":"sum","value":"XYZ"}],
  ["sum empty", () => money.sum([]), "INVALID_INPUT", "sum: an empty list needs a currency (sum([], \"USD\"))", {"where":"sum"}],
  ["sum list0", () => money.sum([null as never]), "INVALID_INPUT", "sum: list[0] must be a Money ({ amount, currency }), got null", {"where":"sum: list[0]"}],
  ["sum list1", () => money.sum([usd, null as never]), "INVALID_INPUT", "sum: list[1] must be a Money ({ amount, currency }), got null", {"where":"sum: list[1]"}],
  ["sum mix", () => money.sum([usd, eur]), "CURRENCY_MISMATCH", "sum: cannot mix USD and EUR", {"where":"sum","currencies":["USD","EUR"]}],
  ["sum mix c", () => money.sum([usd], "EUR"), "CURRENCY_MISMATCH", "sum: cannot mix EUR and USD", {"where":"sum","currencies":["EUR","USD"]}],
  ["compare a", () => money.compare(null as never, usd), "INVALID_INPUT", "compare: a must be a Money ({ amount, currency }), got null", {"where":"compare: a"}],
  ["compare b", () => money.compare(usd, null as never), "INVALID_INPUT", "compare: b must be a Money ({ amount, currency }), got null", {"where":"compare: b"}],
  ["compare mix", () => money.compare(usd, eur), "CURRENCY_MISMATCH", "compare: cannot mix USD and EUR", {"where":"compare","currencies":["USD","EUR"]}],
  ["equals a", () => money.equals(null as never, usd), "INVALID_INPUT", "equals: a must be a Money ({ amount, currency }), got null", {"where":"equals: a"}],
  ["equals b", () => money.equals(usd, null as never), "INVALID_INPUT", "equals: b must be a Money ({ amount, currency }), got null", {"where":"equals: b"}],
  ["lessThan mix", () => money.lessThan(usd, eur), "CURRENCY_MISMATCH", "compare: cannot mix USD and EUR", {"where":"compare","currencies":["USD","EUR"]}],
  ["min empty", () => money.min([]), "INVALID_INPUT", "min: needs at least one amount", {"where":"min"}],
  ["min 1", () => money.min(null as never), "INVALID_INPUT", "min: amount 1 must be a Money ({ amount, currency }), got null", {"where":"min: amount 1"}],
  ["min 2", () => money.min(usd, null as never), "INVALID_INPUT", "min: amount 2 must be a Money ({ amount, currency }), got null", {"where":"min: amount 2"}],
  ["min mix", () => money.min(usd, eur), "CURRENCY_MISMATCH", "min: cannot mix USD and EUR", {"where":"min","currencies":["USD","EUR"]}],
  ["max empty", () => money.max([]), "INVALID_INPUT", "max: needs at least one amount", {"where":"max"}],
  ["max 2", () => money.max([usd, 5 as never]), "INVALID_INPUT", "max: amount 2 must be a Money ({ amount, currency }), got 5", {"where":"max: amount 2"}],
  ["max mix", () => money.max(usd, eur), "CURRENCY_MISMATCH", "max: cannot mix USD and EUR", {"where":"max","currencies":["USD","EUR"]}],
  ["isZero", () => money.isZero(null as never), "INVALID_INPUT", "isZero: money must be a Money ({ amount, currency }), got null", {"where":"isZero: money"}],
  ["isPositive", () => money.isPositive(null as never), "INVALID_INPUT", "isPositive: money must be a Money ({ amount, currency }), got null", {"where":"isPositive: money"}],
  ["isNegative", () => money.isNegative(null as never), "INVALID_INPUT", "isNegative: money must be a Money ({ amount, currency }), got null", {"where":"isNegative: money"}],
  ["round money", () => money.round(null as never), "INVALID_INPUT", "round: money must be a Money ({ amount, currency }), got null", {"where":"round: money"}],
  ["round options", () => money.round(usd, 5 as never), "INVALID_INPUT", "round: options must be an object, got 5", {"where":"round"}],
  ["round mode", () => money.round(usd, { mode: "x" as never }), "INVALID_INPUT", "round: mode must be one of halfEven, halfUp, halfDown, halfTowardsZero, halfAwayFromZero, up, down, ceil, floor, got \"x\"", {"where":"round: mode"}],
  ["round both", () => money.round(usd, { step: "0.05", scale: 2 }), "INVALID_INPUT", "round: give either scale or step, not both", {"where":"round"}],
  ["round step", () => money.round(usd, { step: "x" }), "INVALID_INPUT", "round: step must be a decimal number string, got \"x\"", {"where":"round: step","value":"x"}],
  ["round step neg", () => money.round(usd, { step: "-0.05" }), "INVALID_INPUT", "round: step must be positive, got \"-0.05\"", {"where":"round"}],
  ["round scale", () => money.round(usd, { scale: 0.5 }), "INVALID_INPUT", "round: scale must be an integer from -1000 to 1000, got 0.5", {"where":"round","value":0.5}],
  ["toJSON", () => money.toJSON(null as never), "INVALID_INPUT", "toJSON: money must be a Money ({ amount, currency }), got null", {"where":"toJSON: money"}],
  ["toString", () => money.toString(null as never), "INVALID_INPUT", "toString: money must be a Money ({ amount, currency }), got null", {"where":"toString: money"}],
  ["fromJSON", () => money.fromJSON(null), "INVALID_INPUT", "fromJSON: expected { amount, currency }, got null", {"where":"fromJSON"}],
  ["fromJSON amount", () => money.fromJSON({ amount: 1, currency: "USD" }), "INVALID_INPUT", "fromJSON: amount must be a decimal string (never a float), got 1", {"where":"fromJSON.amount"}],
  ["fromJSON currency", () => money.fromJSON({ amount: "1", currency: 1 }), "INVALID_INPUT", "fromJSON: currency must be a code string, got 1", {"where":"fromJSON.currency"}],
  ["fromJSON currencies", () => money.fromJSON({ amount: "1", currency: "USD" }, { currencies: "x" as never }), "INVALID_INPUT", "fromJSON: options.currencies must be an array of currencies", {"where":"fromJSON"}],
  ["fromJSON currencies item", () => money.fromJSON({ amount: "1", currency: "USD" }, { currencies: [5 as never] }), "INVALID_INPUT", "fromJSON: options.currencies: expected a currency code or a Currency, got 5", {"where":"fromJSON: options.currencies"}],
  ["fromJSON amount bad", () => money.fromJSON({ amount: "x", currency: "USD" }), "INVALID_INPUT", "fromJSON: amount must be a decimal number string, got \"x\"", {"where":"fromJSON: amount","value":"x"}],
  ["fromJSON unknown", () => money.fromJSON({ amount: "1", currency: "XYZ" }), "UNKNOWN_CURRENCY", "fromJSON: unknown currency code \"XYZ\"; define custom currencies with defineCurrency", {"where":"fromJSON","value":"XYZ"}],
  ["allocate money", () => money.allocate(null as never, 2), "INVALID_INPUT", "allocate: money must be a Money ({ amount, currency }), got null", {"where":"allocate: money"}],
  ["allocate options null", () => money.allocate(ten, 2, null as never), "INVALID_INPUT", "allocate: options must be an object, got null", {"where":"allocate"}],
  ["allocate options string", () => money.allocate(ten, 2, "first" as never), "INVALID_INPUT", "allocate: options must be an object, got \"first\"", {"where":"allocate"}],
  ["allocate method", () => money.allocate(ten, 2, { method: "banzhaf" as never }), "INVALID_INPUT", "allocate: method must be one of largestRemainder, dHondt, sainteLague, first, last, got \"banzhaf\"", {"where":"allocate"}],
  ["allocate step", () => money.allocate(ten, 2, { step: "x" }), "INVALID_INPUT", "allocate: step must be a decimal number string, got \"x\"", {"where":"allocate: step","value":"x"}],
  ["allocate step zero", () => money.allocate(ten, 2, { step: "0" }), "INVALID_INPUT", "allocate: step must be positive, got \"0\"", {"where":"allocate"}],
  ["allocate step negative", () => money.allocate(ten, 2, { step: "-0.05" }), "INVALID_INPUT", "allocate: step must be positive, got \"-0.05\"", {"where":"allocate"}],
  ["allocate not whole", () => money.allocate(money.of("10.01", "CHF"), 2, { step: "0.05" }), "INVALID_INPUT", "allocate: 10.01 CHF is not a whole number of units of 0.05; round it first", {"where":"allocate","value":"10.01"}],
  ["allocate count zero", () => money.allocate(ten, 0), "INVALID_INPUT", "allocate: the number of parts must be an integer from 1 to 1000000, got 0", {"where":"allocate"}],
  ["allocate count fraction", () => money.allocate(ten, 2.5), "INVALID_INPUT", "allocate: the number of parts must be an integer from 1 to 1000000, got 2.5", {"where":"allocate"}],
  ["allocate count too many", () => money.allocate(ten, 1_000_001), "INVALID_INPUT", "allocate: the number of parts must be an integer from 1 to 1000000, got 1000001", {"where":"allocate"}],
  ["allocate ratios empty", () => money.allocate(ten, []), "INVALID_INPUT", "allocate: ratios must be a non-empty array (or a number of parts), got an array of 0", {"where":"allocate"}],
  ["allocate ratios string", () => money.allocate(ten, "12" as never), "INVALID_INPUT", "allocate: ratios must be a non-empty array (or a number of parts), got \"12\"", {"where":"allocate"}],
  ["allocate ratios object", () => money.allocate(ten, { length: 2 } as never), "INVALID_INPUT", "allocate: ratios must be a non-empty array (or a number of parts), got an object", {"where":"allocate"}],
  ["allocate ratios too many", () => money.allocate(ten, new Array(1_000_001).fill(1)), "INVALID_INPUT", "allocate: ratios must be a non-empty array (or a number of parts), got an array of 1000001", {"where":"allocate"}],
  ["allocate ratio bad", () => money.allocate(ten, [1, "x"]), "INVALID_INPUT", "allocate: ratios[1] must be a decimal number string, got \"x\"", {"where":"allocate: ratios[1]","value":"x"}],
  ["allocate ratio negative", () => money.allocate(ten, [1, "-0.5"]), "INVALID_INPUT", "allocate: ratios[1] is negative (\"-0.5\"); ratios must be zero or positive", {"where":"allocate","index":1}],
  ["allocate ratios zero", () => money.allocate(ten, [0, "0.00"]), "INVALID_INPUT", "allocate: all ratios are zero; at least one must be positive", {"where":"allocate"}],
  ["defineCurrency null", () => money.defineCurrency(null as never), "INVALID_INPUT", "defineCurrency: expected { code, minorUnits, name }, got null", {"where":"defineCurrency"}],
  ["defineCurrency string", () => money.defineCurrency("TOK" as never), "INVALID_INPUT", "defineCurrency: expected { code, minorUnits, name }, got \"TOK\"", {"where":"defineCurrency"}],
  ["defineCurrency code number", () => money.defineCurrency({ code: 123456 as never, minorUnits: 2, name: "Token" }), "INVALID_INPUT", "defineCurrency: code must be 3 to 12 letters, digits or underscores, got 123456", {"where":"defineCurrency","value":123456}],
  ["defineCurrency code short", () => money.defineCurrency({ code: "TK", minorUnits: 2, name: "Token" }), "INVALID_INPUT", "defineCurrency: code must be 3 to 12 letters, digits or underscores, got \"TK\"", {"where":"defineCurrency","value":"TK"}],
  ["defineCurrency iso", () => money.defineCurrency({ code: "USD", minorUnits: 2, name: "Dollar" }), "INVALID_INPUT", "defineCurrency: USD is an ISO 4217 code; use currency(\"USD\") and round with an explicit scale instead of redefining it", {"where":"defineCurrency","value":"USD"}],
  ["defineCurrency units string", () => money.defineCurrency({ code: "TOK", minorUnits: "2" as never, name: "Token" }), "INVALID_INPUT", "defineCurrency: minorUnits must be an integer from 0 to 18, got \"2\"", {"where":"defineCurrency","value":"2"}],
  ["defineCurrency units negative", () => money.defineCurrency({ code: "TOK", minorUnits: -1, name: "Token" }), "INVALID_INPUT", "defineCurrency: minorUnits must be an integer from 0 to 18, got -1", {"where":"defineCurrency","value":-1}],
  ["defineCurrency units 19", () => money.defineCurrency({ code: "TOK", minorUnits: 19, name: "Token" }), "INVALID_INPUT", "defineCurrency: minorUnits must be an integer from 0 to 18, got 19", {"where":"defineCurrency","value":19}],
  ["defineCurrency name number", () => money.defineCurrency({ code: "TOK", minorUnits: 2, name: 5 as never }), "INVALID_INPUT", "defineCurrency: name must be a non-empty string, got 5", {"where":"defineCurrency","value":5}],
  ["defineCurrency name blank", () => money.defineCurrency({ code: "TOK", minorUnits: 2, name: " " }), "INVALID_INPUT", "defineCurrency: name must be a non-empty string, got \" \"", {"where":"defineCurrency","value":" "}],
  ["currency unknown", () => money.currency("XYZ"), "UNKNOWN_CURRENCY", "currency: unknown currency code \"XYZ\"; define custom currencies with defineCurrency", {"where":"currency","value":"XYZ"}],
  ["currency number", () => money.currency(42 as never), "INVALID_INPUT", "currency: expected a currency code or a Currency, got 42", {"where":"currency"}],
  ["currency custom numeric", () => money.currency({ ...usdc, numeric: "999" }), "INVALID_INPUT", "currency: a custom currency has numeric null and historic false", {"where":"currency","value":"USDC"}],
  ["currency custom historic", () => money.currency({ ...usdc, historic: true }), "INVALID_INPUT", "currency: a custom currency has numeric null and historic false", {"where":"currency","value":"USDC"}],
  ["currency custom code", () => money.currency({ ...usdc, code: "X" }), "INVALID_INPUT", "currency: code must be 3 to 12 letters, digits or underscores, got \"X\"", {"where":"currency","value":"X"}],
  ["currency iso custom", () => money.currency({ ...money.currency("USD"), custom: "no" as never }), "INVALID_INPUT", "currency: \"USD\" is not a valid Currency (an ISO 4217 entry from currency() or a value from defineCurrency())", {"where":"currency","value":"USD"}],
  ["currency iso numeric", () => money.currency({ ...money.currency("USD"), numeric: "841" }), "INVALID_INPUT", "currency: \"USD\" is not a valid Currency (an ISO 4217 entry from currency() or a value from defineCurrency())", {"where":"currency","value":"USD"}],
  ["currency iso units", () => money.currency({ ...money.currency("USD"), minorUnits: 3 }), "INVALID_INPUT", "currency: \"USD\" is not a valid Currency (an ISO 4217 entry from currency() or a value from defineCurrency())", {"where":"currency","value":"USD"}],
  ["currency iso name", () => money.currency({ ...money.currency("USD"), name: "Dollar" }), "INVALID_INPUT", "currency: \"USD\" is not a valid Currency (an ISO 4217 entry from currency() or a value from defineCurrency())", {"where":"currency","value":"USD"}],
  ["currency iso historic", () => money.currency({ ...money.currency("USD"), historic: true }), "INVALID_INPUT", "currency: \"USD\" is not a valid Currency (an ISO 4217 entry from currency() or a value from defineCurrency())", {"where":"currency","value":"USD"}],
  ["currency unknown code", () => money.currency({ ...money.currency("USD"), code: "QQQ" }), "INVALID_INPUT", "currency: \"QQQ\" is not a valid Currency (an ISO 4217 entry from currency() or a value from defineCurrency())", {"where":"currency","value":"QQQ"}],
  ["currency code number", () => money.currency({ ...money.currency("USD"), code: 840 as never }), "INVALID_INPUT", "currency: 840 is not a valid Currency (an ISO 4217 entry from currency() or a value from defineCurrency())", {"where":"currency"}],
  ["currencies options", () => money.currencies("historic" as never), "INVALID_INPUT", "currencies: options must be an object, got \"historic\"", {"where":"currencies"}],
  ["currencies historic", () => money.currencies({ historic: "yes" as never }), "INVALID_INPUT", "currencies: historic must be a boolean, got \"yes\"", {"where":"currencies"}],
  ["exact toScaled", () => money.divide(money.of("1e10000", "USD"), 1, { mode: "down" }), "INVALID_INPUT", "1e+10000 needs 10001 digits in exact money arithmetic, more than 10000", {"where":"money","value":"1e+10000"}],
  ["exact pow10", () => money.divide(money.of("1", "USD"), "1e-9001", { mode: "down", scale: 1000 }), "INVALID_INPUT", "10^10001 needs 10002 digits in exact money arithmetic, more than 10000", {"where":"money","value":"10^10001"}],
  ["fromJSON array", () => money.fromJSON([]), "INVALID_INPUT", "fromJSON: expected { amount, currency }, got an array of 0", {"where":"fromJSON"}],
  ["fromJSON string", () => money.fromJSON("1 USD"), "INVALID_INPUT", "fromJSON: expected { amount, currency }, got \"1 USD\"", {"where":"fromJSON"}],
  ["asMoney null currency", () => money.add(Object.freeze({ amount: usd.amount, currency: null }) as never, usd), "INVALID_INPUT", "add: a.currency: expected a currency code or a Currency, got null", {"where":"add: a.currency"}],
];

describe("money refusals: code, message and details", () => {
  for (const [name, f, code, message, details] of CASES) {
    it(name, () => {
      expect(error(f)).toEqual({ code, message, details });
    });
  }
});
