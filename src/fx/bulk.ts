/**
 * Making many direct rates at once, for the readers of rate files: a file of 25 years of
 * euro reference rates holds some 270,000 of them. The rates made here are the same values
 * {@link makeRate} makes (the ExchangeRate prototype, frozen, with frozen decimals, in the
 * library's brand, so that every function takes them without checking them again), built by a
 * constructor with a fixed shape rather than by copying an object: the caller has checked each
 * part as it read it, so nothing is checked again here.
 *
 * @module
 * @internal
 */
import { RATE_BRAND } from "../brand.js";
import { frozen } from "../decimal.js";
import type { Decimal } from "../decimal.js";
import type { Currency } from "../money/types.js";
import { RATE } from "./rate.js";
import { trustedTable } from "./table.js";
import type { ExchangeRate, RateDate, RateKind, RateTable } from "./types.js";

/** The empty chain of every direct rate made here: one shared frozen array. */
const NO_CHAIN: readonly ExchangeRate[] = /* @__PURE__ */ Object.freeze([]);

/** The fields of a direct rate, assigned in one order (one hidden class for all of them). */
interface DirectRate {
  base: Currency;
  quote: Currency;
  rate: Decimal;
  on: RateDate;
  source: string | null;
  kind: RateKind;
  derivation: "direct";
  chain: readonly ExchangeRate[];
}

/**
 * The constructor of direct rates; its prototype is the one of every ExchangeRate. Made by a
 * function marked pure, so that a bundler drops it with the rest of this module when unused.
 */
const DirectRate = /* @__PURE__ */ (() => {
  const make = function DirectRate(
    this: DirectRate,
    base: Currency,
    quote: Currency,
    rate: Decimal,
    on: RateDate,
    source: string | null,
    kind: RateKind,
  ): void {
    this.base = base;
    this.quote = quote;
    this.rate = rate;
    this.on = on;
    this.source = source;
    this.kind = kind;
    this.derivation = "direct";
    this.chain = NO_CHAIN;
  };
  make.prototype = RATE;
  return make as unknown as new (...args: Parameters<typeof make>) => ExchangeRate;
})();

/**
 * Gathers direct rates whose parts its caller has checked (known, different currencies; a
 * positive decimal within the range; a valid date or period; a non-empty source or null) and
 * that are distinct by pair, date, source and kind, then makes the table of them. Each decimal
 * is frozen before it is stored; a decimal may be shared by several rates (it cannot change).
 * @internal
 */
export class RateBatch {
  private readonly rates: ExchangeRate[] = [];

  /** The rates gathered so far, in order (not a copy: do not change it). */
  get list(): readonly ExchangeRate[] {
    return this.rates;
  }

  /** Makes a direct rate from checked parts and keeps it; returns it. */
  add(
    base: Currency,
    quote: Currency,
    value: Decimal,
    on: RateDate,
    source: string | null,
    kind: RateKind,
  ): ExchangeRate {
    const made = RATE_BRAND.seal(new DirectRate(base, quote, frozen(value), on, source, kind));
    this.rates.push(made);
    return made;
  }

  /** The frozen table of the rates gathered, with `pivot`; the batch must not be used after. */
  table(pivot: Currency): RateTable {
    return trustedTable(this.rates, pivot);
  }
}
