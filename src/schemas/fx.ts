/**
 * Schemas of the `fx` namespace: exchange rates and rate tables.
 *
 * @module
 */
import * as z from "zod";
import { cross, invert, lookup, rate, table } from "../fx/index.js";
import type {
  ExchangeRate,
  ExchangeRateJSON,
  RateDate,
  RateDerivation,
  RateKind,
  RateTable,
  RateTableJSON,
} from "../fx/types.js";
import { toDecimal } from "../decimal.js";
import type { AccordoError } from "../errors.js";
import { refuse } from "../errors.js";
import type { Currency } from "../money/types.js";
import { equals as periodEquals, format as formatPeriod, isDate, parse as parsePeriod } from "../period/index.js";
import type { Schema } from "./core.js";
import type { DecodeContext } from "./domain.js";
import { domain, isRecord } from "./domain.js";
import type { CurrencyJSON } from "./money.js";
import { CurrencySchema } from "./money.js";
import { decimalText, decimalToJSON, isDecimal, periodText } from "./primitives.js";

/**
 * The JSON form of an {@link ExchangeRate} that {@link ExchangeRateSchema}
 * reads and writes: {@link ExchangeRateJSON}, with currencies as in
 * {@link CurrencyJSON} (a custom currency carries its definition). Only
 * `base`, `quote` and `rate` are required to read a direct rate: `on` and
 * `source` default to null, `kind` to `"spot"`, `derivation` to `"direct"`,
 * `chain` to empty. All fields are always written.
 *
 * @category JSON forms
 * @since 0.1.0
 */
export interface ExchangeRateDocument extends Omit<
  ExchangeRateJSON,
  "base" | "quote" | "on" | "source" | "kind" | "derivation" | "chain"
> {
  /** The currency of which one unit is priced. */
  readonly base: CurrencyJSON;
  /** The currency the price is expressed in. */
  readonly quote: CurrencyJSON;
  /** An ISO date (`"2021-09-30"`), a period string (`"2021-09"`), or null when undated. */
  readonly on?: string | null | undefined;
  /** Who published the rate, or null. */
  readonly source?: string | null | undefined;
  /** Spot (the default), average, fixed or implied. */
  readonly kind?: RateKind | undefined;
  /** Direct (the default), inverse, cross or identity. */
  readonly derivation?: RateDerivation | undefined;
  /** The rates a derived rate was derived from: one for an inverse, two legs for a cross, none otherwise. */
  readonly chain?: readonly ExchangeRateDocument[] | undefined;
}

/**
 * The JSON form of a {@link RateTable} that {@link RateTableSchema} reads and
 * writes: {@link RateTableJSON} with rates as {@link ExchangeRateDocument}s;
 * the pivot defaults to `"USD"` when omitted.
 *
 * @category JSON forms
 * @since 0.1.0
 */
export interface RateTableDocument extends Omit<RateTableJSON, "pivot" | "rates"> {
  /** The currency cross rates go through; `"USD"` when omitted. */
  readonly pivot?: CurrencyJSON | undefined;
  /** The stored rates. */
  readonly rates: readonly ExchangeRateDocument[];
}

interface RateShape {
  base: Currency;
  quote: Currency;
  rate: string;
  on?: string | null | undefined;
  source?: string | null | undefined;
  kind?: RateKind | undefined;
  derivation?: RateDerivation | undefined;
  chain?: ExchangeRate[] | undefined;
}

const KINDS = ["spot", "average", "fixed", "implied"] as const;
const DERIVATIONS = ["direct", "inverse", "cross", "identity"] as const;

function isExchangeRate(value: unknown): value is ExchangeRate {
  return (
    isRecord(value) &&
    isRecord(value["base"]) &&
    isRecord(value["quote"]) &&
    isDecimal(value["rate"]) &&
    typeof value["derivation"] === "string" &&
    Array.isArray(value["chain"])
  );
}

function onText(on: RateDate): string | null {
  return on === null || typeof on === "string" ? on : formatPeriod(on);
}

/** Reads an `on` string as fx does: an ISO date stays a date, a one-day period becomes its date. */
function readOn(text: string): RateDate {
  // a date first: "9999-12-31" is a date but beyond the years of periods
  if (isDate(text)) return text;
  const p = parsePeriod(text);
  return p.kind === "day" ? formatPeriod(p) : p;
}

function sameOn(a: RateDate, b: RateDate): boolean {
  if (a === null || b === null || typeof a === "string" || typeof b === "string") return a === b;
  return periodEquals(a, b);
}

/** The field an error of `fx.rate` is about, from the path it names ("input.source" → source). */
function fieldOf(error: AccordoError): readonly string[] | undefined {
  const at = `${String(error.details?.["path"])} ${String(error.details?.["where"])}`;
  const field = /(?:^|[ :] ?)input\.(base|quote|rate|on|source|kind)\b/.exec(at)?.[1];
  return field === undefined ? undefined : [field];
}

