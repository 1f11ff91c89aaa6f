import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { leasingKeys } from "./query-keys"

/** Products by title, for the offers page's product filter. */
export const useProductOptions = () =>
  useQuery({
    queryKey: leasingKeys.productOptions,
    queryFn: async () => {
      const { products } = await sdk.admin.product.list({ fields: "id,title", order: "title", limit: 1000 })
      return products.map((product) => ({ value: product.id, label: product.title }))
    },
    staleTime: 60_000,
  })
