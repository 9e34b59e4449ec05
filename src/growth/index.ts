/**
 * The `growth` namespace.
 *
 * @module
 */
export {};
