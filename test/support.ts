// Helpers shared by the tests: error capture, fixtures and streams, forged-value sweeps, a
// canonical snapshot of any value, and fast-check arbitraries of valid inputs for every namespace
// (built through the public API only).
import { readFileSync } from "node:fs";
import Decimal from "decimal.js";
import fc from "fast-check";
import { agreement, capacity, fx, figure, growth, milestone, money, period, zone } from "../src/index.js";
import type {
  Agreement,
  CapacityPlan,
  FigureScale,
  ZoneInput,
  Currency,
  ExchangeRate,
  Milestone,
  Money,
  Period,
  SinglePeriod,
  Zone,
} from "../src/index.js";
import { describe, expect, it } from "vitest";
import { ROUNDING_MODES } from "../src/decimal.js";
import { isAccordoError } from "../src/errors.js";
import type { AccordoError } from "../src/errors.js";
import type { Figure, ReportedRounding } from "../src/figure/types.js";
import { isValuePrototype } from "../src/value.js";

/** "[lo, hi)" etc., with every digit. */
export function interval(f: Figure): string {
  return `${f.loInclusive ? "[" : "("}${f.lo.toString()}, ${f.hi.toString()}${f.hiInclusive ? "]" : ")"}`;
}

/** The code of the AccordoError `fn` throws, a marker for any other exception, undefined when it returns. */
export function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isAccordoError(e) ? e.code : `not an AccordoError: ${String(e)}`;
  }
  return undefined;
}

/** The code, message and details of the AccordoError `fn` throws; a marker for any other exception, "no error" when it returns. */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return isAccordoError(e)
      ? { code: e.code, message: e.message, details: e.details }
      : `not an AccordoError: ${String(e)}`;
  }
  return "no error";
}

/** The AccordoError `fn` throws; any other exception is rethrown, and returning is a test failure. */
export function caught(fn: () => unknown): AccordoError {
  try {
    fn();
  } catch (e) {
    if (isAccordoError(e)) return e;
    throw e;
  }
  throw new Error("expected an AccordoError, but the call returned");
}

/** What a refusal of `money.parse` says was wrong (its `details.problem`, else its message); a marker for any other exception, "no error" when it returns. */
export function problem(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return isAccordoError(e) ? String(e.details?.["problem"] ?? e.message) : `not an AccordoError: ${String(e)}`;
  }
  return "no error";
}

/** [code, message, details] of the AccordoError `fn` throws (details null when absent); undefined when it returns. Any other exception is rethrown. */
export function refusal(fn: () => unknown): [string, string, unknown] | undefined {
  try {
    fn();
  } catch (e) {
    if (!isAccordoError(e)) throw e;
    return [e.code, e.message, e.details ?? null];
  }
  return undefined;
}

/** One corrupted copy of a value: the path that was changed, and the copy. */
export interface Corruption {
  /** Where the value was changed, e.g. `parties[0].roles`; `(root)` for the value itself. */
  readonly path: string;
  /** A short name of what was put there, e.g. `null`, `NaN`, `(removed)`. */
  readonly bad: string;
  /** The copy (the original is never touched). */
  readonly value: unknown;
}

/** Wrong values put in place of a property or element by {@link corruptions}. */
const BAD: readonly (readonly [string, () => unknown])[] = [
  ["undefined", () => undefined],
  ["null", () => null],
  ["0", () => 0],
  ["NaN", () => Number.NaN],
  ["Infinity", () => Number.POSITIVE_INFINITY],
  ['"x"', () => "x"],
  ['""', () => ""],
  ["true", () => true],
  ["{}", () => ({})],
  ["[]", () => []],
  ["[null]", () => [null]],
  ["Symbol", () => Symbol("bad")],
  ["function", () => () => 1],
];

function isPlainContainer(v: unknown): v is Record<string, unknown> | unknown[] {
  if (Array.isArray(v)) return true;
  if (typeof v !== "object" || v === null) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  // a value the library made inherits its toJSON and toString from a shared prototype: walked too
  return proto === Object.prototype || proto === null || isValuePrototype(proto);
}

