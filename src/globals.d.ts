/**
 * The few platform globals accordo uses beyond ES2020, declared here because the library is
 * compiled without the DOM and Node type libraries (it must not depend on either). Each exists in
 * every browser accordo supports and in Node 20.
 */
declare global {
  /** Decodes bytes as UTF-8 text (WHATWG Encoding), incrementally with `{ stream: true }`. */
  class TextDecoder {
    constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
    decode(input?: Uint8Array, options?: { stream?: boolean }): string;
  }
}

export {};
