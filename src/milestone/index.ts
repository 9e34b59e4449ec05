/**
 * The `milestone` namespace.
 *
 * @module
 */
export {};
