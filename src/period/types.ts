/** Public types of the `period` namespace. @module */
export {};
