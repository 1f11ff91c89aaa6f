import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  AdminLeasingOfferListParams,
  AdminLeasingOfferListResponse,
  AdminProductLeasingOffersResponse,
  AdminUpsertLeasingOffer,
  AdminVariantLeasingOfferResponse,
} from "../../types/leasing"
import { toastError } from "../lib/errors"
import { sdk } from "../lib/sdk"
import { leasingKeys } from "./query-keys"

/** The catalog's offers, each with its variant and product names. */
const OFFER_LIST_FIELDS =
  "+product_variant.id,+product_variant.title,+product_variant.sku,+product_variant.product.id,+product_variant.product.title"

export const useLeasingOffers = (params: AdminLeasingOfferListParams) =>
  useQuery({
    queryKey: leasingKeys.offers.list(params),
    queryFn: () =>
      sdk.client.fetch<AdminLeasingOfferListResponse>("/admin/leasing/offers", {
        query: { ...params, fields: OFFER_LIST_FIELDS },
      }),
    placeholderData: keepPreviousData,
  })

/** Every variant of a product with its offer and leasing prices (the product page's widget). */
export const useProductLeasingOffers = (productId: string) =>
  useQuery({
    queryKey: leasingKeys.offers.product(productId),
    queryFn: () => sdk.client.fetch<AdminProductLeasingOffersResponse>(`/admin/leasing/products/${productId}/offers`),
  })

/** Saves one variant's offer and prices; every offer list and product widget is refetched. */
export const useUpsertLeasingOffer = (variantId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: AdminUpsertLeasingOffer) =>
      sdk.client.fetch<AdminVariantLeasingOfferResponse>(`/admin/leasing/variants/${variantId}/offer`, {
        method: "POST",
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: leasingKeys.offers.all }),
    onError: toastError,
  })
}