/**
 * Freezes `value` and every plain object and array in it, in place, as the library freezes the
 * values it makes (decimals and other class instances are left as they are); returns it.
 */
export function freezePlain<T>(value: T): T {
  if (isPlainContainer(value)) {
    for (const item of Object.values(value)) freezePlain(item);
    Object.freeze(value);
  }
  return value;
}

function replaceAt(
  value: unknown,
  keys: readonly (string | number)[],
  replacement: { readonly remove: boolean; readonly with?: unknown },
): unknown {
  if (keys.length === 0) return replacement.with;
  const [head, ...rest] = keys as [string | number, ...(string | number)[]];
  if (Array.isArray(value)) {
    const copy: unknown[] = [...value];
    if (rest.length === 0 && replacement.remove) copy.splice(head as number, 1);
    else copy[head as number] = replaceAt(value[head as number], rest, replacement);
    return copy;
  }
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  if (rest.length === 0 && replacement.remove) delete copy[head];
  else copy[head] = replaceAt((value as Record<string, unknown>)[head], rest, replacement);
  return copy;
}

/**
 * Every copy of `value` with one property or array element replaced by a wrong value (each of
 * {@link BAD}) or removed, down to `maxDepth`, in a fixed order. Plain objects and arrays are
 * walked; anything else (a Decimal, a Date) is only replaced. The original is not touched.
 * Use it to check that a function given a hand-built, broken domain value throws an
 * AccordoError (never a TypeError, never NaN).
 */
export function* corruptions(value: unknown, maxDepth = 6): Generator<Corruption> {
  function* walk(node: unknown, keys: readonly (string | number)[], path: string): Generator<Corruption> {
    for (const [bad, make] of BAD)
      yield { path: path || "(root)", bad, value: replaceAt(value, keys, { remove: false, with: make() }) };
    if (keys.length > 0) yield { path, bad: "(removed)", value: replaceAt(value, keys, { remove: true }) };
    if (keys.length >= maxDepth || !isPlainContainer(node)) return;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) yield* walk(node[i], [...keys, i], `${path}[${i}]`);
    } else {
      for (const key of Object.keys(node)) yield* walk(node[key], [...keys, key], path ? `${path}.${key}` : key);
    }
  }
  yield* walk(value, [], "");
}

/**
 * Calls `fn` on every corruption of `value` and returns the ones for which it threw something
 * other than an AccordoError, or returned a number or Decimal that is not finite, as
 * `path = bad: what happened` lines (empty when every call behaved).
 */
