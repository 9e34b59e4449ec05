/**
 * Compact and long notation of `money.format`: the scale word Intl chooses for the amount, our own
 * exact rounding, and a plan per set of options that later calls reuse.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import { D, ROUNDING, roundToScale, roundingConstant, type RoundingMode, type RoundingRule } from "../decimal.js";
import {
  NUMBER_TYPES,
  currencyNumber,
  intlGrouping,
  numberFormat,
  saneParts,
  wellFormed,
  type Parts,
  type Shown,
} from "./format-parts.js";
import { cached, formatExact, partsExact } from "./intl.js";

/** Words that join a scale word to a currency name ("miliardi di dollari"), by language, from millions up. */
const CONNECTORS: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({
  it: "di",
  es: "de",
  fr: "de",
  pt: "de",
  ca: "de",
});

/**
 * What compact and long notation reuse from call to call for one set of options: the rounding
 * constant, the Intl number formatters by number of fraction digits, the exponent Intl chooses
 * for each power of ten, and the text around the number, by sign and connector.
 */
interface ScaledPlan {
  readonly shown: Shown;
  readonly notation: "compact" | "long";
  readonly digits: number | undefined;
  readonly mode: RoundingMode;
  readonly rm: Decimal.Rounding;
  readonly rule: RoundingRule;
  readonly compactDisplay: "short" | "long";
  /** By number of fraction digits. */
  readonly formatters: (Intl.NumberFormat | undefined)[];
  /** By power of ten (0 to LARGEST_SCALE_PROBE) and, for negative powers, by their opposite. */
  readonly exponents: (number | undefined)[];
  readonly belowOne: (number | undefined)[];
  /** `[before, after]` the number, by sign and connector (index: 2 × negative + connector). */
  readonly around: ([string, string] | undefined)[];
}

/** The plan of the last scaled call: a dashboard formats many amounts with the same options. */
let lastScaled: ScaledPlan | undefined;

function scaledPlan(
  shown: Shown,
  notation: "compact" | "long",
  digits: number | undefined,
  mode: RoundingMode,
): ScaledPlan {
  const last = lastScaled;
  if (
    last !== undefined &&
    last.notation === notation &&
    last.digits === digits &&
    last.mode === mode &&
    sameShown(last.shown, shown)
  ) {
    return last;
  }
  const { locale, code, display, byName, label, useGrouping } = shown;
  const key = `p\u0000${notation}\u0000${digits ?? -1}\u0000${mode}\u0000${locale}\u0000${code}\u0000${display}\u0000${
    byName ? 1 : 0
  }\u0000${String(useGrouping)}\u0000${label === undefined ? "\u0001" : label}`;
  const plan = cached<ScaledPlan>(key, () => ({
    shown,
    notation,
    digits,
    mode,
    rm: roundingConstant(mode),
    rule: ROUNDING[mode],
    compactDisplay: notation === "long" ? "long" : "short",
    formatters: [],
    exponents: [],
    belowOne: [],
    around: [],
  }));
  lastScaled = plan;
  return plan;
}

function sameShown(a: Shown, b: Shown): boolean {
  return (
    a.locale === b.locale &&
    a.code === b.code &&
    a.display === b.display &&
    a.byName === b.byName &&
    a.label === b.label &&
    a.useGrouping === b.useGrouping
  );
}

/** The exponent of the scale word for `value` (0 without one), from the plan's table. */
function planScale(plan: ScaledPlan, value: Decimal): number {
  return value.isZero() ? 0 : planScaleOf(plan, value.e);
}

/** {@link planScale} of a value other than zero whose first digit has the power of ten `e`. */
function planScaleOf(plan: ScaledPlan, e: number): number {
  const power = Math.min(e, LARGEST_SCALE_PROBE);
  const table = power >= 0 ? plan.exponents : plan.belowOne;
  const index = power >= 0 ? power : -power;
  let exponent = table[index];
  if (exponent === undefined) {
    exponent = scaleOf(plan.shown.locale, plan.compactDisplay, power);
    table[index] = exponent;
  }
  return exponent;
}

/**
 * `value` rounded with the plan's mode to a multiple of 10^-`places` (places may be negative),
 * exactly: decimal.js rounds to a number of significant digits without its precision limit.
 */
function roundAt(plan: ScaledPlan, value: Decimal, places: number): Decimal {
  if (places >= 0) return value.toDecimalPlaces(places, plan.rm);
  const significant = value.e + 1 + places;
  if (significant >= 1) return value.toSignificantDigits(significant, plan.rm);
  // Not reached while a scale's exponent is at most the amount's own (planScale), kept exact all
  // the same: the value shifted by 10^-places exactly (decimal.js multiplication rounds to 34 digits).
  const whole = roundToScale(new D(`${value.toFixed()}e${-places}`), 0, plan.mode);
  return new D(`${whole.toFixed()}e${places}`);
}

