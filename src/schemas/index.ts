/**
 * zod 4 schemas for every accordo type.
 *
 * @module
 */
export {};