export function misbehaviours(value: unknown, fn: (broken: unknown) => unknown, maxDepth = 6): string[] {
  const found: string[] = [];
  for (const c of corruptions(value, maxDepth)) {
    let result: unknown;
    try {
      result = fn(c.value);
    } catch (e) {
      if (!isAccordoError(e))
        found.push(`${c.path} = ${c.bad}: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
      continue;
    }
    if (typeof result === "number" && !Number.isFinite(result))
      found.push(`${c.path} = ${c.bad}: returned ${String(result)}`);
    if (
      typeof result === "object" &&
      result !== null &&
      "isFinite" in result &&
      typeof (result as { isFinite: unknown }).isFinite === "function" &&
      !(result as { isFinite(): boolean }).isFinite()
    ) {
      found.push(`${c.path} = ${c.bad}: returned a non-finite decimal`);
    }
  }
  return found;
}

/** The text of a fixture file in test/fixtures/, as it is on disk (a byte order mark kept). */
export function fixture(path: string): string {
  return readFileSync(new URL(`./fixtures/${path}`, import.meta.url), "utf8");
}

/** The UTF-8 bytes of a text in chunks of `size` bytes (splitting characters), as a stream delivers them. */
export async function* byteChunks(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += size) {
    await Promise.resolve();
    yield bytes.subarray(i, i + size);
  }
}

/** The code and details of the AccordoError a promise rejects with; "no error" when it resolves. */
export async function rejected(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (e) {
    return isAccordoError(e)
      ? { code: e.code, message: e.message, details: e.details }
      : `not an AccordoError: ${String(e)}`;
  }
  return "no error";
}

// --- Snapshots and arbitraries (the quality tests and the property tests) ---

/**
 * A plain, comparable copy of a value: decimals become `"#D <digits>"`,
 * bigints `"#n <digits>"`, `-0`, NaN and the infinities named strings,
 * `undefined` a marker; objects keep their own string keys (and note a
 * non-plain prototype), so a mutated input or a changed result shows up in
 * `toEqual`. Cycles are marked, not followed.
 */
export function canon(value: unknown, seen: Set<object> = new Set()): unknown {
  if (Decimal.isDecimal(value)) {
    const d = value as Decimal;
    return `#D ${d.isNaN() ? "NaN" : d.isFinite() ? d.toFixed() : d.toString()}`;
  }
  switch (typeof value) {
    case "number":
      if (Object.is(value, -0)) return "#-0";
      if (!Number.isFinite(value)) return `#${String(value)}`;
      return value;
    case "bigint":
      return `#n ${value}`;
    case "undefined":
      return "#undefined";
    case "function":
      return "#function";
    case "symbol":
      return `#${String(value)}`;
    case "object": {
      if (value === null) return null;
      if (seen.has(value)) return "#cycle";
      seen.add(value);
      let out: unknown;
      if (Array.isArray(value)) out = value.map((v) => canon(v, seen));
      else {
        const o: Record<string, unknown> = {};
        for (const key of Object.keys(value)) o[key] = canon((value as Record<string, unknown>)[key], seen);
        const proto = Object.getPrototypeOf(value) as object | null;
        if (proto !== Object.prototype && proto !== null)
          o["#proto"] = (proto.constructor as { name?: string } | undefined)?.name ?? "?";
        out = o;
      }
      seen.delete(value);
      return out;
    }
    default:
      return value;
  }
}

/** What a walk of a result found wrong, with paths (empty when all is well). */
export function problems(
  value: unknown,
  options: { readonly frozen?: boolean; readonly strings?: boolean } = {},
): string[] {
  const found: string[] = [];
  const seen = new Set<object>();
  const walk = (v: unknown, path: string): void => {
    if (Decimal.isDecimal(v)) {
      const d = v as Decimal;
      if (!d.isFinite()) found.push(`${path}: non-finite decimal ${d.toString()}`);
      // the library's decimals (its constructor or the directed-rounding clones) have 34 digits
      const precision = (d.constructor as { precision?: number }).precision;
      if (precision !== 34) found.push(`${path}: a decimal of a constructor with precision ${String(precision)}`);
      // decimals the library returns are frozen, digits included, and within the range
      if (options.frozen === true && (!Object.isFrozen(d) || !Object.isFrozen(d.d)))
        found.push(`${path}: a decimal that is not frozen`);
      if (d.isFinite() && !d.isZero() && Math.abs(d.e) > 999)
        found.push(`${path}: a decimal outside the range (exponent ${d.e})`);
      return;
    }
    if (typeof v === "number") {
      if (!Number.isFinite(v)) found.push(`${path}: ${String(v)}`);
      return;
    }
    if (typeof v === "string") {
      if (options.strings !== false && /NaN|Infinity|∞/.test(v)) found.push(`${path}: string ${JSON.stringify(v)}`);
      return;
    }
    if (typeof v !== "object" || v === null || seen.has(v)) return;
    seen.add(v);
    if (options.frozen === true && !Object.isFrozen(v)) found.push(`${path}: not frozen`);
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else for (const key of Object.keys(v)) walk((v as Record<string, unknown>)[key], `${path}.${key}`);
  };
  walk(value, "result");
  return found;
}

/** Runs `f`; an AccordoError becomes `{ error: code }`, anything else is rethrown. */
export function outcome(f: () => unknown): unknown {
  try {
    return f();
  } catch (e) {
    if (isAccordoError(e)) return { error: e.code };
    throw e;
  }
}

// ---------------------------------------------------------------------------
// arbitraries of valid inputs

const scaled = (digits: bigint, scale: number, negative: boolean): string => {
  const text = digits.toString().padStart(scale + 1, "0");
  const body = scale === 0 ? text : `${text.slice(0, -scale)}.${text.slice(-scale)}`;
  return `${negative && digits !== 0n ? "-" : ""}${body}`;
};

/** Decimal strings of either sign with up to 16 digits and up to 8 decimals. */
export const decimalText: fc.Arbitrary<string> = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 16n }), fc.integer({ min: 0, max: 8 }), fc.boolean())
  .map(([d, s, n]) => scaled(d, s, n));

