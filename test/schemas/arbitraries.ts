/**
 * fast-check arbitraries of valid domain values, one per schema in SCHEMAS,
 * each built with its namespace's constructors.
 */
import fc from "fast-check";
import { D } from "../../src/decimal.js";
import * as agreement from "../../src/agreement/index.js";
import type { AgreementInput } from "../../src/agreement/types.js";
import * as capacity from "../../src/capacity/index.js";
import type { CapacityPlan, PhaseStatus } from "../../src/capacity/types.js";
import * as figure from "../../src/figure/index.js";
import * as growth from "../../src/growth/index.js";
import * as milestone from "../../src/milestone/index.js";
import * as zone from "../../src/zone/index.js";
import * as fx from "../../src/fx/index.js";
import type { FigureScale, ReportedRounding } from "../../src/figure/types.js";
import type { ExchangeRate } from "../../src/fx/types.js";
import * as money from "../../src/money/index.js";
import * as period from "../../src/period/index.js";
import type { Currency } from "../../src/money/types.js";
import type { SinglePeriod } from "../../src/period/types.js";

/** Decimal strings of any sign and scale, including negative zero and long ones. */
export const decimalText: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 40n }), fc.integer({ min: 0, max: 30 }))
    .map(([negative, digits, scale]) => {
      const text = digits.toString().padStart(scale + 1, "0");
      const body = scale === 0 ? text : `${text.slice(0, -scale)}.${text.slice(-scale)}`;
      return `${negative ? "-" : ""}${body}`;
    }),
  fc.constantFrom("0", "-0", "1e20", "-1.5e-20"),
);

export const decimal = decimalText.map((text) => new D(text));

const shortDecimal: fc.Arbitrary<string> = fc
  .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 10 }))
  .map(([n, scale]) => new D(n.toString()).div(new D(10).pow(scale)).toFixed());

const DAY_ZERO = "0001-01-01";
export const isoDate: fc.Arbitrary<string> = fc
  .integer({ min: 0, max: 3_652_058 })
  .map((n) => period.addDays(DAY_ZERO, n));

function singleUpTo(maxYear: number): fc.Arbitrary<SinglePeriod> {
  const year = fc.integer({ min: 1, max: maxYear });
  return fc.oneof(
    year.map((y) => period.year(y)),
    fc.tuple(year, fc.integer({ min: 1, max: 2 })).map(([y, h]) => period.half(y, h)),
    fc.tuple(year, fc.integer({ min: 1, max: 4 })).map(([y, q]) => period.quarter(y, q)),
    fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => period.month(y, m)),
    fc.tuple(year, fc.integer({ min: 1, max: 52 })).map(([y, w]) => period.week(y, w)),
    isoDate.filter((d) => Number(d.slice(0, 4)) <= maxYear).map((d) => period.day(d)),
  );
}

export const periodValue = fc.oneof(
  singleUpTo(9998),
  fc
    .tuple(singleUpTo(9950), fc.integer({ min: 0, max: 40 }))
    .map(([start, years]) => period.range(start, period.shiftYears(start, years) as SinglePeriod)),
);

const customCurrency = fc
  .tuple(
    fc.stringMatching(/^[A-Z][A-Z0-9_]{3,11}$/),
    fc.integer({ min: 0, max: 18 }),
    fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== ""),
  )
  .map(([code, minorUnits, name]) => money.defineCurrency({ code, minorUnits, name: name.trim() }));

export const currency = fc.oneof(fc.constantFrom(...money.currencies({ historic: true })), customCurrency);

export const moneyValue = fc.tuple(decimalText, currency).map(([amount, c]) => money.of(amount, c));

const positiveText = fc
  .tuple(fc.bigInt({ min: 1n, max: 10n ** 20n }), fc.integer({ min: 0, max: 12 }))
  .map(([digits, scale]) => {
    const text = digits.toString().padStart(scale + 1, "0");
    return scale === 0 ? text : `${text.slice(0, -scale)}.${text.slice(-scale)}`;
  });

