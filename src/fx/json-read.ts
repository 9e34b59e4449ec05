/**
 * Reading the JSON form of rates: every issue collected with its path, and a chain checked
 * to derive its rate as fx.invert and fx.cross would.
 *
 * @module
 * @internal
 */
import { D, ONE } from "../decimal.js";
import type { Decimal } from "../decimal.js";
import { describe, refuse } from "../errors.js";
import { resolveCurrency, sameCurrency } from "../money/currency.js";
import type { Currency } from "../money/types.js";
import { formatOn, readOn, sameOn } from "./dates.js";
import { cross, makeRate } from "./rate.js";
import type { ExchangeRate, RateDerivation, RateKind } from "./types.js";

const KINDS: readonly string[] = ["spot", "average", "fixed", "implied"];
const DERIVATIONS: readonly string[] = ["direct", "inverse", "cross", "identity"];
const DECIMAL_STRING = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

export interface Issue {
  readonly path: string;
  readonly message: string;
}

export function join(path: string, key: string | number): string {
  if (typeof key === "number") return `${path}[${key}]`;
  return path === "" ? key : `${path}.${key}`;
}

/**
 * Refuses the JSON given to `fn` with INVALID_SCHEMA, listing every issue with its path (in the
 * message and in `details.issues`).
 */
export function invalid(fn: string, json: unknown, issues: readonly Issue[]): never {
  const list = issues.map((i) => `${i.path === "" ? "(root)" : i.path}: ${i.message}`).join("; ");
  return refuse("INVALID_SCHEMA", {
    function: fn,
    path: "json",
    expected: fn === "fx.rateFromJSON" ? "the JSON form of a rate" : "the JSON form of a rate table",
    received: json,
    issues: Object.freeze(issues.map((i) => Object.freeze({ ...i }))),
    hint: `${issues.length} issue${issues.length === 1 ? "" : "s"}: ${list}.`,
  });
}

/** Reads a currency code: a custom currency given in options, or the registry. */
export function readCode(
  value: unknown,
  path: string,
  customs: readonly Currency[],
  issues: Issue[],
): Currency | undefined {
  if (typeof value !== "string") {
    issues.push({ path, message: `must be a currency code string, got ${describe(value)}` });
    return undefined;
  }
  const custom = customs.find((c) => c.code === value);
  if (custom !== undefined) return custom;
  try {
    // the code as written (rateToJSON writes it so, and the schemas read only that): not "usd" or " USD"
    const c = resolveCurrency(value, path);
    if (c.code === value) return c;
  } catch {
    // A string that is not a registry code is the only thing resolveCurrency refuses here.
  }
  issues.push({ path, message: `unknown currency code ${describe(value)}` });
  return undefined;
}

/** Pushes an issue for each key of `o` that is not one of `keys` (JSON that rateToJSON/tableToJSON never write). */
export function unknownKeys(o: Record<string, unknown>, keys: readonly string[], path: string, issues: Issue[]): void {
  for (const key of Object.keys(o))
    if (!keys.includes(key)) issues.push({ path: join(path, key), message: "is not a field of this JSON form" });
}

const RATE_KEYS: readonly string[] = ["base", "quote", "rate", "on", "source", "kind", "derivation", "chain"];

/** An object's own keys, read once into a copy on a null prototype; an issue for anything else. */
export function readObject(json: unknown, path: string, issues: Issue[]): Record<string, unknown> | undefined {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    issues.push({ path, message: `must be an object, got ${describe(json)}` });
    return undefined;
  }
  // Its own keys only, each read once: a polluted Object.prototype or a getter changes nothing.
  const copy = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(json)) copy[key] = (json as Record<string, unknown>)[key];
  return copy;
}

/** How deep chains of derived rates may nest in JSON (a real chain has a few levels); deeper is an issue, not a stack overflow. */
export const MAX_CHAIN_DEPTH = 32;

