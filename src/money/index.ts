/**
 * The `money` namespace.
 *
 * @module
 */
export {};