/** Positive decimal strings (at least 0.0001, at most about 1e12). */
export const positiveText: fc.Arbitrary<string> = fc
  .tuple(fc.bigInt({ min: 1n, max: 10n ** 12n }), fc.integer({ min: 0, max: 4 }))
  .map(([d, s]) => scaled(d, s, false));

/** Reported-style strings: positive, no exponent, as written in a press release. */
export const writtenText: fc.Arbitrary<string> = fc
  .tuple(fc.bigInt({ min: 1n, max: 10n ** 9n }), fc.integer({ min: 0, max: 3 }))
  .map(([d, s]) => scaled(d, s, false));

export const ISO = ["USD", "EUR", "CNY", "JPY", "KWD", "GBP", "CHF", "CLF"] as const;
export const currencyCode: fc.Arbitrary<string> = fc.constantFrom(...ISO);
export const currencyPair: fc.Arbitrary<[string, string]> = fc.uniqueArray(currencyCode, {
  minLength: 2,
  maxLength: 2,
}) as fc.Arbitrary<[string, string]>;
export const currencyTriple: fc.Arbitrary<[string, string, string]> = fc.uniqueArray(currencyCode, {
  minLength: 3,
  maxLength: 3,
}) as fc.Arbitrary<[string, string, string]>;
export const currencyValue: fc.Arbitrary<Currency> = currencyCode.map((c) => money.currency(c));

export const moneyValue: fc.Arbitrary<Money> = fc.tuple(decimalText, currencyCode).map(([a, c]) => money.of(a, c));

export const roundingMode = fc.constantFrom(...ROUNDING_MODES);

/** Figures of every kind: exact, reported (with scales and roundings), percent, between. */
export const figureValue: fc.Arbitrary<Figure> = fc.oneof(
  decimalText.map((t) => figure.exact(t)),
  fc
    .tuple(
      writtenText,
      fc.constantFrom("halfUp", "halfEven", "down", "upOrDown", "ceil" as const),
      fc.constantFrom<FigureScale | undefined>(undefined, "billion", "万", 3),
    )
    .map(([t, rounding, scale]) => figure.reported(t, scale === undefined ? { rounding } : { rounding, scale })),
  writtenText.map((t) => figure.percent(t)),
  fc.tuple(decimalText, decimalText, fc.boolean(), fc.boolean()).map(([a, b, li, hi]) => {
    const [lo, up] = new Decimal(a).lte(new Decimal(b)) ? [a, b] : [b, a];
    const same = new Decimal(lo).eq(new Decimal(up));
    return figure.between(lo, up, { loInclusive: same || li, hiInclusive: same || hi });
  }),
);

/** Figures whose bounds are positive (reported positive numbers). */
export const positiveFigure: fc.Arbitrary<Figure> = fc.oneof(
  positiveText.map((t) => figure.exact(t)),
  writtenText.filter((t) => !/^0(\.0*)?$/.test(t) && !/^0\.0*[1-5]$/.test(t)).map((t) => figure.reported(t)),
);