export const figureValue = fc.oneof(
  decimalText.map((t) => figure.exact(t)),
  fc
    .tuple(
      decimalText.filter((t) => !t.includes("e")),
      fc.constantFrom<ReportedRounding>("halfUp", "halfEven", "down", "upOrDown", "ceil"),
      fc.constantFrom<FigureScale | undefined>(undefined, "billion", "万", -2, 3),
    )
    .map(([t, rounding, scale]) => figure.reported(t, scale === undefined ? { rounding } : { rounding, scale })),
  // bounds of up to 25 digits, so that a quarter point between them is exact in 34 digits
  fc
    .tuple(shortDecimal, shortDecimal, fc.boolean(), fc.boolean(), fc.integer({ min: 0, max: 4 }))
    .map(([a, b, loInclusive, hiInclusive, k]) => {
      const [lo, hi] = new D(a).lte(new D(b)) ? [a, b] : [b, a];
      const value = new D(lo).plus(new D(hi).minus(new D(lo)).times(k).div(4));
      const exactBounds = new D(lo).eq(new D(hi));
      return figure.between(lo, hi, {
        value,
        loInclusive: exactBounds || loInclusive,
        hiInclusive: exactBounds || hiInclusive,
      });
    }),
);

const onText = fc.oneof(
  fc.constant(null),
  isoDate,
  periodValue.map((p) => period.format(p)),
);
const source = fc.oneof(
  fc.constant(null),
  fc.constantFrom("PBoC", "ECB", "Council Regulation (EU) 2022/1208", "某 source"),
);
const kind = fc.constantFrom("spot", "average", "fixed", "implied" as const);
const isoCurrencies = money.currencies({ historic: true });

/** Three different currencies, the first possibly a custom one. */
const currencyTriple = fc
  .tuple(
    currency,
    fc.uniqueArray(fc.constantFrom(...isoCurrencies), { minLength: 3, maxLength: 3, selector: (c) => c.code }),
  )
  .map(([first, [a, b, c]]): [Currency, Currency, Currency] =>
    isoCurrencies.some((x) => x.code === first.code) ? [a!, b!, c!] : [first, b!, c!],
  );

function direct(base: Currency, quote: Currency): fc.Arbitrary<ExchangeRate> {
  return fc.record({ rate: positiveText, on: onText, source, kind }).map((r) => fx.rate({ base, quote, ...r }));
}

export const exchangeRate: fc.Arbitrary<ExchangeRate> = currencyTriple.chain(([a, b, c]) =>
  fc.oneof(
    direct(a, b),
    direct(a, b).map((r) => fx.invert(r)),
    fc.tuple(direct(a, b), direct(b, c)).map(([x, y]) => fx.cross(x, y, { allowDifferentDates: true })),
    fc.tuple(direct(b, a), direct(c, b)).map(([x, y]) => fx.cross(x, y, { allowDifferentDates: true })),
    fc.tuple(direct(a, b), direct(b, c)).map(([x, y]) => fx.invert(fx.cross(x, y, { allowDifferentDates: true }))),
    // legs sharing their base, or their quote: cross inverts one of them
    fc.tuple(direct(b, a), direct(b, c)).map(([x, y]) => fx.cross(x, y, { allowDifferentDates: true })),
    fc.tuple(direct(a, b), direct(c, b)).map(([x, y]) => fx.cross(x, y, { allowDifferentDates: true })),
    onText.map((on) => fx.lookup(fx.table([], { pivot: a }), a, a, on === null ? {} : { on })),
  ),
);

export const rateTable = fc
  .tuple(
    fc.uniqueArray(
      currencyTriple.chain(([a, b]) => direct(a, b)),
      {
        maxLength: 12,
        selector: (r) =>
          `${r.base.code}>${r.quote.code}|${
            r.on === null ? "" : typeof r.on === "string" ? r.on : period.format(r.on)
          }|${r.source ?? ""}|${r.kind}`,
      },
    ),
    fc.constantFrom(...isoCurrencies),
  )
  .map(([rates, pivot]) => fx.table(rates, { pivot }));

// ------------------------------------------------------------ layer 4

const word = fc.constantFrom(
  "Xiaomi",
  "BDA",
  "Beijing E-Town",
  "小米汽车",
  "Comitato di gestione",
  "plant",
  "R&D centre",
  "zona",
  "E-Town 亦庄",
);
const label = fc.tuple(word, fc.option(word, { nil: undefined })).map(([a, b]) => (b === undefined ? a : `${a} ${b}`));
const lang = fc.constantFrom("it", "en", "zh-Hans", "zh");
const day = fc.integer({ min: 0, max: 6000 }).map((n) => period.addDays("2015-01-01", n));
const someOf = <T>(items: readonly T[]): fc.Arbitrary<T[]> => fc.subarray([...items]);

/** Source ids s0, s1, ... of a document with `count` sources. */
const sourceIdsOf = (count: number): string[] => Array.from({ length: count }, (_, i) => `s${i}`);

