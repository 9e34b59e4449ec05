/**
 * The `figure` namespace.
 *
 * @module
 */
export {};