const DAY0 = "1990-01-01";
export const isoDate: fc.Arbitrary<string> = fc.integer({ min: 0, max: 20_000 }).map((n) => period.addDays(DAY0, n));

export const singlePeriod: fc.Arbitrary<SinglePeriod> = (() => {
  const y = fc.integer({ min: 1990, max: 2040 });
  return fc.oneof(
    y.map((v) => period.year(v)),
    fc.tuple(y, fc.integer({ min: 1, max: 2 })).map(([v, h]) => period.half(v, h)),
    fc.tuple(y, fc.integer({ min: 1, max: 4 })).map(([v, q]) => period.quarter(v, q)),
    fc.tuple(y, fc.integer({ min: 1, max: 12 })).map(([v, m]) => period.month(v, m)),
    fc.tuple(y, fc.integer({ min: 1, max: 52 })).map(([v, w]) => period.week(v, w)),
    isoDate.map((d) => period.day(d)),
  );
})();

export const periodValue: fc.Arbitrary<Period> = fc.oneof(
  singlePeriod,
  fc
    .tuple(singlePeriod, fc.integer({ min: 0, max: 5 }))
    .map(([s, k]) => period.range(s, period.shiftYears(s, k) as SinglePeriod)),
);

export const periodText: fc.Arbitrary<string> = periodValue.map((p) => period.format(p));

export const rateKind = fc.constantFrom("spot", "average", "fixed", "implied" as const);

export function directRate(base: string, quote: string): fc.Arbitrary<ExchangeRate> {
  return fc
    .record({
      rate: positiveText,
      on: fc.oneof(fc.constant(null), isoDate, periodText),
      source: fc.constantFrom(null, "PBoC", "ECB"),
      kind: rateKind,
    })
    .map((r) => fx.rate({ base, quote, ...r }));
}

export const exchangeRate: fc.Arbitrary<ExchangeRate> = currencyTriple.chain(([a, b, c]) =>
  fc.oneof(
    directRate(a, b),
    directRate(a, b).map((r) => fx.invert(r)),
    fc.tuple(directRate(a, b), directRate(b, c)).map(([x, y]) => fx.cross(x, y, { allowDifferentDates: true })),
  ),
);

export const rateTable = fc
  .tuple(
    fc.uniqueArray(
      currencyPair.chain(([a, b]) => directRate(a, b)),
      {
        maxLength: 8,
        selector: (r) =>
          `${r.base.code}${r.quote.code}|${JSON.stringify(fx.rateToJSON(r).on)}|${r.source ?? ""}|${r.kind}`,
      },
    ),
    currencyCode,
  )
  .map(([rates, pivot]) => fx.table(rates, { pivot }));

export const growthRate = fc
  .tuple(writtenText, fc.boolean(), fc.constantFrom("nominal", "real", "unspecified" as const))
  .map(([t, neg, basis]) => growth.fromPercent(neg ? `-${t}` : t, { basis }));

/** Increasing ISO dates, `n` of them. */
export function increasingDates(n: number): fc.Arbitrary<string[]> {
  return fc
    .tuple(isoDate, fc.array(fc.integer({ min: 1, max: 800 }), { minLength: n, maxLength: n }))
    .map(([start, steps]) => {
      const out: string[] = [];
      let d = start;
      for (const s of steps) {
        d = period.addDays(d, s);
        out.push(d);
      }
      return out;
    });
}

// ---------------------------------------------------------------------------
// inputs of the domain constructors: plain, mutable objects, as callers write them

export const label: fc.Arbitrary<string> = fc.stringMatching(
  /^[A-Za-z][A-Za-z0-9]{0,10}( [A-Za-z0-9éü中文]{1,8}){0,2}$/,
);

const LIFECYCLE = ["announced", "permitted", "underConstruction", "operating"] as const;

