/**
 * Cross-cutting properties of every namespace, through the public entries
 * (`src/index.ts`, `src/schemas/index.ts`):
 *
 * - JSON round trips are lossless (each namespace's toJSON/fromJSON, and every schema);
 * - no function returns or stores NaN or Infinity, and every decimal it returns is the library's own;
 * - no function mutates its input (snapshots before and after each call);
 * - results do not depend on decimal.js's global configuration: the whole suite runs with
 *   `Decimal.set({ precision: 5, rounding: ROUND_DOWN })` and compares each operation
 *   with a reference computed before that change.
 */
import Decimal from "decimal.js";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agreement, capacity, figure, fx, growth, milestone, money, period, zone } from "../../src/index.js";
import type { Figure } from "../../src/index.js";
import * as schemas from "../../src/schemas/index.js";
import {
  agreementInput,
  agreementValue,
  canon,
  capacityInput,
  capacityPlan,
  currencyCode,
  currencyPair,
  currencyTriple,
  decimalText,
  directRate,
  exchangeRate,
  figureValue,
  growthRate,
  increasingDates,
  isoDate,
  milestoneInput,
  milestoneValue,
  moneyValue,
  outcome,
  periodText,
  periodValue,
  positiveFigure,
  positiveText,
  problems,
  rateTable,
  roundingMode,
  singlePeriod,
  writtenText,
  zoneInput,
  zoneValue,
} from "../support.js";

const SEED = 20261125;
const RUNS = 25;

/** One operation of the public API: how to make its arguments, and the call. */
interface Scenario {
  readonly name: string;
  readonly args: fc.Arbitrary<readonly unknown[]>;
  readonly run: (...args: never[]) => unknown;
}

const s = <A extends readonly unknown[]>(name: string, args: fc.Arbitrary<A>, run: (...a: A) => unknown): Scenario => ({
  name,
  args,
  run: run as unknown as Scenario["run"],
});
const t = fc.tuple;

const sameCurrencyPair = currencyCode
  .chain((c) => t(decimalText, decimalText).map(([a, b]) => [money.of(a, c), money.of(b, c)] as const))
  .map((pair): [typeof pair] => [pair]);
const levelPair = t(positiveFigure, positiveFigure);
const zoneWithParts = zoneValue;

