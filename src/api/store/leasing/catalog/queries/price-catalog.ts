import { IPricingModuleService, PriceDTO } from "@medusajs/framework/types"
import {
  AcquisitionMode,
  PRICE_RULE_ACQUISITION_MODE,
  PRICE_RULE_DELIVERY_COUNTRY,
  PRICE_RULE_KEYBOARD_LAYOUT,
  PRICE_RULE_LEASE_TERM,
} from "../../../../../modules/leasing/constants"
import {
  CandidatePrice,
  selectLeasingPrice,
  SelectedPrice,
  SelectionContext,
} from "../../../../../workflows/leasing-catalog/utils/select-leasing-price"

export type CatalogPriceBook = {
  /**
   * The price of a price set for a mode and layout (null: the device has no keyboard); a lease's
   * for a term (the one asked for and the offer's default, which prices without a term serve).
   */
  priceOf(
    priceSetId: string,
    mode: AcquisitionMode,
    layout: string | null,
    leaseTerm?: { requested: number; default: number }
  ): SelectedPrice | null
}

function toCandidate(price: PriceDTO & { price_list_id?: string | null }): CandidatePrice {
  const list = price.price_list
  return {
    id: price.id,
    price_set_id: price.price_set_id as string,
    amount: Number(price.amount),
    min_quantity: price.min_quantity == null ? null : Number(price.min_quantity),
    rules: (price.price_rules ?? []).map((r) => ({ attribute: r.attribute, value: r.value })),
    price_list: list
      ? {
          id: list.id,
          type: String(list.type),
          status: String(list.status),
          starts_at: list.starts_at ?? null,
          ends_at: list.ends_at ?? null,
          rules: (list.price_list_rules ?? []).map((r) => ({ attribute: r.attribute, value: r.value })),
        }
      : null,
    orphaned: !list && !!price.price_list_id,
  }
}

/**
 * Every price a catalog page can show, in one call to the Pricing module per currency: the
 * prices of the page's price sets in that currency with their rules and price lists, from
 * which each (variant, mode, layout) price is chosen as `calculatePrices` would choose it
 * (see select-leasing-price.ts). Calling `calculatePrices` instead takes one call per
 * distinct context (2 modes x up to 11 layouts), each several statements.
 */
export async function loadCatalogPriceBook(
  pricing: IPricingModuleService,
  input: { price_set_ids: string[]; currency_code: string; delivery_country: string; customer_group_ids: string[] }
): Promise<CatalogPriceBook> {
  const prices = input.price_set_ids.length
    ? await pricing.listPrices(
        { price_set_id: input.price_set_ids, currency_code: input.currency_code.toLowerCase() },
        {
          select: [
            "id",
            "price_set_id",
            "amount",
            "min_quantity",
            "price_list_id",
            "price_rules.*",
            "price_list.*",
            "price_list.price_list_rules.*",
          ],
          relations: ["price_rules", "price_list", "price_list.price_list_rules"],
          take: null,
        }
      )
    : []
  const bySet = new Map<string, CandidatePrice[]>()
  for (const price of prices) {
    const candidate = toCandidate(price)
    bySet.set(candidate.price_set_id, [...(bySet.get(candidate.price_set_id) ?? []), candidate])
  }
  const now = new Date()
  return {
    priceOf(priceSetId, mode, layout, leaseTerm) {
      const context: SelectionContext = {
        [PRICE_RULE_ACQUISITION_MODE]: [mode],
        [PRICE_RULE_DELIVERY_COUNTRY]: [input.delivery_country],
        "customer.groups.id": input.customer_group_ids,
      }
      if (layout) context[PRICE_RULE_KEYBOARD_LAYOUT] = [layout]
      const term = mode === "LEASING" ? leaseTerm : undefined
      if (term) context[PRICE_RULE_LEASE_TERM] = [String(term.requested)]
      return selectLeasingPrice(bySet.get(priceSetId) ?? [], context, now, term)
    },
  }
}
