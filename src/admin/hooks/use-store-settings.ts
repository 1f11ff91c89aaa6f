import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { leasingKeys } from "./query-keys"

/** Countries served by a region and the store's currencies: what an offer can use. */
export const useStoreSettings = () =>
  useQuery({
    queryKey: leasingKeys.storeSettings,
    queryFn: async () => {
      const [{ regions }, { stores }] = await Promise.all([
        sdk.admin.region.list({ fields: "countries.iso_2", limit: 1000 }),
        sdk.admin.store.list({ fields: "supported_currencies.currency_code" }),
      ])
      const isoCodes = regions.flatMap((region) =>
        (region.countries ?? []).map((country) => (country.iso_2 ?? "").toUpperCase())
      )
      return {
        countries: [...new Set(isoCodes.filter(Boolean))].sort(),
        currencies: (stores[0]?.supported_currencies ?? []).map((currency) => currency.currency_code),
      }
    },
    staleTime: 5 * 60_000,
  })
