/**
 * The `zone` namespace.
 *
 * @module
 */
export {};