const SCENARIOS: readonly Scenario[] = [
  // money
  s("money.of (caller's decimal.js)", t(decimalText, currencyCode), (a, c) => money.of(new Decimal(a), c)),
  s("money.add", sameCurrencyPair, ([a, b]) => money.add(a, b)),
  s("money.subtract", sameCurrencyPair, ([a, b]) => money.subtract(a, b)),
  s("money.multiply", t(moneyValue, decimalText), (m, f) => money.multiply(m, f)),
  s("money.divide", t(moneyValue, decimalText, roundingMode), (m, d, mode) => money.divide(m, d, { mode })),
  s("money.round", t(moneyValue, roundingMode, fc.integer({ min: -3, max: 6 })), (m, mode, scale) =>
    money.round(m, { mode, scale }),
  ),
  s("money.round (step)", t(moneyValue, roundingMode), (m, mode) => money.round(m, { mode, step: "0.05" })),
  s(
    "money.allocate",
    t(
      moneyValue,
      fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 5 }),
      fc.constantFrom("largestRemainder", "dHondt", "sainteLague", "first", "last" as const),
    ),
    (m, ratios, method) => money.allocate(money.round(m), ratios, { method }),
  ),
  s("money.sum/min/max/compare", sameCurrencyPair, ([a, b]) => ({
    sum: money.sum([a, b]),
    min: money.min(a, b),
    max: money.max([a, b]),
    cmp: money.compare(a, b),
    eq: money.equals(a, b),
  })),
  s("money.toMinor/fromMinor", t(moneyValue, roundingMode), (m, mode) =>
    money.fromMinor(money.toMinor(m, mode), m.currency),
  ),
  s("money.format/parse", t(moneyValue, fc.constantFrom("en-US", "de-DE", "it-IT", "zh-CN")), (m, locale) => {
    const text = money.format(m, { locale });
    return { text, back: money.parse(text, { locale, currency: m.currency }) };
  }),
  s("money.format (compact, long)", t(moneyValue, fc.constantFrom("compact", "long" as const)), (m, notation) =>
    money.format(m, { notation }),
  ),
  s("money.toJSON/fromJSON/toString", t(moneyValue), (m) => ({
    json: money.toJSON(m),
    back: money.fromJSON(money.toJSON(m)),
    text: money.toString(m),
  })),
  // figure
  s("figure.add/sub/mul/div/neg", t(figureValue, figureValue), (a, b) => ({
    add: figure.add(a, b),
    sub: figure.sub(a, b),
    mul: figure.mul(a, b),
    div: outcome(() => figure.div(a, b)),
    neg: figure.neg(a),
  })),
  s("figure.intersect/contains", t(figureValue, figureValue), (a, b) => ({
    i: figure.intersect(a, b),
    c: figure.contains(a, b),
    w: figure.width(a),
    m: figure.midpoint(a),
    e: figure.isExact(b),
  })),
  s("figure.evaluate", t(positiveFigure, positiveFigure), (a, b) =>
    figure.evaluate(({ x, y }) => x.div(y).minus(1), { x: a, y: b }, { monotonicity: "detect" }),
  ),
  s(
    "figure.format",
    t(
      figureValue,
      fc.constantFrom("value", "interval", "both" as const),
      fc.constantFrom("number", "percent" as const),
    ),
    (f, style, as) => figure.format(f, { style, as }),
  ),
  s("figure.reported (caller's decimal.js)", t(writtenText), (w) => figure.reported(new Decimal(w))),
  // period
  s("period.parse/format", t(periodValue), (p) => period.parse(period.format(p))),
  s("period.start/end/lengths", t(periodValue), (p) => ({
    start: period.start(p),
    end: period.end(p),
    last: period.lastDay(p),
    days: period.lengthInDays(p),
    months: outcome(() => period.lengthInMonths(p)),
    ytd: period.isYearToDate(p),
  })),
  s("period.shiftYears/compare/contains", t(periodValue, periodValue, isoDate), (a, b, d) => ({
    shifted: period.shiftYears(a, 3),
    last: period.samePeriodLastYear(a),
    cmp: period.compare(a, b),
    eq: period.equals(a, b),
    contains: period.contains(a, d),
    containsPeriod: period.contains(a, b),
  })),
  s("period.containing/range", t(isoDate, fc.constantFrom(...period.PERIOD_KINDS), singlePeriod), (d, kind, p) => ({
    c: period.containing(d, kind),
    r: outcome(() => period.range(p, period.containing(d, p.kind))),
  })),
  s("period dates", t(isoDate, isoDate, fc.integer({ min: -5000, max: 5000 })), (a, b, n) => ({
    add: period.addDays(a, n),
    between: period.daysBetween(a, b),
    cmp: period.compareDates(a, b),
    parsed: period.parseDate(a),
  })),
  // fx
  s("fx.rate/invert/origins", t(exchangeRate), (r) => ({ inv: fx.invert(r), origins: fx.origins(r) })),
  s(
    "fx.cross",
    currencyTriple.chain(([a, b, c]) => t(directRate(a, b), directRate(c, b))),
    (x, y) => fx.cross(x, y, { allowDifferentDates: true }),
  ),
  s(
    "fx.lookup/convert",
    t(rateTable, moneyValue, currencyCode, fc.constantFrom("exact", "onOrBefore", "nearest" as const), isoDate),
    (tb, m, to, policy, on) => ({
      lookup: outcome(() => fx.lookup(tb, m.currency, to, { policy, on })),
      convert: outcome(() => fx.convert(m, to, tb, { policy, on, rounding: "halfEven" })),
      conversion: outcome(() => fx.conversion(m, to, tb, { rounding: "none" })),
    }),
  ),
  s(
    "fx.implied/consistency/checkRate",
    t(currencyPair, fc.array(t(positiveFigure, positiveFigure), { minLength: 1, maxLength: 3 }), positiveText),
    ([b, q], pairs, r) => {
      const rates = pairs.map(([x, y], i) => fx.implied(x, b, y, q, { label: `pair ${i}` }));
      return { rates, consistency: fx.consistency(rates), check: fx.checkRate(r, rates) };
    },
  ),
  s("fx.rateToJSON/rateFromJSON", t(exchangeRate), (r) => fx.rateFromJSON(fx.rateToJSON(r))),
  s("fx.tableToJSON/tableFromJSON", t(rateTable), (tb) => fx.tableFromJSON(fx.tableToJSON(tb))),
  // growth
  s(
    "growth.rate/tryRate",
    t(figureValue, figureValue, fc.constantFrom("signed", "absolute" as const)),
    (c, p, denominator) => ({
      rate: outcome(() => growth.rate(c, p, { denominator })),
      tryRate: outcome(() => growth.tryRate(c, p, { basis: "real" })),
    }),
  ),
  s("growth.previous/apply", t(positiveFigure, growthRate, fc.integer({ min: 1, max: 4 })), (level, r, n) => ({
    previous: outcome(() => growth.previous(level, r, n)),
    apply: outcome(() => growth.apply(level, r, n)),
  })),
  s(
    "growth.cagr/annualize/deannualize",
    t(levelPair, fc.integer({ min: 1, max: 10 }), growthRate),
    ([a, b], years, r) => ({
      cagr: outcome(() => growth.cagr({ from: a, to: b, years: years })),
      annualize: outcome(() => growth.annualize(r, 4)),
      deannualize: outcome(() => growth.deannualize(r, 12)),
      percent: growth.toPercent(r),
    }),
  ),
  s("growth.share/pointChange/contribution", t(levelPair, levelPair), ([a, b], [c, d]) => ({
    share: outcome(() => growth.share(a, b)),
    change: outcome(() => growth.pointChange(growth.share(a, figure.add(a, b)), growth.share(c, figure.add(c, d)))),
    contribution: outcome(() => growth.contribution(a, c, d)),
  })),
  s("growth.remainder", t(levelPair, growthRate, growthRate), ([whole, part], r1, r2) =>
    outcome(() => growth.remainder({ current: figure.add(whole, part), rate: r1 }, [{ current: part, rate: r2 }])),
  ),
  s("growth.format", t(growthRate, fc.constantFrom("value", "interval", "both" as const)), (r, style) => ({
    r: growth.format(r, { style }),
    s: growth.format(growth.share(1, 3)),
  })),
  // capacity
  s("capacity.plan", t(capacityInput), (input) => outcome(() => capacity.plan(input))),
  s("capacity queries", t(capacityPlan, isoDate), (p, d) => ({
    operating: capacity.operatingAt(p, d),
    planned: capacity.plannedBy(p, d),
    timeline: capacity.timeline(p),
    check: capacity.check(p),
    unassigned: capacity.unassigned(p),
    status: capacity.statusAt(p, 1, d),
  })),
  s("capacity.addStatusChange", t(capacityPlan, fc.constantFrom(...capacity.PHASE_STATUSES), isoDate), (p, st, d) =>
    outcome(() => capacity.addStatusChange(p, 1, st, d, "s2")),
  ),
  // milestone
  s("milestone.of", t(milestoneInput), (input) => outcome(() => milestone.of(input))),
  s(
    "milestone status and revisions",
    t(milestoneValue, isoDate, periodText, increasingDates(1)),
    (m, d, target, [later]) => ({
      status: outcome(() => milestone.status(m, d)),
      original: outcome(() => milestone.status(m, d, { against: "original" })),
      target: outcome(() => milestone.targetAt(m, d)),
      reported: outcome(() => milestone.reportedAt(m, d)),
      drift: outcome(() => milestone.targetDrift(m)),
      revised: outcome(() => milestone.reviseTarget(m, target, later!)),
      achieved: outcome(() => milestone.achieve(m, d)),
      report: outcome(() => milestone.report(m, "met", d)),
    }),
  ),
  // agreement
  s("agreement.create", t(agreementInput), (input) => outcome(() => agreement.create(input))),
  s("agreement queries and amend", t(agreementValue, periodText), (a, date) => ({
    claims: agreement.claims(a),
    uncited: agreement.uncited(a),
    citing: agreement.citing(a, "s1"),
    investors: agreement.partiesWithRole(a, "investor"),
    commitments: agreement.commitmentsWhere(a, { partyId: "project" }),
    chain: agreement.parentChain(a, "project"),
    share: agreement.effectiveShare(a, "project", "parent"),
    party: agreement.findParty(a, "zone"),
    amended: outcome(() =>
      agreement.amend(a, { id: "am1", date, description: "Renamed" }, { title: `${a.title} (amended)` }),
    ),
  })),
  // zone
  s("zone.create", t(zoneInput), (input) => outcome(() => zone.create(input))),
  s("zone analyses", t(zoneWithParts), (z) => ({
    names: zone.names(z),
    has: zone.hasName(z, z.name.name),
    found: zone.findObservation(z, "whole"),
    where: zone.observationsWhere(z, { currency: "USD", scope: "industries" }),
    previous: outcome(() => zone.impliedPrevious(z, "whole", "CNY")),
    share: outcome(() => zone.shareOf(z, "part", "whole", "CNY")),
    remainder: outcome(() => zone.remainderOf(z, "whole", ["part"], "USD")),
    rates: outcome(() => zone.impliedRates(z, "USD", "CNY")),
    consistency: outcome(() => zone.rateConsistency(z, "USD", "CNY")),
  })),
];