export const phaseInput = fc
  .record(
    {
      capacity: fc.oneof(fc.constant(null), positiveText),
      plannedStart: fc.oneof(fc.constant(null), periodText),
      steps: fc.integer({ min: 0, max: 4 }),
      dates: increasingDates(4),
    },
    { requiredKeys: ["steps", "dates"] },
  )
  .map(({ steps, dates, ...rest }) => ({
    ...rest,
    history: LIFECYCLE.slice(0, steps).map((status, i) => ({ status, on: dates[i]!, sourceId: i === 0 ? "s1" : null })),
  }));

export const capacityInput = fc.record({
  unit: fc.constantFrom<string | { quantity: string; per: "year" | "month" | null }>(
    "vehicles",
    { quantity: "tonnes", per: "year" },
    { quantity: "MW", per: null },
  ),
  total: fc.bigInt({ min: 1n, max: 10n ** 9n }).map(String),
  phases: fc.array(phaseInput, { minLength: 1, maxLength: 3 }),
});

/** Valid plans: the inputs that capacity.plan accepts. */
export const capacityPlan: fc.Arbitrary<CapacityPlan> = capacityInput
  .map((i) => outcome(() => capacity.plan(i)))
  .filter((p): p is CapacityPlan => typeof p === "object" && p !== null && !("error" in p));

export const milestoneInput = fc
  .record(
    {
      id: fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/),
      kind: fc.constantFrom(...milestone.MILESTONE_KINDS),
      title: fc.oneof(fc.constant(null), label),
      targets: fc.array(periodText, { minLength: 1, maxLength: 3 }),
      dates: increasingDates(6),
      achievedAt: fc.oneof(fc.constant(null), fc.integer({ min: 3, max: 5 })),
      reports: fc.array(fc.constantFrom(...milestone.REPORTED_STATUSES), { maxLength: 2 }),
    },
    { requiredKeys: ["id", "kind", "targets", "dates", "reports"] },
  )
  .map(({ targets, dates, achievedAt, reports, ...rest }) => ({
    ...rest,
    targets: targets.map((target, i) => ({ target, asOf: dates[i]!, sourceId: i === 0 ? "s1" : null })),
    ...(achievedAt === undefined
      ? {}
      : { achieved: achievedAt === null ? null : { on: dates[achievedAt]!, sourceId: "s1" } }),
    reports: reports.map((status, i) => ({ status, asOf: dates[3 + i]! })),
  }));

export const milestoneValue: fc.Arbitrary<Milestone> = milestoneInput
  .map((i) => outcome(() => milestone.of(i)))
  .filter((m): m is Milestone => typeof m === "object" && m !== null && !("error" in m));

