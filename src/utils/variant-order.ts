/** Variants as Medusa Admin lists them: by rank, then by title with numbers in numeric order. */
export function compareVariants(
  a: { variant_rank?: number | null; title: string },
  b: { variant_rank?: number | null; title: string }
) {
  return (a.variant_rank ?? 0) - (b.variant_rank ?? 0) || a.title.localeCompare(b.title, "en", { numeric: true })
}
