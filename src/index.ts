/**
 * accordo: immutable typed values and pure functions for industrial investment
 * agreements and the economic figures reported around them.
 *
 * Each domain is a namespace (`money`, `fx`, `figure`, `period`, `growth`,
 * `agreement`, `capacity`, `milestone`, `zone`, `io`), also published as its own
 * subpath (`accordo/money`, ...). Types are exported by name. The zod schemas
 * live in `accordo/schemas`, so that this entry never loads zod.
 *
 * @module accordo
 */
export * as money from "./money/index.js";
export * as fx from "./fx/index.js";
export * as figure from "./figure/index.js";
export * as period from "./period/index.js";
export * as growth from "./growth/index.js";
export * as agreement from "./agreement/index.js";
export * as capacity from "./capacity/index.js";
export * as milestone from "./milestone/index.js";
export * as zone from "./zone/index.js";
export * as io from "./io/index.js";

export type * from "./money/types.js";
export type * from "./fx/types.js";
export type * from "./figure/types.js";
export type * from "./period/types.js";
export type * from "./growth/types.js";
export type * from "./agreement/types.js";
export type * from "./capacity/types.js";
export type * from "./milestone/types.js";
export type * from "./zone/types.js";
export type * from "./sources/types.js";
export type * from "./io/types.js";
export type * from "./io/types.js";

export { AccordoError, ERROR_CODES, isAccordoError } from "./errors.js";
export type { AccordoErrorCode, AccordoErrorDetails } from "./errors.js";
export type { Decimal, DecimalInput, RoundingMode } from "./decimal.js";
