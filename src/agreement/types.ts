/** Public types of the `agreement` namespace. @module */
export {};
