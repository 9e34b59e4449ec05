/**
 * Internals of the `growth` namespace: reading inputs, building frozen results.
 *
 * @internal
 * @module
 */
import { D, MAX_EXPONENT, ONE, RANGE_TEXT, frozen, signOf, site, toDecimal, type Decimal } from "../decimal.js";
import { FIGURE_BRAND } from "../brand.js";
import { refuse, type AccordoErrorCode } from "../errors.js";
import {
  DHi,
  DLo,
  exactOf,
  hasFigureShape,
  make,
  onExcludedEnd,
  own,
  readFigure,
  readOperand,
} from "../figure/internal.js";
import type { Figure } from "../figure/types.js";
import { format as formatFigure } from "../figure/format.js";
import { frozenValue, valuePrototype } from "../value.js";
import type {
  DerivedLevel,
  FractionInput,
  GrowthBasis,
  GrowthFlag,
  GrowthRate,
  LevelInput,
  PercentagePoints,
  RateInput,
  Share,
} from "./types.js";

const BASES: readonly GrowthBasis[] = /* @__PURE__ */ Object.freeze(["nominal", "real", "unspecified"] as const);
const FLAG_ORDER: readonly GrowthFlag[] = /* @__PURE__ */ Object.freeze([
  "negativeBase",
  "absoluteDenominator",
  "signChange",
  "signMayChange",
  "naiveBounds",
] as const);

/**
 * The code of a refusal of something that is not the growth value or option wanted: INVALID_TYPE
 * when it is not even of the right JS type (`expectedType`), else `code`. @internal
 */
export function codeFor(value: unknown, expectedType: "object" | "string", code: AccordoErrorCode): AccordoErrorCode {
  if (expectedType === "object") return typeof value === "object" && value !== null ? code : "INVALID_TYPE";
  return typeof value === "string" ? code : "INVALID_TYPE";
}

/**
 * Reads a basis: an option (absent means unspecified) or, with `required`,
 * the basis a growth value carries (a rate or level without one is refused,
 * not read as unspecified, with INVALID_VALUE). @internal
 */
export function readBasis(basis: unknown, where: string, required = false): GrowthBasis {
  if (basis === undefined && !required) return "unspecified";
  if (typeof basis === "string" && (BASES as readonly string[]).includes(basis)) return basis as GrowthBasis;
  return refuse(required ? "INVALID_VALUE" : codeFor(basis, "string", "INVALID_INPUT"), {
    ...site(where),
    expected: '"nominal", "real" or "unspecified"',
    received: basis,
  });
}

/**
 * A plain copy of an input object, each own property read once (a figure the library made is
 * kept as it is): a getter cannot answer one thing to the shape test and another to the check.
 */
function snapshot<T>(input: T): T {
  if (
    typeof input !== "object" ||
    input === null ||
    D.isDecimal(input) ||
    FIGURE_BRAND.has(input) ||
    Array.isArray(input)
  )
    return input;
  return { ...(input as object) } as T;
}

function tagged(input: unknown, kind: string): boolean {
  return typeof input === "object" && input !== null && (input as { kind?: unknown }).kind === kind;
}

function isMadeFigure(input: unknown): input is Figure {
  return FIGURE_BRAND.has(input);
}

/** A level input as a figure, with the basis it was derived with, if any. @internal */
export function readLevel(
  given: LevelInput,
  where: string,
): { readonly figure: Figure; readonly derived: DerivedLevel | undefined } {
  // A figure the library made is read as it is (the common case of a pipeline).
  if (isMadeFigure(given)) return { figure: given, derived: undefined };
  const input = snapshot(given);
  if (tagged(input, "derivedLevel")) {
    const d = input as DerivedLevel;
    return { figure: readFigure(d.level, `${where}.level`), derived: d };
  }
  if (typeof input === "object" && input !== null && !D.isDecimal(input) && !hasFigureShape(input)) {
    return refuse("INVALID_VALUE", {
      ...site(where),
      expected: "a figure, a derived level or a number",
      received: given,
    });
  }
  return { figure: readOperand(input, where), derived: undefined };
}

