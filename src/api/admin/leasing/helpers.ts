import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  PRICE_RULE_ACQUISITION_MODE,
  PRICE_RULE_DELIVERY_COUNTRY,
  PRICE_RULE_KEYBOARD_LAYOUT,
  PRICE_RULE_LEASE_TERM,
} from "../../../modules/leasing/constants"
import { offeredLeaseTerms } from "../../../modules/leasing/utils/lease-terms"
import { LeasingError } from "../../../utils/leasing-errors"
import { compareVariants } from "../../../utils/variant-order"
import { defaultAdminOfferFields } from "./offers/query-config"

type PriceWithRules = {
  id: string
  price_set_id?: string
  currency_code: string
  amount: unknown
  price_list?: unknown
  price_rules?: { attribute: string; value: string }[]
}

function toLeasingPrice(p: PriceWithRules) {
  const rule = (attribute: string) => p.price_rules?.find((r) => r.attribute === attribute)?.value ?? null
  return {
    id: p.id,
    acquisition_mode: rule(PRICE_RULE_ACQUISITION_MODE),
    currency_code: p.currency_code,
    amount: Number(p.amount),
    keyboard_layout: rule(PRICE_RULE_KEYBOARD_LAYOUT),
    delivery_country: rule(PRICE_RULE_DELIVERY_COUNTRY),
    lease_term_months: rule(PRICE_RULE_LEASE_TERM) == null ? null : Number(rule(PRICE_RULE_LEASE_TERM)),
  }
}

const priceOrder = (p: ReturnType<typeof toLeasingPrice>) =>
  `${p.acquisition_mode}|${p.currency_code}|${p.keyboard_layout ?? ""}|${p.delivery_country ?? ""}|${p.lease_term_months ?? ""}`

/** An offer with the terms it allows spelled out (an offer from before terms existed allows its default). */
function withTerms<T extends { lease_term_months: number | string; lease_terms_months?: unknown }>(
  offer: T | undefined
) {
  return offer ? { ...offer, lease_terms_months: offeredLeaseTerms(offer) } : null
}

/**
 * Variants (by id or by product) with their offer (or null) and their leasing prices, in three
 * queries whatever the number of variants: what the admin routes and the product widget show.
 */
export async function listVariantLeasingOffers(scope: MedusaContainer, filters: { id?: string; product_id?: string }) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "title", "sku", "product_id", "variant_rank", "price_set.id"],
    filters,
  })
  if (!variants.length) return []
  const variantIds = variants.map((v) => v.id)
  const priceSetIds = variants.flatMap((v) => (v.price_set?.id ? [v.price_set.id] : []))
  const [{ data: offers }, prices] = await Promise.all([
    query.graph({ entity: "leasing_offer", fields: defaultAdminOfferFields, filters: { variant_id: variantIds } }),
    priceSetIds.length
      ? scope
          .resolve(Modules.PRICING)
          .listPrices({ price_set_id: priceSetIds }, { relations: ["price_rules", "price_list"] })
      : Promise.resolve([]),
  ])
  const leasingPrices = (prices as PriceWithRules[]).filter(
    (p) => !p.price_list && p.price_rules?.some((r) => r.attribute === PRICE_RULE_ACQUISITION_MODE)
  )
  return variants.sort(compareVariants).map(({ price_set, variant_rank: _rank, ...variant }) => ({
    variant,
    offer: withTerms(offers.find((o) => o.variant_id === variant.id)),
    prices: leasingPrices
      .filter((p) => p.price_set_id === price_set?.id)
      .map(toLeasingPrice)
      .sort((a, b) => priceOrder(a).localeCompare(priceOrder(b))),
  }))
}

/** One variant's offer and leasing prices; PRODUCT_NOT_FOUND for an unknown variant. */
export async function getVariantLeasingOffer(scope: MedusaContainer, variantId: string) {
  const [found] = await listVariantLeasingOffers(scope, { id: variantId })
  if (!found) {
    throw new LeasingError("PRODUCT_NOT_FOUND", `Product variant ${variantId} does not exist.`)
  }
  return found
}