export function readRateJSON(
  json: unknown,
  path: string,
  customs: readonly Currency[],
  issues: Issue[],
  depth = 0,
): ExchangeRate | undefined {
  const o = readObject(json, path, issues);
  if (o === undefined) return undefined;
  const before = issues.length;
  unknownKeys(o, RATE_KEYS, path, issues);
  const base = readCode(o["base"], join(path, "base"), customs, issues);
  const quote = readCode(o["quote"], join(path, "quote"), customs, issues);
  let value: Decimal | undefined;
  const rawRate = o["rate"];
  if (typeof rawRate !== "string" || !DECIMAL_STRING.test(rawRate)) {
    issues.push({
      path: join(path, "rate"),
      message: `must be a decimal string such as "6.4128", got ${describe(rawRate)}`,
    });
  } else {
    value = new D(rawRate);
    if (!value.isFinite() || value.lte(0))
      issues.push({ path: join(path, "rate"), message: `must be a positive finite decimal, got ${describe(rawRate)}` });
  }
  let on: ExchangeRate["on"] = null;
  const rawOn = o["on"];
  // period.parse would ignore surrounding spaces: the JSON form has none
  if (rawOn !== null && (typeof rawOn !== "string" || rawOn.trim() !== rawOn)) {
    issues.push({
      path: join(path, "on"),
      message: `must be an ISO date, a period string or null, got ${describe(rawOn)}`,
    });
  } else {
    try {
      on = readOn(rawOn, join(path, "on"));
    } catch {
      issues.push({
        path: join(path, "on"),
        message: `must be an ISO date "YYYY-MM-DD" or a period such as "2021-09", got ${describe(rawOn)}`,
      });
    }
  }
  const source = o["source"];
  if (source !== null && (typeof source !== "string" || source.trim() === "")) {
    issues.push({ path: join(path, "source"), message: `must be a non-empty string or null, got ${describe(source)}` });
  }
  const kind = o["kind"];
  if (typeof kind !== "string" || !KINDS.includes(kind))
    issues.push({ path: join(path, "kind"), message: `must be one of ${KINDS.join(", ")}, got ${describe(kind)}` });
  const derivation = o["derivation"];
  if (typeof derivation !== "string" || !DERIVATIONS.includes(derivation)) {
    issues.push({
      path: join(path, "derivation"),
      message: `must be one of ${DERIVATIONS.join(", ")}, got ${describe(derivation)}`,
    });
  }
  const rawChain = o["chain"];
  const chain: ExchangeRate[] = [];
  if (!Array.isArray(rawChain))
    issues.push({ path: join(path, "chain"), message: `must be an array, got ${describe(rawChain)}` });
  else if (rawChain.length > 0 && depth >= MAX_CHAIN_DEPTH)
    issues.push({ path: join(path, "chain"), message: `nests derived rates deeper than ${MAX_CHAIN_DEPTH} levels` });
  else {
    // Array.from reads a hole as undefined (an issue), where forEach would skip it.
    Array.from(rawChain as readonly unknown[]).forEach((leg, i) => {
      const r = readRateJSON(leg, join(join(path, "chain"), i), customs, issues, depth + 1);
      if (r !== undefined) chain.push(r);
    });
  }
  if (issues.length > before || base === undefined || quote === undefined || value === undefined) return undefined;
  const d = derivation as RateDerivation;
  const problem = derivationProblem(base, quote, value, d, chain);
  if (problem !== undefined) {
    issues.push({ path, message: problem });
    return undefined;
  }
  const made = makeRate(base, quote, value, on, source as string | null, kind as RateKind, d, chain);
  const mismatches = contextProblems(made, path);
  if (mismatches.length > 0) {
    issues.push(...mismatches);
    return undefined;
  }
  return made;
}

/**
 * Why a derived rate is not the one fx.invert, fx.cross or a lookup (for an
 * identity rate) makes of its chain: legs a cross refuses, an inverse of an
 * identity rate, or a date, source or kind other than the derived one. Empty when it is.
 */