/** The compact Intl formatter of the plan showing `fraction` fraction digits. */
function scaledFormatter(plan: ScaledPlan, fraction: number): Intl.NumberFormat {
  let nf = plan.formatters[fraction];
  if (nf === undefined) {
    const { locale, useGrouping } = plan.shown;
    const { compactDisplay, digits } = plan;
    nf = cached(
      `n\u0000${locale}\u0000${compactDisplay}\u0000${digits ?? -1}\u0000${fraction}\u0000${String(useGrouping)}`,
      () =>
        numberFormat(locale, {
          notation: "compact",
          compactDisplay,
          minimumFractionDigits: digits ?? 0,
          maximumFractionDigits: fraction,
          // Compact notation groups only from 5 digits on by default ("1934.8亿"); "always" groups 4 ("1,934.8亿").
          ...(useGrouping === true ? {} : { useGrouping: intlGrouping(useGrouping) }),
        }),
    );
    plan.formatters[fraction] = nf;
  }
  return nf;
}

/** The text before and after the number: sign, currency (relabelled, joined by a connector) and spaces. */
function aroundNumber(plan: ScaledPlan, negative: boolean, connected: boolean): [string, string] {
  const index = (negative ? 2 : 0) + (connected ? 1 : 0);
  let around = plan.around[index];
  if (around === undefined) {
    const { shown } = plan;
    const layout = layoutOf(shown, negative);
    const connector = connected ? CONNECTORS[layout.language] : undefined;
    const before: string[] = [];
    const after: string[] = [];
    let numberDone = false;
    layout.sample.forEach((x, i) => {
      const out = numberDone ? after : before;
      if (NUMBER_TYPES.has(x.type)) numberDone = true;
      else if (x.type === "currency") {
        let text = shown.label ?? x.value;
        if (connector !== undefined && i > layout.firstNumber) {
          text = layout.language === "fr" && /^[aeiouyhàâéèêëîïôûù]/i.test(text) ? `d’${text}` : `${connector} ${text}`;
        }
        out.push(text);
      } else out.push(x.value);
    });
    around = [before.join(""), after.join("")];
    plan.around[index] = around;
  }
  return around;
}

/** Compact and long notation: the exponent Intl chooses for this amount, then our own exact rounding. */
export function formatScaled(
  amount: Decimal,
  notation: "compact" | "long",
  digits: number | undefined,
  mode: RoundingMode,
  shown: Shown,
): string {
  const plan = scaledPlan(shown, notation, digits, mode);
  const exponent = planScale(plan, amount);
  const fast = formatSmall(plan, amount, exponent, notation, shown);
  if (fast !== undefined) return fast;
  // Two significant digits below 10, as Intl shows: one decimal unless rounding to one decimal
  // with the caller's mode reaches 10 (9.96 is "9.9" rounding down, "10" half-even).
  let fraction = digits;
  let rounded: Decimal | undefined;
  if (fraction === undefined) {
    const tenths = roundAt(plan, amount, 1 - exponent);
    fraction = tenths.isZero() || tenths.e < exponent + 1 ? 1 : 0;
    if (fraction === 1) rounded = tenths;
  }
  rounded = positiveZero(rounded ?? roundAt(plan, amount, fraction - exponent));
  const negative = rounded.isNegative();
  // After a rounding carry (999.999 mila → 1 milione) the scale shown is the rounded amount's.
  const shownExponent = planScale(plan, rounded);
  // The digits shown end at 10^-(fraction - shownExponent): a number stands for them exactly when it can.
  const numberText = formatExact(
    scaledFormatter(plan, fraction),
    negative ? rounded.abs() : rounded,
    shownExponent,
    fraction - shownExponent,
  );
  const connected = notation === "long" && shown.byName && shownExponent >= 6;
  const [before, after] = aroundNumber(plan, negative, connected);
  return before + numberText + after;
}

/** Powers of ten that are exact doubles, 10^0 to 10^22. */
const POWERS = /* @__PURE__ */ Array.from({ length: 23 }, (_, k) => 10 ** k);

/** The number of decimal digits of a positive integer below 2^53. */
function integerLength(n: number): number {
  let length = 1;
  while (length < 16 && n >= (POWERS[length] as number)) length++;
  return length;
}

/**
 * {@link formatScaled} without a decimal, for an amount of at most 15 significant digits, whose
 * rounding and text then fit in doubles exactly: |amount| = n × 10^p with n an integer below 10^15,
 * rounded to a multiple of 10^t by integer division (exact below 2^53), and given to Intl as the
 * double nearest to the rounded value (see formatExact). Undefined when the amount or its rounding
 * does not fit: the caller rounds with decimals.
 */
