import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { D, type RoundingMode } from "../../src/decimal.js";
import * as money from "../../src/money/index.js";
import type { AllocationMethod, Money } from "../../src/money/types.js";

const MODES: readonly RoundingMode[] = [
  "halfEven",
  "halfUp",
  "halfDown",
  "halfTowardsZero",
  "halfAwayFromZero",
  "up",
  "down",
  "ceil",
  "floor",
];
const mode = fc.constantFrom(...MODES);
const currencyCode = fc.constantFrom("USD", "EUR", "CNY", "JPY", "GBP", "CHF", "KWD");

/** Decimal strings up to 1e20 with up to 8 decimals: sums stay within the 34 significant digits of the arithmetic. */
const decimalText = fc
  .tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 8 }))
  .map(([int, scale]) => new D(`${int}e-${scale}`).toFixed());
const usd = decimalText.map((a) => money.of(a, "USD"));

/** Amounts up to 1e20 (in absolute value) in whole minor units of their currency. */
const wholeMinor = fc
  .tuple(currencyCode, fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.bigInt({ min: 0n, max: 999n }))
  .map(([c, major, fraction]) => {
    const units = money.currency(c).minorUnits;
    const minor = major * 10n ** BigInt(units) + (major < 0n ? -1n : 1n) * (fraction % 10n ** BigInt(units));
    return money.fromMinor(minor, c);
  });

const same = (a: Money, b: Money): boolean => money.equals(a, b);

describe("arithmetic properties", () => {
  it("add is commutative", () => {
    fc.assert(fc.property(usd, usd, (a, b) => same(money.add(a, b), money.add(b, a))));
  });
  it("add is associative", () => {
    fc.assert(
      fc.property(usd, usd, usd, (a, b, c) => same(money.add(money.add(a, b), c), money.add(a, money.add(b, c)))),
    );
  });
  it("subtract undoes add, and negate is an involution", () => {
    fc.assert(
      fc.property(
        usd,
        usd,
        (a, b) => same(money.subtract(money.add(a, b), b), a) && same(money.negate(money.negate(a)), a),
      ),
    );
  });
  it("sum equals repeated add", () => {
    fc.assert(
      fc.property(fc.array(usd, { minLength: 1, maxLength: 10 }), (list) =>
        same(
          money.sum(list),
          list.reduce((x, y) => money.add(x, y)),
        ),
      ),
    );
  });

  it("sum gives what repeated add gives, digit for digit, also where the additions round beyond 34 digits", () => {
    // Whole cents (which sum adds as integers), finer amounts, and magnitudes where a total needs more than 34 digits.
    const amount = fc.oneof(
      fc.integer({ min: -(2 ** 53), max: 2 ** 53 }).map((c) => `${c}e-2`),
      fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }).map((c) => `${c}e-2`),
      decimalText,
      fc
        .tuple(fc.bigInt({ min: -(10n ** 34n), max: 10n ** 34n }), fc.integer({ min: -40, max: 40 }))
        .map(([m, e]) => `${m}e${e}`),
      fc.constantFrom("0", "-0", "4503599627370496e-2", "-4503599627370497e-2", "0.001"),
    );
    const list = fc.array(
      amount.map((a) => money.of(a, "USD")),
      { minLength: 1, maxLength: 40 },
    );
    fc.assert(
      fc.property(list, (l) => {
        const byAdd = l.reduce((x, y) => money.add(x, y));
        expect(money.sum(l).amount.toString()).toBe(byAdd.amount.toString());
      }),
    );
  });
  it("compare is antisymmetric and min <= max", () => {
    fc.assert(
      fc.property(usd, usd, (a, b) => {
        expect(money.compare(a, b)).toBe(-money.compare(b, a) || 0);
        expect(money.lessThan(money.max(a, b), money.min(a, b))).toBe(false);
      }),
    );
  });
  it("fromMinor and toMinor are inverse, exactly", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }),
        currencyCode,
        (n, c) => money.toMinor(money.fromMinor(n, c)) === n,
      ),
    );
  });
  it("JSON round-trips without loss", () => {
    fc.assert(fc.property(usd, (a) => same(money.fromJSON(JSON.parse(JSON.stringify(money.toJSON(a)))), a)));
  });
});