/** Valid values of every schema in SCHEMAS, by name. */
const SCHEMA_VALUES: Readonly<Record<string, fc.Arbitrary<unknown>>> = {
  Decimal: decimalText.map((d) => figure.exact(d).value),
  IsoDate: isoDate,
  Period: periodValue,
  Currency: currencyCode.map((c) => money.currency(c)),
  Money: moneyValue,
  Figure: figureValue,
  GrowthRate: t(figureValue, fc.constantFrom("nominal" as const, "real" as const, "unspecified" as const)).map(
    ([f, basis]) => growth.fromFraction(f, { basis }),
  ),
  PercentagePoints: figureValue.map((f) => growth.pointChange(f, figure.exact(0))),
  ExchangeRate: exchangeRate,
  RateTable: rateTable,
  CapacityPlan: capacityPlan,
  Milestone: milestoneValue,
  Source: t(
    fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/),
    fc.option(periodText, { nil: undefined }),
    fc.option(fc.webUrl(), { nil: undefined }),
  ).map(([id, published, url]) =>
    agreement.source({
      id,
      title: "A source",
      ...(published === undefined ? {} : { published }),
      ...(url === undefined ? {} : { url }),
    }),
  ),
  Agreement: agreementValue,
  Observation: zoneValue.map((z) => z.observations[1]!),
  Zone: zoneValue,
};