/** A rate input as its fraction, basis and flags. @internal */
export function readRate(given: RateInput, where: string): GrowthRate {
  const input = snapshot(given);
  if (tagged(input, "growthRate")) {
    const r = input as GrowthRate;
    const flags = Array.isArray(r.flags)
      ? Array.from(r.flags as unknown[])
      : refuse("INVALID_VALUE", { ...site(`${where}.flags`), expected: "an array of flags", received: r.flags });
    flags.forEach((flag, i) => {
      if (!(FLAG_ORDER as readonly unknown[]).includes(flag)) {
        refuse("INVALID_VALUE", {
          ...site(`${where}.flags[${i}]`),
          expected: `one of the flags ${FLAG_ORDER.join(", ")}`,
          received: flag,
        });
      }
    });
    return rateOf(
      readFigure(r.fraction, `${where}.fraction`),
      readBasis(r.basis, `${where}.basis`, true),
      flags as GrowthFlag[],
    );
  }
  if (hasFigureShape(input)) return rateOf(readFigure(input, where), "unspecified", []);
  return refuse(codeFor(input, "object", "INVALID_VALUE"), {
    ...site(where),
    expected: 'a growth rate or a figure holding a fraction (figure.percent("38.8"))',
    received: given,
  });
}

/** A share, rate or fraction figure as its fraction. @internal */
export function readFraction(given: FractionInput, where: string): Figure {
  const input = snapshot(given);
  if (tagged(input, "share")) return readFigure((input as Share).fraction, `${where}.fraction`);
  if (tagged(input, "growthRate")) return readFigure((input as GrowthRate).fraction, `${where}.fraction`);
  if (hasFigureShape(input)) return readFigure(input, where);
  return refuse(codeFor(input, "object", "INVALID_VALUE"), {
    ...site(where),
    expected: "a share, a growth rate or a figure holding a fraction",
    received: given,
  });
}

/** A basis other than unspecified, as growth.format notes it. */
function basisNote(basis: GrowthBasis): string {
  return basis === "unspecified" ? "" : ` (${basis})`;
}

/**
 * What the growth values the library makes inherit: `JSON.stringify` writes their fields (figures
 * as FigureSchema's JSON), `String()` what `growth.format` writes by default (`+38.8%`, `95.14%`,
 * `+0.72 pp`).
 */
const RATE = /* @__PURE__ */ valuePrototype<GrowthRate>(
  "GrowthRate",
  (r) => ({ kind: r.kind, fraction: r.fraction, basis: r.basis, flags: r.flags }),
  (r) => `${formatFigure(r.fraction, { as: "percent", signed: true })}${basisNote(r.basis)}`,
);
const LEVEL = /* @__PURE__ */ valuePrototype<DerivedLevel>(
  "DerivedLevel",
  (d) => ({ kind: d.kind, level: d.level, basis: d.basis, comparableWithNominal: d.comparableWithNominal }),
  (d) => `${formatFigure(d.level)}${basisNote(d.basis)}`,
);
const SHARE = /* @__PURE__ */ valuePrototype<Share>(
  "Share",
  (x) => ({ kind: x.kind, fraction: x.fraction }),
  (x) => formatFigure(x.fraction, { as: "percent" }),
);
const POINTS = /* @__PURE__ */ valuePrototype<PercentagePoints>(
  "PercentagePoints",
  (x) => ({ kind: x.kind, points: x.points }),
  (x) => `${formatFigure(x.points, { signed: true })} pp`,
);

const NO_FLAGS: readonly GrowthFlag[] = /* @__PURE__ */ Object.freeze([]);

/** A frozen growth rate, flags deduplicated in a fixed order. @internal */
export function rateOf(fraction: Figure, basis: GrowthBasis, flags: readonly GrowthFlag[]): GrowthRate {
  const ordered = flags.length === 0 ? NO_FLAGS : Object.freeze(FLAG_ORDER.filter((f) => flags.includes(f)));
  return frozenValue(RATE, { kind: "growthRate" as const, fraction, basis, flags: ordered });
}

/** A frozen derived level. @internal */
export function levelOf(level: Figure, basis: GrowthBasis): DerivedLevel {
  const comparableWithNominal = basis === "nominal" ? "yes" : basis === "real" ? "no" : "unknown";
  return frozenValue(LEVEL, { kind: "derivedLevel" as const, level, basis, comparableWithNominal });
}

/** A frozen share. @internal */
export function shareOf(fraction: Figure): Share {
  return frozenValue(SHARE, { kind: "share" as const, fraction });
}