/**
 * What a rate whose fields do not agree is refused with: INVALID_INPUT when its JSON is read
 * (a value the schema does not accept), INVALID_VALUE when a forged rate is written.
 */
type Broken = "INVALID_INPUT" | "INVALID_VALUE";

/** Refuses a field of a rate's JSON that does not agree with the rest, naming the schema. */
function disagree(code: Broken, path: string, expected: string, received: unknown): never {
  return refuse(code, { function: "ExchangeRateSchema", path, expected, received });
}

/** Builds a rate the way its derivation says, with the fx namespace's own functions. */
function derive(
  json: RateShape,
  chain: readonly ExchangeRate[],
  run: DecodeContext["run"],
  broken: Broken,
): ExchangeRate {
  const derivation = json.derivation ?? "direct";
  const badChain = (expected: string): never =>
    run(["chain"], () =>
      disagree(
        broken,
        "chain",
        `${expected} for ${derivation === "inverse" || derivation === "identity" ? "an" : "a"} ${derivation} rate`,
        chain,
      ),
    );
  switch (derivation) {
    case "direct":
      if (chain.length !== 0) badChain("empty");
      return run(
        [],
        () =>
          rate({
            base: json.base,
            quote: json.quote,
            rate: json.rate,
            on: json.on ?? null,
            source: json.source ?? null,
            kind: json.kind ?? "spot",
          }),
        fieldOf,
      );
    case "identity":
      if (chain.length !== 0) badChain("empty");
      if (json.base.code !== json.quote.code)
        run(["quote"], () =>
          disagree(
            broken,
            "quote",
            `${json.base.code} (an identity rate is between a currency and itself)`,
            json.quote.code,
          ),
        );
      // the identity rate is what a lookup answers for a currency to itself, whatever the table
      return run(["on"], () => lookup(table([]), json.base, json.quote, json.on == null ? {} : { on: json.on }));
    case "inverse":
      if (chain.length !== 1) return badChain("one rate (its origin)");
      // never throws: the chain's rate was read by this schema, and 1 ÷ any such rate is in range
      return invert(chain[0] as ExchangeRate);
    case "cross":
      if (chain.length !== 2) return badChain("two rates (its legs)");
      return run(["chain"], () =>
        cross(chain[0] as ExchangeRate, chain[1] as ExchangeRate, { allowDifferentDates: true }),
      );
  }
}

/**
 * Checks that the derived rate is the one the JSON states, field by field
 * (a field a derived rate's JSON omits takes the derived value).
 */
function agree(json: RateShape, r: ExchangeRate, run: DecodeContext["run"], broken: Broken): void {
  const mismatch = (key: string, stated: string, derived: string): void => {
    run([key], () =>
      disagree(broken, key, `${derived}, the ${key} of the ${r.derivation} rate derived from the chain`, stated),
    );
  };
  const derivation = json.derivation ?? "direct";
  if (r.derivation !== derivation) mismatch("derivation", derivation, r.derivation);
  if (r.base.code !== json.base.code || r.base.minorUnits !== json.base.minorUnits)
    mismatch("base", json.base.code, r.base.code);
  if (r.quote.code !== json.quote.code || r.quote.minorUnits !== json.quote.minorUnits)
    mismatch("quote", json.quote.code, r.quote.code);
  if (derivation === "direct") return;
  const value = run(["rate"], () => toDecimal(json.rate, "rate"));
  if (!value.eq(r.rate)) mismatch("rate", json.rate, decimalToJSON(r.rate));
  const stated = json.on;
  if (stated !== undefined) {
    const on = stated === null ? null : run(["on"], () => readOn(stated));
    if (!sameOn(on, r.on)) mismatch("on", String(stated), String(onText(r.on)));
  }
  if (json.source !== undefined && json.source !== r.source) mismatch("source", String(json.source), String(r.source));
  if (json.kind !== undefined && json.kind !== r.kind) mismatch("kind", json.kind, r.kind);
  const chain = json.chain ?? [];
  if (chain.length !== r.chain.length || chain.some((leg, i) => !sameRate(leg, r.chain[i]))) {
    run(["chain"], () =>
      disagree(
        broken,
        "chain",
        `the legs in the order the ${r.derivation} rate applies them (${r.chain.map((x) => `${x.base.code}/${x.quote.code}`).join(", then ")})`,
        chain,
      ),
    );
  }
}

