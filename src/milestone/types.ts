/** Public types of the `milestone` namespace. @module */
export {};
