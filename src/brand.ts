/**
 * The private brands of the values accordo makes: one class private field per kind of value.
 * A value in a brand was built by the library itself, frozen, with frozen decimals: it cannot
 * have changed since, so a function may read it without checking it again (the fast path).
 * Anything else, frozen or not, is read once into locals and checked: a getter cannot answer one
 * thing to the check and another to the computation. The brands live here, in the lowest layer,
 * so that every namespace recognises every other's values. Nothing outside this module can mark a value.
 *
 * @internal
 * @module
 */

/** The values of one kind the library made. @internal */
export interface Brand<T extends object> {
  /**
   * Marks a value the library has just made (its fields set, its decimals frozen), freezes it and
   * returns it. The mark goes on before the freeze: a frozen object cannot take a new one.
   */
  readonly seal: <V extends T>(value: V) => V;
  /** Whether the library made this value. */
  readonly has: (value: unknown) => value is T;
}

/** A base class whose constructor returns the object it is given, so that a subclass adds its private field to it. */
// eslint-disable-next-line @typescript-eslint/no-extraneous-class -- the constructor is the point: it returns its argument
class Stamp {
  constructor(value: object) {
    return value;
  }
}

/**
 * One brand: a class private field that only `seal` puts on an object. `#made in value` answers
 * from the object itself, unforgeably (a private name cannot be copied, read through a Proxy or
 * added from outside this module), and costs what a property read costs; a WeakSet holding every
 * value made cost about a microsecond an insertion and slowed every garbage collection.
 */
function brand<T extends object>(): Brand<T> {
  class Made extends Stamp {
    #made = true;
    /** See {@link Brand.seal}. */
    static readonly seal = <V extends T>(value: V): V =>
      // The constructor returns `value` itself, with the field added (a bundler must see it used).
      Object.freeze(new Made(value) as unknown as V);
    /** See {@link Brand.has}. */
    static readonly has = (value: unknown): value is T => typeof value === "object" && value !== null && #made in value;
  }
  return Object.freeze({ seal: Made.seal, has: Made.has });
}

/** Money values (`money.of`, arithmetic, conversions). @internal */
export const MONEY_BRAND: Brand<object> = /* @__PURE__ */ brand();
/** Figures (`figure.exact`, `reported`, arithmetic, growth results' figures). @internal */
export const FIGURE_BRAND: Brand<object> = /* @__PURE__ */ brand();
/** Exchange rates (`fx.rate`, `invert`, `cross`, lookups). @internal */
export const RATE_BRAND: Brand<object> = /* @__PURE__ */ brand();
/** Custom currencies (`money.defineCurrency`); the ISO entries are the registry's own. @internal */
export const CURRENCY_BRAND: Brand<object> = /* @__PURE__ */ brand();
/** Agreements (`agreement.create`, `agreement.amend`, `AgreementSchema`). @internal */
export const AGREEMENT_BRAND: Brand<object> = /* @__PURE__ */ brand();
/** Zones (`zone.create`, `ZoneSchema`). @internal */
export const ZONE_BRAND: Brand<object> = /* @__PURE__ */ brand();
/** Capacity plans (`capacity.plan`, `capacity.addStatusChange`). @internal */
export const CAPACITY_BRAND: Brand<object> = /* @__PURE__ */ brand();
/** Milestones (`milestone.of`, `reviseTarget`, `achieve`, `report`). @internal */
export const MILESTONE_BRAND: Brand<object> = /* @__PURE__ */ brand();
