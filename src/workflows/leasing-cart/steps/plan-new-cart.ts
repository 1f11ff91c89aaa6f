import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import { COMPANY_ADDRESS_POSTAL_FIELDS } from "../../../modules/company/constants"
import CompanyModuleService from "../../../modules/company/service"
import { parseRecordRef } from "../../../modules/company/utils/record-ref"
import { LEASING_MODULE } from "../../../modules/leasing"
import LeasingModuleService from "../../../modules/leasing/service"
import { LeasingError } from "../../../utils/leasing-errors"
import { RecordRef } from "../types"

export type PlanNewCartStepInput = { company_id: string; purchaser_id: RecordRef; delivery_countries: string[] }

/** Everything a new company cart is created with: its region, purchaser, email and shipping address. */
export type NewCartPlan = {
  region_id: string
  purchaser_user_id: string
  email: string
  shipping_address: Record<string, string | null> | null
}

export const planNewCartStepId = "leasing-plan-new-cart"
/**
 * Reads and checks for the platform's `POST /carts` (no writes): the purchaser is one of the
 * company's users (400 PURCHASER_NOT_IN_COMPANY) with no open cart yet (409 CART_ALREADY_EXISTS:
 * one open cart per purchaser, as the leasing platform); every device's country is served (404
 * DELIVERY_COUNTRY_NOT_FOUND) by one region (400 DELIVERY_COUNTRY_NOT_IN_REGION), the cart's
 * region. The cart ships to the company's default address when it lies in one of the devices'
 * countries, else to its first address in the first device's country.
 */
export const planNewCartStep = createStep(planNewCartStepId, async (input: PlanNewCartStepInput, { container }) => {
  const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
  const ref = parseRecordRef(input.purchaser_id)
  const [purchaser] = ref
    ? await companies.listLeasingCompanyUsers(
        { company_id: input.company_id, ...ref },
        { select: ["id", "email"], take: 1 }
      )
    : []
  if (!purchaser) {
    throw new LeasingError("PURCHASER_NOT_IN_COMPANY", `User ${input.purchaser_id} is not one of your company's users.`)
  }

  const open = await container
    .resolve<LeasingModuleService>(LEASING_MODULE)
    .listLeasingCarts(
      { company_id: input.company_id, purchaser_user_id: purchaser.id, order_id: null },
      { select: ["cart_id", "order_number"] }
    )
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  if (open.length) {
    const { data: carts } = await query.graph({
      entity: "cart",
      fields: ["id", "completed_at"],
      filters: { id: open.map((c) => c.cart_id) },
    })
    const openCart = open.find((c) => carts.some((cart) => cart.id === c.cart_id && !cart.completed_at))
    if (openCart) {
      throw new LeasingError(
        "CART_ALREADY_EXISTS",
        `User ${input.purchaser_id} already has an open cart: ${openCart.order_number}. Update or validate it.`
      )
    }
  }

  const countries = [...new Set(input.delivery_countries.map((c) => c.toLowerCase()))]
  const { data: served } = await query.graph({
    entity: "country",
    fields: ["iso_2", "region_id"],
    filters: { iso_2: countries },
  })
  const missing = countries.filter((c) => !served.some((s) => s.iso_2 === c && s.region_id))
  if (missing.length) {
    throw new LeasingError(
      "DELIVERY_COUNTRY_NOT_FOUND",
      `No region delivers to ${missing.map((c) => c.toUpperCase()).join(", ")}.`
    )
  }
  const regionIds = [...new Set(served.map((s) => s.region_id as string))]
  if (regionIds.length !== 1) {
    throw new LeasingError(
      "DELIVERY_COUNTRY_NOT_IN_REGION",
      "The devices' countries lie in several regions: one cart serves one region."
    )
  }

  const addresses = await companies.listLeasingCompanyAddresses(
    { company_id: input.company_id },
    { order: { number: "ASC" } }
  )
  const inCountries = addresses.filter((a) => countries.includes(a.country_code.toLowerCase()))
  const address =
    inCountries.find((a) => a.is_default) ??
    inCountries.find((a) => a.country_code.toLowerCase() === countries[0]) ??
    inCountries[0]
  const plan: NewCartPlan = {
    region_id: regionIds[0],
    purchaser_user_id: purchaser.id,
    email: purchaser.email,
    shipping_address: address
      ? {
          ...Object.fromEntries(COMPANY_ADDRESS_POSTAL_FIELDS.map((f) => [f, address[f] ?? null])),
          // Core's cart addresses hold country codes in lower case.
          country_code: address.country_code.toLowerCase(),
        }
      : null,
  }
  return new StepResponse(plan)
})