function formatSmall(
  plan: ScaledPlan,
  amount: Decimal,
  exponent: number,
  notation: "compact" | "long",
  shown: Shown,
): string | undefined {
  const words = amount.d;
  if (words.length > 3) return undefined;
  let n = words[0] as number;
  for (let i = 1; i < words.length; i++) n = n * 1e7 + (words[i] as number);
  const length = integerLength(n);
  if (length > 15) return undefined;
  const p = amount.e - length + 1;
  const negative = amount.s < 0;
  const { digits } = plan;
  let fraction = digits;
  let m = 0;
  let pm = 0;
  if (fraction === undefined) {
    // As formatScaled: one decimal unless the amount rounded to one decimal of the scale reaches 10.
    m = roundInteger(plan.rule, n, p, exponent - 1, negative);
    if (m < 0) return undefined;
    pm = exponent - 1;
    fraction = m === 0 || integerLength(m) - 1 + pm < exponent + 1 ? 1 : 0;
  }
  if (digits !== undefined || fraction === 0) {
    const t = exponent - fraction;
    m = roundInteger(plan.rule, n, p, t, negative);
    if (m < 0) return undefined;
    pm = t;
  }
  const zero = m === 0;
  const e = zero ? 0 : integerLength(m) - 1 + pm;
  const shownExponent = zero ? 0 : planScaleOf(plan, e);
  if (pm > 22 || pm < -22 || e + fraction - shownExponent >= 15) return undefined;
  const nf = scaledFormatter(plan, fraction);
  const numberText = zero
    ? (nf.format as unknown as (value: string) => string)("0")
    : nf.format(pm >= 0 ? m * (POWERS[pm] as number) : m / (POWERS[-pm] as number));
  const minus = negative && !zero;
  const connected = notation === "long" && shown.byName && shownExponent >= 6;
  const [before, after] = aroundNumber(plan, minus, connected);
  return before + numberText + after;
}

/**
 * n × 10^p rounded to a multiple of 10^t with the rule of a mode, as an integer count of 10^t (n × 10^(p − t)
 * when p ≥ t, which needs no rounding); -1 when that count is not below 2^53.
 */
function roundInteger(rule: RoundingRule, n: number, p: number, t: number, negative: boolean): number {
  if (p >= t) {
    const m = p - t > 22 ? Infinity : n * (POWERS[p - t] as number);
    return m < 2 ** 53 ? m : -1;
  }
  if (t - p > 22) return -1;
  const q = POWERS[t - p] as number;
  const r = n % q;
  let m = (n - r) / q;
  if (r !== 0) {
    const half = q / 2;
    if (rule.away(r < half ? -1 : r > half ? 1 : 0, negative, m % 2 === 1)) m++;
  }
  return m;
}

/** The arrangement of sign, currency and number, taken from the standard format of ±2, and the locale's language. */
interface Layout {
  readonly sample: Parts;
  readonly firstNumber: number;
  readonly language: string;
}

function layoutOf(shown: Shown, negative: boolean): Layout {
  const { locale, code, display } = shown;
  return cached(`l\u0000${locale}\u0000${code}\u0000${display}\u0000${negative ? 1 : 0}`, () => {
    const nf = numberFormat(locale, { style: "currency", currency: code, currencyDisplay: display });
    const p = partsExact(nf, new D(negative ? -2 : 2));
    const sample = wellFormed(p) ? p : saneParts(p, currencyNumber(new D(negative ? -2 : 2), shown, 2));
    const language = (nf.resolvedOptions().locale.split("-")[0] ?? "").toLowerCase();
    return { sample, firstNumber: sample.findIndex((x) => NUMBER_TYPES.has(x.type)), language };
  });
}

/** Values from this power of ten on take the largest scale word of every locale. */
const LARGEST_SCALE_PROBE = 200;

/**
 * The power of ten by which the compact form of `value` divides it: 0 without a scale word.
 * Intl picks the scale word by the power of ten of the value alone (its compact patterns are
 * keyed by 1000, 10000...), so the answer is cached per locale, display and power of ten.
 */
function scaleOf(locale: string, compactDisplay: "short" | "long", power: number): number {
  return cached(`e\u0000${locale}\u0000${compactDisplay}\u0000${power}`, () => {
    // The probe is read as a decimal: Latin digits, whatever the locale's numbering system (ar-EG, bn, fa).
    const probe = numberFormat(locale, {
      notation: "compact",
      compactDisplay,
      maximumSignificantDigits: 21,
      useGrouping: false,
      numberingSystem: "latn",
    });
    // 2, not 1: the Italian "mille" (one thousand) is written without a digit.
    const p = partsExact(probe, new D(`2e${power}`));
    if (!p.some((x) => x.type === "compact")) return 0;
    const shown = p
      .filter((x) => x.type === "integer")
      .map((x) => x.value)
      .join("");
    return power - (shown.length - 1);
  });
}

function positiveZero(value: Decimal): Decimal {
  return value.isZero() ? new D(0) : value;
}