const sourceInput = (id: string) =>
  fc
    .record(
      {
        title: label,
        url: fc.constantFrom("https://example.com/a", "http://example.org/news?id=1"),
        publisher: label,
        published: fc.oneof(
          day,
          periodValue.map((p) => period.format(p)),
        ),
        language: lang,
        note: label,
      },
      { requiredKeys: [] },
    )
    .map((r) => (r.title === undefined && r.url === undefined ? { ...r, id, title: "untitled" } : { ...r, id }));

export const sourceValue = sourceInput("s0").map((s) => agreement.source(s));

const nameInput = (sources: readonly string[]) =>
  fc.record(
    { name: label, lang, kind: fc.constantFrom(...agreement.NAME_KINDS, "nickname"), sourceIds: someOf(sources) },
    { requiredKeys: ["name"] },
  );

const historyArb = fc
  .tuple(
    fc.constantFrom(...capacity.PHASE_STATUSES),
    fc.array(fc.tuple(fc.nat({ max: 10 }), fc.integer({ min: 0, max: 400 })), { maxLength: 4 }),
    day,
  )
  .map(([first, steps, start]) => {
    let on = start;
    let status: PhaseStatus = first;
    const history = [{ status, on }];
    for (const [pick, gap] of steps) {
      const next = capacity.TRANSITIONS[status];
      if (next.length === 0) break;
      status = next[pick % next.length] as PhaseStatus;
      on = period.addDays(on, gap);
      history.push({ status, on });
    }
    return history;
  });

const planOf = (sources: readonly string[]): fc.Arbitrary<CapacityPlan> =>
  fc
    .tuple(
      fc.integer({ min: 1, max: 5 }),
      fc.array(
        fc.tuple(
          fc.boolean(),
          positiveText,
          historyArb,
          fc.option(singleUpTo(9998), { nil: null }),
          fc.option(fc.constantFrom(...sources), { nil: null }),
        ),
        { minLength: 1, maxLength: 4 },
      ),
      fc.constantFrom<string | { quantity: string; per: "year" | "month" | null }>(
        "vehicles",
        { quantity: "MW", per: null },
        { quantity: "tonnes", per: "month" },
      ),
    )
    .map(([extra, phases, unit]) => {
      const allStated = phases.every(([stated]) => stated);
      const sum = phases.reduce((acc, [stated, c]) => (stated ? acc.plus(c) : acc), new D(0));
      const total = allStated ? sum : sum.plus(extra);
      return capacity.plan({
        unit,
        total: total.toFixed(),
        phases: phases.map(([stated, c, history, plannedStart, sourceId]) => ({
          capacity: stated ? c : null,
          plannedStart,
          history: history.map((h) => ({ ...h, sourceId })),
        })),
      });
    });

export const capacityPlan = planOf(["s0", "s1"]);

const milestoneOf = (id: string, sources: readonly string[]) =>
  fc
    .record({
      kind: fc.constantFrom(...milestone.MILESTONE_KINDS),
      title: fc.option(label, { nil: null }),
      targets: fc.array(fc.tuple(periodValue, day, fc.option(fc.constantFrom(...sources), { nil: null })), {
        minLength: 1,
        maxLength: 3,
      }),
      achieved: fc.option(fc.tuple(day, fc.option(fc.constantFrom(...sources), { nil: null })), { nil: null }),
      reports: fc.array(
        fc.tuple(
          fc.constantFrom(...milestone.REPORTED_STATUSES),
          day,
          fc.option(fc.constantFrom(...sources), { nil: null }),
        ),
        { maxLength: 3 },
      ),
    })
    .map((m) =>
      milestone.of({
        id,
        kind: m.kind,
        title: m.title,
        targets: m.targets
          .sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
          .map(([target, asOf, sourceId]) => ({ target, asOf, sourceId })),
        achieved: m.achieved === null ? null : { on: m.achieved[0], sourceId: m.achieved[1] },
        reports: m.reports
          .sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
          .map(([status, asOf, sourceId]) => ({ status, asOf, sourceId })),
      }),
    );

export const milestoneValue = milestoneOf("m0", ["s0", "s1"]);

