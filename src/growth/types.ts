/** Public types of the `growth` namespace. @module */
export {};
