/**
 * The `capacity` namespace.
 *
 * @module
 */
export {};
