// cookie 0.7 (express's own, at the top of node_modules) ships no types: what the API uses of it.
// cookie 1.x ships its own; this file goes when the dependency moves to it.
declare module 'cookie' {
  /** The cookies of a `Cookie` header, by name (the first of a repeated name), URI-decoded. */
  export function parse(header: string): Record<string, string | undefined>;
}