describe("rounding properties", () => {
  it("rounding to a scale is idempotent, for every mode", () => {
    fc.assert(
      fc.property(usd, mode, fc.integer({ min: -6, max: 6 }), (a, m, scale) => {
        const once = money.round(a, { scale, mode: m });
        return (
          same(money.round(once, { scale, mode: m }), once) && same(money.round(once, { scale, mode: "up" }), once)
        );
      }),
    );
  });
  it("rounding to a step is idempotent and lands on a multiple of the step", () => {
    fc.assert(
      fc.property(usd, mode, fc.constantFrom("0.05", "0.25", "5", "0.1", "0.03"), (a, m, step) => {
        const once = money.round(a, { step, mode: m });
        return same(money.round(once, { step, mode: m }), once) && once.amount.mod(step).isZero();
      }),
    );
  });
  it("rounding moves an amount by less than one unit, in the mode's direction", () => {
    fc.assert(
      fc.property(usd, mode, (a, m) => {
        const r = money.round(a, { scale: 2, mode: m }).amount;
        const diff = r.minus(a.amount);
        if (diff.abs().gte("0.01")) return false;
        if (m === "ceil") return diff.gte(0);
        if (m === "floor") return diff.lte(0);
        if (m === "down") return r.abs().lte(a.amount.abs());
        if (m === "up") return r.abs().gte(a.amount.abs());
        return diff.abs().lte("0.005");
      }),
    );
  });
  it("divide agrees with rounding the exact quotient", () => {
    fc.assert(
      fc.property(
        usd,
        mode,
        fc.constantFrom(2, 4, 5, 8, 16, 20, 25, -8),
        fc.integer({ min: 0, max: 4 }),
        (a, m, d, scale) => {
          const exact = money.multiply(a, new D(1).div(d));
          return same(money.divide(a, d, { mode: m, scale }), money.round(exact, { mode: m, scale }));
        },
      ),
    );
  });
});

describe("allocation properties", () => {
  const ratios = fc
    .array(
      fc.oneof(
        fc.integer({ min: 0, max: 1000 }),
        decimalText.map((t) => new D(t).abs().toFixed()),
      ),
      { minLength: 1, maxLength: 12 },
    )
    .filter((r) => r.some((x) => !new D(x).isZero()));
  const cents = fc.bigInt({ min: -(10n ** 22n), max: 10n ** 22n }).map((n) => money.fromMinor(n, "USD"));
  const methods = fc.constantFrom<AllocationMethod>("largestRemainder", "dHondt", "sainteLague", "first", "last");

  it("the parts always sum exactly to the whole, with every method", () => {
    fc.assert(
      fc.property(cents, ratios, methods, (m, r, method) => same(money.sum(money.allocate(m, r, { method })), m)),
    );
  });
  it("largest remainder, first and last keep each part within one cent of its exact share", () => {
    fc.assert(
      fc.property(
        cents,
        ratios,
        fc.constantFrom<AllocationMethod>("largestRemainder", "first", "last"),
        (m, r, method) => {
          // The exact share needs more than 34 digits: a share of q + 1e-40 must not look like q.
          const Wide = D.clone({ precision: 200 });
          const total = r.reduce((s, x) => s.plus(x), new Wide(0));
          const parts = money.allocate(m, r, { method });
          return parts.every((part, i) => {
            const exact = new Wide(m.amount).times(r[i]!).div(total);
            return part.amount.minus(exact).abs().lt("0.01");
          });
        },
      ),
    );
  });
  it("n equal parts differ by at most one cent", () => {
    fc.assert(
      fc.property(cents, fc.integer({ min: 1, max: 50 }), (m, n) => {
        const amounts = money.allocate(m, n).map((p) => p.amount);
        const lo = D.min(...amounts);
        const hi = D.max(...amounts);
        return hi.minus(lo).lte("0.01");
      }),
    );
  });
  it("negative amounts are allocated symmetrically", () => {
    fc.assert(
      fc.property(cents, ratios, methods, (m, r, method) => {
        const pos = money.allocate(m, r, { method });
        const neg = money.allocate(money.negate(m), r, { method });
        return pos.every((p, i) => same(money.negate(p), neg[i]!));
      }),
    );
  });
  it("parts are multiples of the step", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 1, max: 9 }), (k, n) => {
        const whole = money.of(new D(k.toString()).times("0.05"), "CHF");
        return money.allocate(whole, n, { step: "0.05" }).every((p) => p.amount.mod("0.05").isZero());
      }),
    );
  });
});

describe("format then parse", () => {
  for (const locale of ["en-US", "de-DE", "it-IT", "zh-CN"]) {
    it(`returns the same amount in ${locale}, up to 1e20, with the currency's minor units`, () => {
      fc.assert(
        fc.property(
          wholeMinor,
          fc.constantFrom<"symbol" | "code" | "name">("symbol", "code", "name"),
          (m, currencyDisplay) => {
            const text = money.format(m, { locale, currencyDisplay });
            const back = money.parse(text, { locale });
            return same(back, m);
          },
        ),
        { numRuns: 150 },
      );
    });
  }
  it("long notation with enough digits round-trips in en-US and it-IT", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 14n }), fc.constantFrom("en-US", "it-IT"), (n, locale) => {
        const m = money.of(new D(n.toString()).times("1e6"), "USD");
        const text = money.format(m, { locale, notation: "long", fractionDigits: 6 });
        return same(money.parse(text, { locale }), m);
      }),
    );
  });
});
