/** Public types of the `capacity` namespace. @module */
export {};
