/**
 * The `agreement` namespace.
 *
 * @module
 */
export {};
