/** Public types of the `zone` namespace. @module */
export {};
