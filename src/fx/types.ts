/** Public types of the `fx` namespace. @module */
export {};
