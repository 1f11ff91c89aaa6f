/** The currency codes a store sells in, from a query of `store.supported_currencies.currency_code`. */
export function storeCurrencyCodes(
  stores: { supported_currencies?: ({ currency_code: string } | null)[] | null }[]
): string[] {
  return (stores[0]?.supported_currencies ?? []).flatMap((c) => (c ? [c.currency_code] : []))
}
