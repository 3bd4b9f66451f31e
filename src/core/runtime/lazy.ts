/**
 * A value built on first use, then kept. Core's indexes over the dataset (figures with their
 * provenance, alias maps, the catalogue) are built this way rather than at module evaluation:
 * the page evaluates core before the functions can register with Excel (the cold start, `npm run
 * bench`), and a register-then-calculate start should not wait for tables only a call reads.
 */
export function lazy<T>(build: () => T): () => T {
  let built: { readonly value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}