function contextProblems(r: ExchangeRate, path: string): readonly Issue[] {
  let expected: { readonly on: ExchangeRate["on"]; readonly source: string | null; readonly kind: RateKind };
  switch (r.derivation) {
    case "direct":
      return [];
    case "identity":
      expected = { on: r.on, source: null, kind: "fixed" };
      break;
    case "inverse": {
      const origin = r.chain[0] as ExchangeRate;
      if (origin.derivation === "identity")
        return [
          {
            path,
            message: "an inverse rate never inverts an identity rate (the inverse of an identity rate is itself)",
          },
        ];
      if (origin.derivation === "inverse")
        return [
          { path, message: "an inverse rate never inverts an inverse rate (fx.invert gives back the rate it inverts)" },
        ];
      expected = origin;
      break;
    }
    case "cross": {
      const [a, b] = r.chain as readonly [ExchangeRate, ExchangeRate];
      try {
        expected = cross(a, b, { allowDifferentDates: true });
      } catch {
        // The legs chain (checked before); fx.cross refuses them only when they share both currencies.
        return [
          {
            path,
            message: `a cross rate needs legs that share exactly one currency, got ${a.base.code}/${a.quote.code} and ${b.base.code}/${b.quote.code}`,
          },
        ];
      }
      break;
    }
  }
  const issues: Issue[] = [];
  const what = `the ${r.derivation} rate${r.derivation === "identity" ? "" : " derived from its chain"}`;
  if (!sameOn(r.on, expected.on))
    issues.push({
      path: join(path, "on"),
      message: `must be ${describe(formatOn(expected.on))}, the date of ${what}, got ${describe(formatOn(r.on))}`,
    });
  if (r.source !== expected.source)
    issues.push({
      path: join(path, "source"),
      message: `must be ${describe(expected.source)}, the source of ${what}, got ${describe(r.source)}`,
    });
  if (r.kind !== expected.kind)
    issues.push({
      path: join(path, "kind"),
      message: `must be ${describe(expected.kind)}, the kind of ${what}, got ${describe(r.kind)}`,
    });
  return issues;
}

/** Why a rate's derivation does not match its currencies, value and chain; undefined when it does. */
function derivationProblem(
  base: Currency,
  quote: Currency,
  value: Decimal,
  derivation: RateDerivation,
  chain: readonly ExchangeRate[],
): string | undefined {
  const pair = `${base.code}/${quote.code}`;
  switch (derivation) {
    case "direct":
      if (chain.length !== 0) return "a direct rate has an empty chain";
      if (sameCurrency(base, quote)) return `a direct rate needs two different currencies, got ${pair}`;
      return undefined;
    case "identity":
      if (chain.length !== 0 || !sameCurrency(base, quote) || !value.eq(1))
        return "an identity rate is 1 between a currency and itself, with an empty chain";
      return undefined;
    case "inverse": {
      const origin = chain[0];
      if (chain.length !== 1 || origin === undefined) return "an inverse rate has exactly one rate in its chain";
      if (!sameCurrency(origin.base, quote) || !sameCurrency(origin.quote, base))
        return `the inverse ${pair} does not invert ${origin.base.code}/${origin.quote.code}`;
      if (!value.eq(ONE.div(origin.rate)))
        return `the inverse rate ${value.toString()} is not 1 / ${origin.rate.toString()}`;
      return undefined;
    }
    case "cross": {
      const [a, b] = chain;
      if (chain.length !== 2 || a === undefined || b === undefined)
        return "a cross rate has exactly two rates in its chain";
      if (!sameCurrency(a.base, base) || !sameCurrency(a.quote, b.base) || !sameCurrency(b.quote, quote)) {
        return `the legs ${a.base.code}/${a.quote.code} and ${b.base.code}/${b.quote.code} do not chain to ${pair}`;
      }
      if (!value.eq(a.rate.times(b.rate)))
        return `the cross rate ${value.toString()} is not ${a.rate.toString()} × ${b.rate.toString()}`;
      return undefined;
    }
  }
}
