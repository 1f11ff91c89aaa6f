/** The platform's list body. */
export function platformList<T>(data: T[], meta: { total: number; limit: number; offset: number }) {
  return { data, meta }
}
