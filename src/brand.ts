/**
 * The private brands of the values accordo makes: one module-level WeakSet per kind of value.
 * A value in a brand was built by the library itself, frozen, with frozen decimals: it cannot
 * have changed since, so a function may read it without checking it again (the fast path).
 * Anything else, frozen or not, is read once into locals and checked: a getter cannot answer one
 * thing to the check and another to the computation. The sets live here, in the lowest layer,
 * so that every namespace recognises every other's values. Nothing outside src/ can add to them.
 *
 * @internal
 * @module
 */

/** A set of values the library made; `add` returns the value. @internal */
export interface Brand<T extends object> {
  /** Records a value the library made (frozen, with frozen decimals) and returns it. */
  readonly add: (value: T) => T;
  /** Whether the library made this value. */
  readonly has: (value: unknown) => value is T;
}

function brand<T extends object>(): Brand<T> {
  const made = new WeakSet();
  return Object.freeze({
    add: (value: T): T => {
      made.add(value);
      return value;
    },
    has: (value: unknown): value is T => typeof value === "object" && value !== null && made.has(value),
  });
}

/** Money values (`money.of`, arithmetic, conversions). @internal */
export const MONEY_BRAND: Brand<object> = brand();
/** Figures (`figure.exact`, `reported`, arithmetic, growth results' figures). @internal */
export const FIGURE_BRAND: Brand<object> = brand();
/** Exchange rates (`fx.rate`, `invert`, `cross`, lookups). @internal */
export const RATE_BRAND: Brand<object> = brand();
/** Custom currencies (`money.defineCurrency`); the ISO entries are the registry's own. @internal */
export const CURRENCY_BRAND: Brand<object> = brand();
/** Agreements (`agreement.create`, `agreement.amend`, `AgreementSchema`). @internal */
export const AGREEMENT_BRAND: Brand<object> = brand();
/** Zones (`zone.create`, `ZoneSchema`). @internal */
export const ZONE_BRAND: Brand<object> = brand();
/** Capacity plans (`capacity.plan`, `capacity.addStatusChange`). @internal */
export const CAPACITY_BRAND: Brand<object> = brand();
/** Milestones (`milestone.of`, `reviseTarget`, `achieve`, `report`). @internal */
export const MILESTONE_BRAND: Brand<object> = brand();