export const agreementValue = fc.integer({ min: 1, max: 3 }).chain((sourceCount) => {
  const sources = sourceIdsOf(sourceCount);
  return fc.integer({ min: 1, max: 4 }).chain((partyCount) =>
    fc.integer({ min: 0, max: 2 }).chain((facilityCount) =>
      fc
        .record({
          sources: fc.tuple(...sources.map((id) => sourceInput(id))),
          title: label,
          otherTitles: fc.array(nameInput(sources), { maxLength: 2 }),
          kind: fc.constantFrom(...agreement.AGREEMENT_KINDS, "otherKind"),
          // signed before 2015, amendments on days from 2015 in order: a chronology agreement.create accepts
          signed: fc.option(
            fc.integer({ min: 1990, max: 2014 }).map((y) => period.year(y)),
            { nil: undefined },
          ),
          sourceIds: someOf(sources),
          parties: fc.tuple(
            ...Array.from({ length: partyCount }, (_, i) =>
              fc.record(
                {
                  name: label,
                  otherNames: fc.array(nameInput(sources), { maxLength: 2 }),
                  kind: fc.constantFrom(...agreement.PARTY_KINDS, "cooperative"),
                  identifiers: fc.uniqueArray(
                    fc.record({
                      scheme: fc.constantFrom("CN-SAMR", "LEI", "wikidata"),
                      id: fc.constantFrom("0001", "Q1", "91110000"),
                    }),
                    {
                      maxLength: 2,
                      selector: (x) => `${x.scheme}|${x.id}`,
                    },
                  ),
                  parent:
                    i === 0
                      ? fc.constant(undefined)
                      : fc.option(
                          fc.record(
                            {
                              partyId: fc.integer({ min: 0, max: i - 1 }).map((j) => `p${j}`),
                              share: fc.integer({ min: 0, max: 1000 }).map((n) => new D(n).div(1000).toFixed()),
                              sourceIds: someOf(sources),
                            },
                            { requiredKeys: ["partyId"] },
                          ),
                          { nil: undefined },
                        ),
                  sourceIds: someOf(sources),
                  roles: someOf([...agreement.PARTY_ROLES, "observer"]),
                },
                { requiredKeys: ["name", "kind"] },
              ),
            ),
          ),
          facilities: fc.tuple(
            ...Array.from({ length: facilityCount }, () =>
              fc.record(
                {
                  name: label,
                  kind: fc.constantFrom(...agreement.FACILITY_KINDS),
                  operatorId: fc.integer({ min: 0, max: partyCount - 1 }).map((j) => `p${j}`),
                  location: label,
                  capacity: planOf(sources),
                  sourceIds: someOf(sources),
                },
                { requiredKeys: ["name", "kind"] },
              ),
            ),
          ),
          commitments: fc.array(
            fc.record(
              {
                partyId: fc.integer({ min: 0, max: partyCount - 1 }).map((j) => `p${j}`),
                kind: fc.constantFrom(...agreement.COMMITMENT_KINDS),
                description: label,
                status: fc.constantFrom(...agreement.COMMITMENT_STATUSES),
                amount: moneyValue,
                quantity: fc.record({ value: positiveText, unit: fc.constantFrom("jobs", "m2") }),
                due: periodValue,
                facilityId:
                  facilityCount === 0
                    ? fc.constant(undefined)
                    : fc.integer({ min: 0, max: facilityCount - 1 }).map((j) => `f${j}`),
                sourceIds: someOf(sources),
              },
              { requiredKeys: ["partyId", "kind", "description"] },
            ),
            { maxLength: 3 },
          ),
          milestones: fc
            .array(fc.constant(null), { maxLength: 2 })
            .chain((slots) => fc.tuple(...slots.map((_, i) => milestoneOf(`m${i}`, sources)))),
          amendments: fc.array(
            fc.record({
              date: day,
              description: label,
              rationale: fc.option(label, { nil: undefined }),
              changed: someOf(agreement.AMENDABLE_FIELDS),
              sourceIds: someOf(sources),
            }),
            { maxLength: 2 },
          ),
        })
        .map((a) =>
          agreement.create({
            id: "agreement-1",
            title: a.title,
            otherTitles: a.otherTitles,
            kind: a.kind,
            ...(a.signed === undefined ? {} : { signed: a.signed }),
            parties: a.parties.map((p, i) => ({ ...p, id: `p${i}` })),
            facilities: a.facilities.map((f, i) => ({ ...f, id: `f${i}` })),
            commitments: a.commitments.map((c, i) => ({ ...c, id: `c${i}` })),
            milestones: a.milestones,
            amendments: a.amendments
              .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0))
              .map((m, i) => ({ ...m, id: `a${i}`, ...(m.rationale === undefined ? {} : { rationale: m.rationale }) })),
            sources: a.sources,
            sourceIds: a.sourceIds,
            // optional keys generated as undefined are absent to agreement.create
          } as AgreementInput),
        ),
    ),
  );
});

