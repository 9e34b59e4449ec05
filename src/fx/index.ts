/**
 * The `fx` namespace.
 *
 * @module
 */
export {};
