/**
 * The `period` namespace.
 *
 * @module
 */
export {};
