/**
 * The known codes of the zone namespace's open codelist of indicators.
 *
 * @module
 */
import type { KnownIndicator } from "./types.js";

/**
 * The known indicators ({@link KnownIndicator}), frozen. Other codes are
 * accepted wherever an indicator is expected.
 *
 * @example
 * {@includeCode ../../test/zone/examples.test.ts#indicators}
 * @category Codelists
 * @since 0.1.0
 */
export const INDICATORS: readonly KnownIndicator[] = /* @__PURE__ */ Object.freeze([
  "gdp",
  "industrialOutput",
  "industrialValueAdded",
  "fixedAssetInvestment",
  "retailSales",
  "fiscalRevenue",
  "foreignInvestment",
  "exports",
  "imports",
  "operatingRevenue",
] as const);
