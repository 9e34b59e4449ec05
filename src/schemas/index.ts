/**
 * zod 4 schemas for every accordo type: parse JSON into frozen, validated
 * values, write them back as JSON, and export JSON Schema for users outside
 * TypeScript. This is the only entry of accordo that loads zod, so code that
 * only uses money, fx or growth never bundles it.
 *
 * ```ts
 * import { parse, toJSON, MoneySchema } from "accordo/schemas";
 * const gdp = parse(MoneySchema, JSON.parse('{"amount":"193480000000","currency":"CNY"}'));
 * toJSON(MoneySchema, gdp); // { amount: "193480000000", currency: "CNY" }
 * ```
 *
 * The JSON forms: decimals are strings (`"193.48"`, never JSON numbers, which
 * are inexact); calendar days are ISO 8601 dates (`"2021-11-27"`); periods are
 * SDMX-style strings (`"2024-S1"`, `"2021-Q1/2021-Q3"`); currencies are ISO
 * 4217 codes. Objects are strict: an unknown key is an error, not silently
 * dropped, so a misspelt field never passes unseen; keys such as `__proto__`,
 * `constructor` and `prototype` never reach a result.
 *
 * Each schema is a zod 4 codec (`z.decode` / `z.encode`) and can be composed
 * with other zod schemas; validation is delegated to the constructors of each
 * namespace (`money.of`, `period.parse`, ...), whose errors surface as issues
 * at the right path with their original code.
 *
 * @module
 */
export { jsonSchema, parse, safeParse, safeToJSON, toJSON } from "./core.js";
export type { SafeParseResult, Schema, SchemaIssue } from "./core.js";
export { DecimalSchema, IsoDateSchema, PeriodSchema } from "./primitives.js";
export { CurrencySchema, MoneySchema } from "./money.js";
export type { CurrencyJSON, CustomCurrencyJSON, MoneyDocument } from "./money.js";
export { FigureSchema } from "./figure.js";
export type { FigureJSON } from "./figure.js";
export { GrowthRateSchema, PercentagePointsSchema } from "./growth.js";
export type { GrowthRateJSON, PercentagePointsJSON } from "./growth.js";
export { ExchangeRateSchema, RateTableSchema } from "./fx.js";
export type { ExchangeRateDocument, RateTableDocument } from "./fx.js";
export { CapacityPlanSchema } from "./capacity.js";
export type { CapacityPlanJSON, PhaseJSON, PhaseStatusChangeJSON } from "./capacity.js";
export { MilestoneSchema } from "./milestone.js";
export type { DatedAccountJSON, MilestoneJSON } from "./milestone.js";
export { AgreementSchema } from "./agreement.js";
export { SourceSchema } from "./sources.js";
export type { AgreementJSON, AgreementPartyJSON, AmendmentJSON, CommitmentJSON, FacilityJSON } from "./agreement.js";
export type { LocalizedNameJSON, SourceJSON } from "./sources.js";
export { ObservationSchema, ZoneSchema } from "./zone.js";
export type { ObservationJSON, ZoneJSON } from "./zone.js";
export { SCHEMAS } from "./registry.js";