const observationOf = (id: string, sources: readonly string[], industries: readonly string[]) =>
  fc
    .record({
      indicator: fc.constantFrom(...zone.INDICATORS, "patents"),
      scope:
        industries.length === 0
          ? fc.constant(undefined)
          : fc.option(
              fc
                .subarray([...industries], { minLength: 1 })
                .map((industryIds) => ({ kind: "industries" as const, industryIds })),
              { nil: undefined },
            ),
      period: periodValue,
      values: fc.uniqueArray(fc.tuple(currency, figureValue), {
        minLength: 1,
        maxLength: 3,
        selector: ([c]) => c.code,
      }),
      growth: fc.option(
        fc.oneof(
          figureValue.map((f) => growth.fromFraction(f, { basis: "real" })),
          fc.constantFrom("38.8", "32", "-1.5").map((t) => growth.fromPercent(t)),
          fc
            .tuple(figureValue, figureValue)
            .map(([a, b]) => growth.tryRate(a, b))
            .filter((g) => g.kind === "growthRate"),
        ),
        { nil: undefined },
      ),
      sourceIds: someOf(sources),
    })
    .map((o) =>
      zone.observation({
        id,
        indicator: o.indicator,
        ...(o.scope === undefined ? {} : { scope: o.scope }),
        period: o.period,
        values: o.values.map(([c, f]) => ({ currency: c, figure: f })),
        ...(o.growth === undefined ? {} : { growth: o.growth as never }),
        sourceIds: o.sourceIds,
      }),
    );

export const observationValue = observationOf("o0", ["s0"], []);

export const zoneValue = fc.integer({ min: 1, max: 3 }).chain((sourceCount) => {
  const sources = sourceIdsOf(sourceCount);
  return fc.integer({ min: 0, max: 4 }).chain((industryCount) => {
    const industries = Array.from({ length: industryCount }, (_, i) => `i${i}`);
    return fc
      .record({
        sources: fc.tuple(...sources.map((id) => sourceInput(id))),
        name: nameInput(sources),
        otherNames: fc.array(nameInput(sources), { maxLength: 3 }),
        established: fc.option(fc.record({ year: fc.integer({ min: 1, max: 9999 }), sourceIds: someOf(sources) }), {
          nil: undefined,
        }),
        area: fc.option(
          fc.record({
            figure: figureValue.filter((f) => f.lo.gte(0)),
            unit: fc.constantFrom("km2", "ha"),
            sourceIds: someOf(sources),
          }),
          { nil: undefined },
        ),
        industries: fc.tuple(
          ...industries.map((id) =>
            fc.record({
              id: fc.constant(id),
              name: nameInput(sources),
              otherNames: fc.array(nameInput(sources), { maxLength: 2 }),
              sourceIds: someOf(sources),
            }),
          ),
        ),
        observations: fc
          .array(fc.constant(null), { maxLength: 3 })
          .chain((slots) => fc.tuple(...slots.map((_, i) => observationOf(`o${i}`, sources, industries)))),
        sourceIds: someOf(sources),
      })
      .map((zn) =>
        zone.create({
          id: "zone-1",
          name: zn.name,
          otherNames: zn.otherNames,
          ...(zn.established === undefined ? {} : { established: zn.established }),
          ...(zn.area === undefined ? {} : { area: zn.area }),
          industries: zn.industries,
          observations: zn.observations,
          sources: zn.sources,
          sourceIds: zn.sourceIds,
        }),
      );
  });
});

/** Growth rates of every basis, with flags (as growth.rate leaves them on a negative base). */
export const growthRateValue = fc
  .tuple(figureValue, fc.constantFrom("nominal", "real", "unspecified" as const), fc.boolean())
  .map(([f, basis, negativeBase]) =>
    negativeBase ? { ...growth.rate(-5, -10, { basis }), fraction: f } : growth.fromFraction(f, { basis }),
  )
  .map((r) => growth.fromJSON(JSON.parse(JSON.stringify(r))));

/** Changes in percentage points, read from text as articles write them. */
export const percentagePointsValue = figureValue.map((f) =>
  growth.pointsFromJSON({ kind: "percentagePoints", points: JSON.parse(JSON.stringify(f)) }),
);

/** By the names of SCHEMAS. */
export const ARBITRARIES: Readonly<Record<string, fc.Arbitrary<unknown>>> = {
  Decimal: decimal,
  IsoDate: isoDate,
  Period: periodValue,
  Currency: currency,
  Money: moneyValue,
  Figure: figureValue,
  GrowthRate: growthRateValue,
  PercentagePoints: percentagePointsValue,
  ExchangeRate: exchangeRate,
  RateTable: rateTable,
  CapacityPlan: capacityPlan,
  Milestone: milestoneValue,
  Source: sourceValue,
  Agreement: agreementValue,
  Observation: observationValue,
  Zone: zoneValue,
};