/** Whether two rates are the same in every field, chain included. */
function sameRate(a: ExchangeRate, b: ExchangeRate | undefined): boolean {
  return (
    b !== undefined &&
    a.base.code === b.base.code &&
    a.quote.code === b.quote.code &&
    a.rate.eq(b.rate) &&
    sameOn(a.on, b.on) &&
    a.source === b.source &&
    a.kind === b.kind &&
    a.derivation === b.derivation &&
    a.chain.length === b.chain.length &&
    a.chain.every((leg, i) => sameRate(leg, b.chain[i]))
  );
}

/**
 * An {@link ExchangeRate}: `{ "base": "USD", "quote": "CNY", "rate": "6.3933",
 * "on": "2021-09-30", "source": "PBoC", "kind": "spot", "derivation":
 * "direct", "chain": [] }`. A direct rate is read with `fx.rate`; a derived
 * rate is rebuilt from its chain with `fx.invert` or `fx.cross` (an identity
 * rate with `fx.lookup`), and every field it states must match the rebuilt
 * rate (an inverse must be exactly 1 ÷ its origin, a cross the product of its
 * legs), so a rate read from JSON is always one the library could have made.
 *
 * @example
 * {@includeCode ../../test/schemas/examples.test.ts#ExchangeRateSchema}
 * @category Schemas
 * @since 0.1.0
 */
export const ExchangeRateSchema: Schema<ExchangeRate, ExchangeRateDocument> = domain<
  ExchangeRate,
  ExchangeRateDocument,
  RateShape
>({
  title: "ExchangeRate",
  description:
    "An exchange rate: one unit of base is worth rate units of quote, when it holds, who published it, and, for a derived rate, the rates it was derived from.",
  json: z.strictObject({
    base: CurrencySchema,
    quote: CurrencySchema,
    rate: decimalText,
    on: periodText.nullable().optional(),
    source: z.string().min(1).nullable().optional(),
    kind: z.enum(KINDS).optional(),
    derivation: z.enum(DERIVATIONS).optional(),
    get chain() {
      return z.array(ExchangeRateSchema).optional();
    },
  }),
  is: isExchangeRate,
  decode: (json, ctx) => {
    const r = derive(json, json.chain ?? [], ctx.run, "INVALID_INPUT");
    agree(json, r, ctx.run, "INVALID_INPUT");
    return r;
  },
  encode: (r) => {
    const json = {
      base: r.base,
      quote: r.quote,
      rate: decimalToJSON(r.rate),
      on: onText(r.on),
      source: r.source,
      kind: r.kind,
      derivation: r.derivation,
      chain: [...r.chain],
    };
    // checked as parse checks what it reads, so that a forged rate (not positive, an inverse that
    // is not the inverse of its chain, an impossible date) is refused instead of written as JSON
    // that parse refuses (an unknown derivation is left to the JSON shape, which names it); the
    // namespace's errors become issues of the value; the legs are written and checked in turn
    const direct: DecodeContext["run"] = (_path, fn) => fn();
    if ((DERIVATIONS as readonly string[]).includes(r.derivation))
      agree(json, derive(json, r.chain, direct, "INVALID_VALUE"), direct, "INVALID_VALUE");
    return json;
  },
});

function isRateTable(value: unknown): value is RateTable {
  return isRecord(value) && Array.isArray(value["rates"]) && isRecord(value["pivot"]);
}

/**
 * A {@link RateTable}: `{ "pivot": "USD", "rates": [...] }`, each rate as in
 * {@link ExchangeRateSchema}; read with `fx.table`, which refuses duplicate
 * rates (same pair, date, source and kind).
 *
 * @example
 * {@includeCode ../../test/schemas/examples.test.ts#RateTableSchema}
 * @category Schemas
 * @since 0.1.0
 */
export const RateTableSchema: Schema<RateTable, RateTableDocument> = domain<
  RateTable,
  RateTableDocument,
  { pivot?: Currency | undefined; rates: ExchangeRate[] }
>({
  title: "RateTable",
  description: "A table of exchange rates with the pivot currency that cross rates go through.",
  json: z.strictObject({ pivot: CurrencySchema.optional(), rates: z.array(ExchangeRateSchema) }),
  is: isRateTable,
  decode: (json, ctx) =>
    ctx.run(
      [],
      () => table(json.rates, { pivot: json.pivot ?? "USD" }),
      (error) => {
        // fx.table names the rate it refuses by its path, "rates[i]" (or "fx.table: rates[i]" as where)
        const at = `${String(error.details?.["path"])} ${String(error.details?.["where"])}`;
        const index = /(?:^|[ :] ?)rates\[(\d+)\]/.exec(at);
        return index === null ? undefined : ["rates", Number(index[1])];
      },
    ),
  encode: (t) => ({ pivot: t.pivot, rates: [...table(t.rates, { pivot: t.pivot }).rates] }), // table refuses duplicates, as parse does
});
