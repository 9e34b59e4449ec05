/**
 * The list of accordo's schemas by type name, for tools (the JSON Schema
 * generator) and for callers that pick a schema at run time.
 *
 * @module
 */
import { AgreementSchema } from "./agreement.js";
import { SourceSchema } from "./sources.js";
import { CapacityPlanSchema } from "./capacity.js";
import type { Schema } from "./core.js";
import { FigureSchema } from "./figure.js";
import { GrowthRateSchema, PercentagePointsSchema } from "./growth.js";
import { ExchangeRateSchema, RateTableSchema } from "./fx.js";
import { MilestoneSchema } from "./milestone.js";
import { CurrencySchema, MoneySchema } from "./money.js";
import { DecimalSchema, IsoDateSchema, PeriodSchema } from "./primitives.js";
import { ObservationSchema, ZoneSchema } from "./zone.js";

/**
 * Every schema of accordo by the name of its type (`"Money"`, `"Period"`,
 * ...), frozen. The build writes the JSON Schema of each to
 * `dist/json-schema/<name>.json`.
 *
 * @example
 * {@includeCode ../../test/schemas/examples.test.ts#SCHEMAS}
 * @category Helpers
 * @since 0.1.0
 */
export const SCHEMAS: Readonly<Record<string, Schema<unknown>>> = Object.freeze({
  Decimal: DecimalSchema,
  IsoDate: IsoDateSchema,
  Period: PeriodSchema,
  Currency: CurrencySchema,
  Money: MoneySchema,
  Figure: FigureSchema,
  GrowthRate: GrowthRateSchema,
  PercentagePoints: PercentagePointsSchema,
  ExchangeRate: ExchangeRateSchema,
  RateTable: RateTableSchema,
  CapacityPlan: CapacityPlanSchema,
  Milestone: MilestoneSchema,
  Source: SourceSchema,
  Agreement: AgreementSchema,
  Observation: ObservationSchema,
  Zone: ZoneSchema,
} as Record<string, Schema<unknown>>);
