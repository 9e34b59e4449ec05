import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as fx from "../../src/fx/index.js";
import type { DatePolicy, ExchangeRateInput } from "../../src/fx/types.js";

// lookup finds its candidates by binary search over rates sorted by first day, in groups of one
// span length. This compares it with a scan of every stored rate by the documented ranking: the
// closest in time, then the past before the future, then fewer days covered, then the asked
// direction, then table order; undated rates last.

const DAY = 86_400_000;
const START = Date.UTC(2024, 0, 1);
const date = (k: number): string => new Date(START + k * DAY).toISOString().slice(0, 10);
const dayOf = (text: string): number => Math.round((Date.parse(text) - START) / DAY);
const MONTHS = ["2024-01", "2024-02", "2024-03"] as const;
const monthSpan = (m: string): [number, number] => {
  const [y, mo] = m.split("-").map(Number) as [number, number];
  return [
    dayOf(new Date(Date.UTC(y, mo - 1, 1)).toISOString().slice(0, 10)),
    dayOf(new Date(Date.UTC(y, mo, 0)).toISOString().slice(0, 10)),
  ];
};

interface Stored {
  readonly direct: boolean;
  readonly on: { readonly day: number } | { readonly month: string } | null;
  readonly source: "A" | "B";
  readonly rate: string;
}

const stored: fc.Arbitrary<Stored> = fc.record({
  direct: fc.boolean(),
  on: fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 0, max: 90 }).map((day) => ({ day })) },
    { weight: 2, arbitrary: fc.constantFrom(...MONTHS).map((month) => ({ month })) },
    { weight: 1, arbitrary: fc.constant(null) },
  ),
  source: fc.constantFrom("A" as const, "B" as const),
  rate: fc.integer({ min: 1, max: 9999 }).map((n) => `1.${String(n).padStart(4, "0")}`),
});

const onText = (s: Stored): string | null => (s.on === null ? null : "day" in s.on ? date(s.on.day) : s.on.month);
const spanOf = (s: Stored): [number, number] | undefined =>
  s.on === null ? undefined : "day" in s.on ? [s.on.day, s.on.day] : monthSpan(s.on.month);

/** The stored rates without the duplicates a table refuses (same pair, date, source). */
const tableRates = fc
  .array(stored, { maxLength: 40 })
  .map((list) =>
    list.filter(
      (s, i) => list.findIndex((o) => o.direct === s.direct && onText(o) === onText(s) && o.source === s.source) === i,
    ),
  );

/** The index of the stored rate a scan by the documented ranking picks, or -1. */
function scan(
  list: readonly Stored[],
  day: number | undefined,
  policy: DatePolicy,
  within: number,
  source: string | undefined,
): number {
  let best = -1;
  let bestKey: number[] = [];
  const consider = (i: number, key: number[]): void => {
    const full = [...key, list[i]?.direct === true ? 0 : 1, i];
    const k = full.findIndex((x, j) => x !== bestKey[j]);
    const wins = best < 0 || (k >= 0 && (full[k] as number) < (bestKey[k] as number));
    if (wins) {
      best = i;
      bestKey = full;
    }
  };
  list.forEach((s, i) => {
    if (source !== undefined && s.source !== source) return;
    const sp = spanOf(s);
    if (day === undefined) {
      consider(i, sp === undefined ? [Number.POSITIVE_INFINITY, 0] : [-sp[1], -sp[0]]);
      return;
    }
    if (sp === undefined) return;
    const [first, last] = sp;
    const distance = first <= day && day <= last ? 0 : last < day ? day - last : first - day;
    const future = first > day ? 1 : 0;
    if (policy === "exact" && distance !== 0) return;
    if (policy === "onOrBefore" && future === 1) return;
    if (policy === "nearest" && distance > within) return;
    consider(i, [distance, future, last - first]);
  });
  if (best < 0 && day !== undefined) {
    list.forEach((s, i) => {
      if ((source === undefined || s.source === source) && s.on === null) consider(i, []);
    });
  }
  return best;
}

describe("lookup by binary search", () => {
  it("picks the rate a scan of every stored rate by the documented ranking picks", () => {
    const query = fc.record({
      day: fc.option(fc.integer({ min: -5, max: 100 }), { nil: undefined }),
      policy: fc.constantFrom<DatePolicy>("exact", "onOrBefore", "nearest"),
      within: fc.integer({ min: 0, max: 20 }),
      source: fc.option(fc.constantFrom("A", "B"), { nil: undefined }),
    });
    fc.assert(
      fc.property(tableRates, fc.array(query, { minLength: 1, maxLength: 8 }), (list, queries) => {
        const t = fx.table(
          list.map((s): ExchangeRateInput => ({
            base: s.direct ? "USD" : "EUR",
            quote: s.direct ? "EUR" : "USD",
            rate: s.rate,
            on: onText(s),
            source: s.source,
          })),
        );
        for (const q of queries) {
          const policy = q.day === undefined ? "exact" : q.policy;
          const options = {
            ...(q.day === undefined ? {} : { on: date(q.day) }),
            ...(q.day === undefined || policy === "exact" ? {} : { policy }),
            ...(policy === "nearest" && q.day !== undefined ? { withinDays: q.within } : {}),
            ...(q.source === undefined ? {} : { source: q.source }),
          };
          const want = scan(list, q.day, policy, q.within, q.source);
          let got = -1;
          try {
            const found = fx.lookup(t, "USD", "EUR", options);
            const origin = found.derivation === "inverse" ? found.chain[0] : found;
            got = t.rates.findIndex((r) => r === origin);
          } catch {
            got = -1;
          }
          expect(got, JSON.stringify({ options, list })).toBe(want);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("picks among periods by their days, however written", () => {
    const t = fx.table([
      { base: "USD", quote: "EUR", rate: "0.91", on: "2024-01" },
      { base: "USD", quote: "EUR", rate: "0.92", on: "2024-01-15" },
      { base: "USD", quote: "EUR", rate: "0.93", on: "2024-Q1" },
    ]);
    expect(fx.lookup(t, "USD", "EUR", { on: "2024-01-01/2024-01-31" }).rate.toString()).toBe("0.91");
    expect(fx.lookup(t, "USD", "EUR", { on: "2024-01/2024-03" }).rate.toString()).toBe("0.93");
    expect(fx.lookup(t, "USD", "EUR", { on: "2024-01-15" }).rate.toString()).toBe("0.92");
    expect(fx.lookup(t, "USD", "EUR", { on: "2024-02-15" }).rate.toString()).toBe("0.93");
    expect(fx.lookup(t, "USD", "EUR").rate.toString()).toBe("0.93");
  });
});