/** The arguments each scenario is checked with under the changed global configuration. */
const samples = SCENARIOS.map((sc) => fc.sample(sc.args, { seed: SEED, numRuns: 8 }));
let references: unknown[][] = [];

const saved = { precision: Decimal.precision, rounding: Decimal.rounding };

beforeAll(() => {
  // the references, under decimal.js's default configuration
  references = SCENARIOS.map((sc, i) => samples[i]!.map((args) => canon(outcome(() => sc.run(...(args as never[]))))));
  Decimal.set({ precision: 5, rounding: Decimal.ROUND_DOWN });
});

afterAll(() => {
  Decimal.set(saved);
});

function check(sc: Scenario, args: readonly unknown[]): void {
  const before = canon(args);
  const result = outcome(() => sc.run(...(args as never[])));
  expect(canon(args), `${sc.name} mutated its input`).toEqual(before);
  expect(problems(result), `${sc.name} result`).toEqual([]);
}

describe("quality properties (with decimal.js set to precision 5, ROUND_DOWN)", () => {
  it("the global decimal.js configuration is really changed for this suite", () => {
    expect(Decimal.precision).toBe(5);
    expect(new Decimal(2).div(3).toString()).toBe("0.66666");
  });

  it("the checks themselves see NaN, Infinity, foreign decimals, unfrozen objects and mutation", () => {
    expect(problems({ a: [1, Number.NaN], b: { c: Number.POSITIVE_INFINITY } })).toEqual([
      "result.a[1]: NaN",
      "result.b.c: Infinity",
    ]);
    expect(problems({ d: new Decimal(1) })).toEqual(["result.d: a decimal of a constructor with precision 5"]);
    expect(problems(figure.exact(1).value.div(0))).toEqual(["result: non-finite decimal Infinity"]);
    expect(problems({ text: "NaN %" })).toEqual(['result.text: string "NaN %"']);
    expect(problems(Object.freeze({ inner: {} }), { frozen: true })).toEqual(["result.inner: not frozen"]);
    const input = { list: [figure.exact(1).value] };
    const before = canon(input);
    input.list.push(figure.exact(2).value);
    expect(canon(input)).not.toEqual(before);
  });

  describe("results do not depend on decimal.js's global configuration", () => {
    for (const [i, sc] of SCENARIOS.entries()) {
      it(sc.name, () => {
        const now = samples[i]!.map((args) => canon(outcome(() => sc.run(...(args as never[])))));
        expect(now).toEqual(references[i]);
        // the samples cover real results, not only errors
        expect(now.some((r) => !(typeof r === "object" && r !== null && "error" in r))).toBe(true);
      });
    }
  });

  describe("no NaN or Infinity in results, only the library's decimals, inputs never mutated", () => {
    for (const sc of SCENARIOS) {
      it(sc.name, () => {
        fc.assert(
          fc.property(sc.args, (args) => check(sc, args)),
          { seed: SEED, numRuns: RUNS },
        );
      });
    }
  });

  describe("values the library makes are deeply frozen (decimals aside)", () => {
    const makers: Record<string, fc.Arbitrary<unknown>> = {
      money: moneyValue,
      figure: figureValue,
      period: periodValue,
      exchangeRate,
      rateTable,
      growthRate,
      capacityPlan,
      milestone: milestoneValue,
      agreement: agreementValue,
      zone: zoneValue,
    };
    for (const [name, arb] of Object.entries(makers)) {
      it(name, () => {
        fc.assert(
          fc.property(arb, (v) => {
            expect(problems(v, { frozen: true })).toEqual([]);
          }),
          { seed: SEED, numRuns: RUNS },
        );
      });
    }
  });

  describe("JSON round trips are lossless", () => {
    const roundTrip = <T>(value: T, write: (v: T) => unknown, read: (j: unknown) => T): void => {
      const json = write(value);
      const text = JSON.stringify(json);
      const back = read(JSON.parse(text));
      expect(canon(back)).toEqual(canon(value));
      expect(JSON.stringify(write(back))).toBe(text);
      expect(problems(json)).toEqual([]);
    };

    it("money.toJSON / money.fromJSON", () => {
      fc.assert(
        fc.property(moneyValue, (m) => roundTrip(m, money.toJSON, (j) => money.fromJSON(j))),
        { seed: SEED, numRuns: 100 },
      );
    });

    it("fx.rateToJSON / fx.rateFromJSON (derived rates keep their chain)", () => {
      fc.assert(
        fc.property(exchangeRate, (r) => roundTrip(r, fx.rateToJSON, (j) => fx.rateFromJSON(j))),
        { seed: SEED, numRuns: 100 },
      );
    });

    it("fx.tableToJSON / fx.tableFromJSON", () => {
      fc.assert(
        fc.property(rateTable, (tb) => roundTrip(tb, fx.tableToJSON, (j) => fx.tableFromJSON(j))),
        { seed: SEED, numRuns: 50 },
      );
    });

    it("period.format / period.parse", () => {
      fc.assert(
        fc.property(periodValue, (p) => roundTrip(p, period.format, (j) => period.parse(j as string))),
        { seed: SEED, numRuns: 100 },
      );
    });

    it("every schema has values here", () => {
      expect(Object.keys(SCHEMA_VALUES).sort()).toEqual(Object.keys(schemas.SCHEMAS).sort());
    });

    for (const name of Object.keys(schemas.SCHEMAS)) {
      it(`schemas: ${name}`, () => {
        const schema = schemas.SCHEMAS[name]!;
        const arb = SCHEMA_VALUES[name];
        expect(arb, `no values for the schema ${name}`).toBeDefined();
        fc.assert(
          fc.property(arb!, (value) => {
            const before = canon(value);
            roundTrip(
              value,
              (v) => schemas.toJSON(schema, v),
              (j) => schemas.parse(schema, j),
            );
            expect(canon(value)).toEqual(before);
            expect(problems(schemas.parse(schema, schemas.toJSON(schema, value)), { frozen: true })).toEqual([]);
          }),
          { seed: SEED, numRuns: 40 },
        );
      });
    }

    it("the seed case's figures survive the Figure schema with their bounds", () => {
      const f: Figure = figure.reported("193.48", { scale: "billion" });
      const back = schemas.parse(
        schemas.FigureSchema,
        JSON.parse(JSON.stringify(schemas.toJSON(schemas.FigureSchema, f))) as unknown,
      );
      expect(back.lo.toFixed()).toBe("193475000000");
      expect(back.hi.toFixed()).toBe("193485000000");
      expect(back.value.toFixed()).toBe("193480000000");
    });
  });
});