export const agreementInput = fc
  .record({
    title: label,
    kind: fc.constantFrom(...agreement.AGREEMENT_KINDS, "concessionAgreement"),
    signed: fc.option(periodText, { nil: undefined }),
    investor: label,
    share: fc.option(
      fc.integer({ min: 1, max: 100 }).map((n) => (n / 100).toString()),
      { nil: undefined },
    ),
    amount: fc.option(fc.tuple(positiveText, currencyCode), { nil: undefined }),
    quantity: fc.option(positiveText, { nil: undefined }),
    due: fc.option(periodText, { nil: undefined }),
    plan: fc.option(capacityPlan, { nil: undefined }),
    milestones: fc.uniqueArray(milestoneValue, { maxLength: 2, selector: (m) => m.id }),
    published: fc.option(periodText, { nil: undefined }),
    status: fc.constantFrom(...agreement.COMMITMENT_STATUSES),
  })
  .map((r) => ({
    id: "agreement-1",
    title: r.title,
    kind: r.kind,
    ...(r.signed === undefined ? {} : { signed: r.signed }),
    sources: [
      {
        id: "s1",
        title: "Press release",
        language: "en",
        ...(r.published === undefined ? {} : { published: r.published }),
      },
    ],
    sourceIds: ["s1"],
    parties: [
      {
        id: "zone",
        name: "Zone committee",
        kind: "zoneManagementCommittee",
        roles: ["signatory", "zoneAuthority"],
        sourceIds: ["s1"],
      },
      {
        id: "parent",
        name: r.investor,
        kind: "company",
        roles: ["signatory", "investor"],
        identifiers: [{ scheme: "CN-USCC", id: "91110000" }],
      },
      {
        id: "project",
        name: `${r.investor} Auto`,
        kind: "company",
        roles: ["projectCompany"],
        otherNames: [{ name: "项目公司", lang: "zh-Hans", kind: "official" }],
        parent: { partyId: "parent", ...(r.share === undefined ? {} : { share: r.share }), sourceIds: ["s1"] },
      },
    ],
    facilities: [
      {
        id: "plant",
        name: "Plant",
        kind: "plant",
        operatorId: "project",
        ...(r.plan === undefined ? {} : { capacity: r.plan }),
        sourceIds: ["s1"],
      },
    ],
    commitments: [
      {
        id: "c1",
        partyId: "project",
        kind: "productionPlant",
        description: "Build a plant",
        status: r.status,
        facilityId: "plant",
        ...(r.amount === undefined ? {} : { amount: money.of(r.amount[0], r.amount[1]) }),
        ...(r.quantity === undefined ? {} : { quantity: { value: r.quantity, unit: "vehicles" } }),
        ...(r.due === undefined ? {} : { due: r.due }),
        sourceIds: ["s1"],
      },
      { id: "c2", partyId: "zone", kind: "zoneServices", description: "Services" },
    ],
    milestones: r.milestones,
  }));

export const agreementValue: fc.Arbitrary<Agreement> = agreementInput
  .map((i) => outcome(() => agreement.create(i)))
  .filter((a): a is Agreement => typeof a === "object" && a !== null && !("error" in a));

/** Zone inputs: a whole and a part observed in two currencies, with growth, industries, area, sources. */
export const zoneInput = fc
  .record({
    name: label,
    year: fc.integer({ min: 1950, max: 2030 }),
    area: fc.option(writtenText, { nil: undefined }),
    period: periodText,
    whole: fc.bigInt({ min: 1000n, max: 10n ** 7n }),
    partPermille: fc.integer({ min: 1, max: 999 }),
    rate: writtenText,
    wholeGrowth: growthRate,
    partGrowth: growthRate,
    indicator: fc.constantFrom(...zone.INDICATORS, "patentsGranted"),
  })
  .map((r): ZoneInput => {
    const part = (r.whole * BigInt(r.partPermille)) / 1000n;
    const usd = (n: bigint) =>
      figure.reported((Number(n) / Number(r.rate === "0" ? "1" : r.rate)).toFixed(2), { scale: "billion" });
    return {
      id: "zone-1",
      name: { name: r.name, lang: "en", kind: "official" },
      otherNames: [{ name: `${r.name} Area`, lang: "en", kind: "informal", sourceIds: ["s1"] }],
      established: { year: r.year, sourceIds: ["s1"] },
      ...(r.area === undefined ? {} : { area: { figure: figure.reported(r.area), unit: "km2", sourceIds: ["s1"] } }),
      industries: [
        { id: "i1", name: { name: "Vehicles", lang: "en" }, otherNames: [], sourceIds: ["s1"] },
        {
          id: "i2",
          name: { name: "Robots", lang: "en" },
          otherNames: [{ name: "机器人", lang: "zh-Hans" }],
          sourceIds: [],
        },
      ],
      sources: [{ id: "s1", title: "Statistics bulletin" }],
      sourceIds: ["s1"],
      observations: [
        {
          id: "whole",
          indicator: r.indicator,
          period: r.period,
          values: [
            { currency: "CNY", figure: figure.reported(scaledText(r.whole, 2), { scale: "billion" }) },
            { currency: "USD", figure: usd(r.whole) },
          ],
          growth: r.wholeGrowth,
          sourceIds: ["s1"],
        },
        {
          id: "part",
          indicator: r.indicator,
          scope: { kind: "industries", industryIds: ["i1", "i2"] },
          period: r.period,
          values: [
            { currency: "CNY", figure: figure.reported(scaledText(part, 2), { scale: "billion" }) },
            { currency: "USD", figure: usd(part) },
          ],
          growth: r.partGrowth.fraction,
          growthBasis: r.partGrowth.basis,
        },
      ],
    };
  });

