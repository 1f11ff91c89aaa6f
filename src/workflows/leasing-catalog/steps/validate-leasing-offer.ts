import { createStep } from "@medusajs/framework/workflows-sdk"
import { LeasingError } from "../../../utils/leasing-errors"
import { UpsertLeasingOfferInput } from "../types"

export type ValidateLeasingOfferStepInput = {
  offer: UpsertLeasingOfferInput
  variant?: { id: string } | null
  store_currencies: string[]
}

/** Business rules of an offer that a schema cannot express; throws before anything is written. */
export function assertValidLeasingOffer({ offer, variant, store_currencies }: ValidateLeasingOfferStepInput) {
  if (!variant) {
    throw new LeasingError("PRODUCT_NOT_FOUND", `Product variant ${offer.variant_id} does not exist.`)
  }
  if (!offer.has_keyboard && offer.keyboard_layouts.length) {
    throw new LeasingError(
      "KEYBOARD_LAYOUT_NOT_APPLICABLE",
      "A device without a keyboard cannot be offered in keyboard layouts."
    )
  }
  if (offer.has_keyboard && !offer.keyboard_layouts.length) {
    throw new LeasingError(
      "VALIDATION_ERROR",
      "A device with a keyboard must be offered in at least one keyboard layout."
    )
  }
  if (!offer.lease_terms_months.length) {
    throw new LeasingError("VALIDATION_ERROR", "An offer must allow at least one lease term.")
  }
  if (!offer.lease_terms_months.includes(offer.lease_term_months)) {
    throw new LeasingError(
      "LEASE_TERM_NOT_OFFERED",
      `The default lease term (${offer.lease_term_months} months) must be one of the offered terms (${offer.lease_terms_months.join(", ")}).`
    )
  }
  const seen = new Set<string>()
  for (const price of offer.prices) {
    const layout = price.keyboard_layout ?? null
    if (layout && !offer.has_keyboard) {
      throw new LeasingError(
        "KEYBOARD_LAYOUT_NOT_APPLICABLE",
        `A device without a keyboard cannot have a ${layout} price.`
      )
    }
    if (layout && !offer.keyboard_layouts.includes(layout)) {
      throw new LeasingError(
        "KEYBOARD_LAYOUT_NOT_OFFERED",
        `The ${layout} layout is not among the offered keyboard layouts.`
      )
    }
    if (!store_currencies.includes(price.currency_code)) {
      throw new LeasingError(
        "CURRENCY_NOT_SUPPORTED",
        `The store does not sell in ${price.currency_code.toUpperCase()} (it sells in ${store_currencies.join(", ").toUpperCase()}).`
      )
    }
    if (price.delivery_country && !offer.available_countries.includes(price.delivery_country)) {
      throw new LeasingError(
        "VALIDATION_ERROR",
        `A price for ${price.delivery_country} needs ${price.delivery_country} among the available countries.`
      )
    }
    if (price.acquisition_mode === "LEASING" && !offer.leasable) {
      throw new LeasingError("VALIDATION_ERROR", "A device that cannot be leased cannot have a lease price.")
    }
    if (price.acquisition_mode === "BUY" && !offer.purchasable) {
      throw new LeasingError("VALIDATION_ERROR", "A device that cannot be bought cannot have a purchase price.")
    }
    const term = price.lease_term_months ?? null
    if (term != null && price.acquisition_mode !== "LEASING") {
      throw new LeasingError("LEASE_TERM_NOT_APPLICABLE", "Only a lease price can be priced for a lease term.")
    }
    if (term != null && !offer.lease_terms_months.includes(term)) {
      throw new LeasingError(
        "LEASE_TERM_NOT_OFFERED",
        `A lease price for ${term} months needs ${term} among the offered terms.`
      )
    }
    const key = [price.acquisition_mode, price.currency_code, layout, price.delivery_country ?? null, term].join("|")
    if (seen.has(key)) {
      throw new LeasingError(
        "VALIDATION_ERROR",
        `Two ${price.acquisition_mode} prices in ${price.currency_code.toUpperCase()} apply to the same layout, country and term.`
      )
    }
    seen.add(key)
  }
}

export const validateLeasingOfferStepId = "leasing-validate-leasing-offer"
/**
 * Validates an offer and its prices against the variant and the store's currencies.
 */
export const validateLeasingOfferStep = createStep(
  validateLeasingOfferStepId,
  async (input: ValidateLeasingOfferStepInput) => {
    assertValidLeasingOffer(input)
  }
)
