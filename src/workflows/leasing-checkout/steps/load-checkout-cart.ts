import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import CompanyModuleService from "../../../modules/company/service"
import { parseRecordRef } from "../../../modules/company/utils/record-ref"
import { cartDevicesOf } from "../../../modules/leasing/utils/leasing-line-data"
import { LeasingError, LeasingErrorCode, CART_NOT_FOUND_MESSAGE } from "../../../utils/leasing-errors"
import { CartDevice, RecordRef } from "../../leasing-cart/types"
import { CheckoutCart, LeasingCompleteCartInput } from "../types"
import { READINESS_FIELDS, readinessSnapshot } from "../utils/readiness-snapshot"

// With the readiness checks' fields (totals included): validate reads the cart once, twice
// only when it adds a shipping method.
const FIELDS = [
  ...READINESS_FIELDS,
  "completed_at",
  "currency_code",
  "sales_channel_id",
  "region.id",
  "region.name",
  "region.currency_code",
  "customer.groups.id",
  "leasing_cart.*",
  "items.variant_id",
  "items.unit_price",
]

type LoadedItem = { id: string; variant_id: string; unit_price: unknown; metadata: Record<string, unknown> | null }

/** A user of the company, by id or integer alias, or the error naming what it was meant to be. */
async function companyUser(
  service: CompanyModuleService,
  companyId: string,
  ref: RecordRef,
  code: LeasingErrorCode,
  what: string
) {
  const parsed = parseRecordRef(ref)
  const [user] = parsed
    ? await service.listLeasingCompanyUsers({ company_id: companyId, ...parsed }, { select: ["id"], take: 1 })
    : []
  if (!user) {
    throw new LeasingError(code, `${what} ${ref} is not one of your company's users.`)
  }
  return user.id
}

export const loadCheckoutCartStepId = "leasing-load-checkout-cart"
/**
 * Reads the cart to check out and decides whether it can be: the caller's company's cart (else
 * 404), not already an order (409 ORDER_STATUS_TRANSITION_FORBIDDEN), not mid-update (409
 * VALIDATE_CART_CONFLICT), with devices (400 VALIDATE_CART_NO_DEVICES), and a purchaser and
 * signatory among the company's users (400 INVALID_USER). Fleet's validate codes: the checkout is
 * the platform's validate (Medusa's complete route runs it too).
 */
export const loadCheckoutCartStep = createStep(
  loadCheckoutCartStepId,
  async ({ cart_id, caller, purchaser_id, signatory_id }: LeasingCompleteCartInput, { container }) => {
    if (caller.scope !== "WRITE") {
      throw new LeasingError("INSUFFICIENT_SCOPE", "Validating a cart needs WRITE scope.")
    }
    const { data } = await container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "cart", fields: FIELDS, filters: { id: cart_id } })
    const cart = data[0]
    const record = cart?.leasing_cart
    if (!cart || !record || record.company_id !== caller.company_id) {
      throw new LeasingError("CART_NOT_FOUND", CART_NOT_FOUND_MESSAGE)
    }
    if (cart.completed_at || record.order_id) {
      throw new LeasingError(
        "ORDER_STATUS_TRANSITION_FORBIDDEN",
        "This cart has already been validated: it is an order now."
      )
    }
    if (record.pending_update) {
      throw new LeasingError(
        "VALIDATE_CART_CONFLICT",
        "The cart's previous update is still being completed. Retry shortly."
      )
    }
    const devices: CartDevice[] = cartDevicesOf(cart.items as (LoadedItem | null)[], record.device_order)
    if (!devices.length) {
      throw new LeasingError("VALIDATE_CART_NO_DEVICES", "The cart has no devices to order.")
    }

    const users = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const purchaser =
      purchaser_id != null
        ? await companyUser(users, caller.company_id, purchaser_id, "INVALID_USER", "Purchaser")
        : record.purchaser_user_id
    if (!purchaser) {
      throw new LeasingError("PURCHASER_REQUIRED", "Name the purchaser (purchaser_id) before the cart can be ordered.")
    }
    const signatory =
      signatory_id != null
        ? await companyUser(users, caller.company_id, signatory_id, "INVALID_USER", "Signatory")
        : purchaser
    const customer = cart.customer as { groups?: ({ id: string } | null)[] } | null
    const checkout: CheckoutCart = {
      cart_id,
      company_id: record.company_id,
      leasing_cart: {
        id: record.id,
        order_number: Number(record.order_number),
        purchaser_user_id: record.purchaser_user_id ?? null,
        signatory_user_id: record.signatory_user_id ?? null,
      },
      currency_code: cart.currency_code,
      region: { id: cart.region!.id, name: cart.region!.name, currency_code: cart.region!.currency_code },
      sales_channel_id: (cart.sales_channel_id as string | null) ?? null,
      customer_group_ids: (customer?.groups ?? []).flatMap((g) => (g ? [g.id] : [])),
      devices,
      readiness: readinessSnapshot(cart),
      purchaser_user_id: purchaser,
      signatory_user_id: signatory,
    }
    return new StepResponse(checkout)
  }
)