/** Frozen percentage points. @internal */
export function pointsOf(points: Figure): PercentagePoints {
  return frozenValue(POINTS, { kind: "percentagePoints" as const, points });
}

/** Reads a positive exact number (years, periods per year). @internal */
export function readPositive(input: unknown, where: string): Decimal {
  const x = toDecimal(input, where);
  if (x.lte(0))
    refuse("OUT_OF_RANGE", { ...site(where), expected: "a positive number", received: input, value: x.toString() });
  return x;
}

/** Whether a figure's closed interval contains zero. @internal */
export function mayBeZero(f: Figure): boolean {
  return signOf(f.lo) <= 0 && signOf(f.hi) >= 0;
}

/** The largest decimal exponent a power may reach in growth computations: the library's range. @internal */
export const POW_EXPONENT_LIMIT = MAX_EXPONENT;

/** Constructors for an exponent 1/k: 60 digits, rounded to nearest, down and up. */
const K: typeof D = /* @__PURE__ */ D.clone({ precision: 60 });
const KLo: typeof D = /* @__PURE__ */ (() => D.clone({ precision: 60, rounding: D.ROUND_FLOOR }))();
const KHi: typeof D = /* @__PURE__ */ (() => D.clone({ precision: 60, rounding: D.ROUND_CEIL }))();

/**
 * A positive figure raised to a positive power, bounds rounded outwards; the
 * caller ensures `f.lo > 0` and `k > 0`. The power is `k` itself, or `1 / k`
 * when `reciprocal` is true (years of a CAGR, periods of a de-annualised
 * rate): 1/3 has no exact decimal, so each bound is raised to the neighbour of
 * 1/k that moves it outwards (a base above 1 grows with the power, one below 1
 * shrinks). @internal
 */
export function powPositive(f: Figure, k: Decimal, reciprocal = false): Figure {
  const power = reciprocal ? K.div(1, k) : k;
  // decimal.js computes a non-integer power as exp(k * ln x): with a base or a result of
  // astronomical magnitude that runs for minutes and exhausts memory. No growth computation
  // needs more than the range (10^±POW_EXPONENT_LIMIT), so anything past it is refused up front.
  for (const x of [f.lo, f.hi]) {
    if (power.times(Math.abs(x.e)).gt(POW_EXPONENT_LIMIT)) {
      refuse("OUT_OF_RANGE", {
        function: "growth",
        path: `${x.toExponential(3)} raised to the power ${power.toSignificantDigits(6).toString()}`,
        expected: RANGE_TEXT,
        base: x.toExponential(),
        power: power.toString(),
      });
    }
  }
  const down = reciprocal ? KLo.div(1, k) : k;
  const up = reciprocal ? KHi.div(1, k) : k;
  let value = f.value.pow(power);
  const lo = DLo.pow(f.lo, f.lo.gte(1) ? down : up);
  const hi = DHi.pow(f.hi, f.hi.gte(1) ? up : down);
  // The value must be a number the result allows: rounded to 34 digits it can land on an excluded
  // end (a base within a rounding unit of that end); it then keeps 60 digits.
  if (onExcludedEnd(value, lo, hi, f.loInclusive, f.hiInclusive)) value = own(K.pow(f.value, power));
  // Non-integer powers are rounded almost always correctly; keep the value inside its bounds regardless.
  return make(value, D.min(lo, value), D.max(hi, value), f.loInclusive, f.hiInclusive);
}

/** 100, exactly. @internal */
export const HUNDRED: Decimal = /* @__PURE__ */ new D(100);

/** 1 as an exact figure, read once. @internal */
export const ONE_FIGURE: Figure = /* @__PURE__ */ exactOf(ONE);

/**
 * 1 as an exact figure whose bounds are decimals of `DLo` and `DHi` (frozen), for the growth factor
 * 1 + rate: sumOf adds to such bounds with their own methods, without copying 1 into the clones
 * each call. The same value as {@link ONE_FIGURE}; never returned (a figure returned has `D`'s). @internal
 */
export const ONE_STEP: Figure = /* @__PURE__ */ make(
  ONE,
  /* @__PURE__ */ frozen(/* @__PURE__ */ new DLo(1)),
  /* @__PURE__ */ frozen(/* @__PURE__ */ new DHi(1)),
  true,
  true,
  false,
);