function scaledText(n: bigint, scale: number): string {
  return scaled(n, scale, false);
}

export const zoneValue: fc.Arbitrary<Zone> = zoneInput
  .map((i) => outcome(() => zone.create(i)))
  .filter((z): z is Zone => typeof z === "object" && z !== null && !("error" in z));
/**
 * A frozen copy of `value` whose property `key` is a getter that answers `first` on the first read
 * and `later` on every read after it: a value whose fields change between a check and their use.
 */
export function flipping<T extends object>(value: T, key: string, first: unknown, later: unknown): T {
  let reads = 0;
  const copy = { ...value } as Record<string, unknown>;
  delete copy[key];
  Object.defineProperty(copy, key, {
    enumerable: true,
    get: () => (reads++ === 0 ? first : later),
  });
  return Object.freeze(copy) as T;
}

/**
 * Expects `fn` to throw an AccordoError with `code` whose message starts with `"function: path"`
 * and, unless `code` is INVALID_PERIOD (written by the period readers), whose details name the
 * function and the path, plus `extra`.
 */
export function expectRefusal(
  fn: () => unknown,
  code: string,
  where: string,
  extra: Record<string, unknown> = {},
): void {
  const [name, path] = where.split(": ") as [string, string];
  const result = thrown(fn) as { code: string; message: string; details: Record<string, unknown> };
  expect([result.code, result.message.slice(0, where.length + 1)]).toEqual([code, expect.stringMatching(/[ :]$/)]);
  expect(result.message.slice(0, where.length)).toBe(where);
  expect(result.details).toMatchObject({ function: name, path, ...extra });
}

/** "BASE/QUOTE on rate (kind, source)" for each rate of a table, in order (the rate files' tests). */
export function listedRates(t: { readonly rates: readonly ExchangeRate[] }): string[] {
  return t.rates.map((r) => {
    const on = r.on === null ? "undated" : String(r.on);
    return `${r.base.code}/${r.quote.code} ${on} ${r.rate.toString()} (${r.kind}, ${String(r.source)})`;
  });
}

/**
 * One test per case of a malformed file: `read(text)` throws INVALID_TEXT whose details hold
 * `function: fn` and the case's details (its line, column, field...).
 */
export function refusesFiles(
  fn: string,
  read: (text: string) => unknown,
  cases: readonly (readonly [what: string, text: string, details: Record<string, unknown>])[],
): void {
  for (const [what, text, details] of cases) {
    it(`refuses ${what} with INVALID_TEXT naming the line and column`, () => {
      expect(thrown(() => read(text))).toMatchObject({ code: "INVALID_TEXT", details: { function: fn, ...details } });
    });
  }
}

/**
 * One row of a refusal table: a name, a call, the code it must throw and details the error must
 * include (`function`, `path`, `received` and the fields of the code; not the sentence).
 */
export type RefusalRow = readonly [name: string, call: () => unknown, code: string, details: Record<string, unknown>];

/** Registers one test per row: the call throws an AccordoError with the code, whose details include those given. */
export function refusalTable(title: string, rows: readonly RefusalRow[]): void {
  describe(title, () => {
    for (const [name, call, errorCode, details] of rows) {
      it(name, () => {
        expect(thrown(call)).toMatchObject({ code: errorCode, details });
      });
    }
  });
}

/** Every rounding a publisher may have used, from the one table of modes (src/decimal.ts), then `"upOrDown"`. */
export const REPORTED_ROUNDINGS: readonly ReportedRounding[] = Object.freeze([...ROUNDING_MODES, "upOrDown"]);
