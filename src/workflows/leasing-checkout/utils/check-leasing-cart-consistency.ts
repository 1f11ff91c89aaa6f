import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { isLeasingLine } from "../../../modules/leasing/utils/leasing-line-data"
import { LeasingError } from "../../../utils/leasing-errors"

type CheckedItem = {
  id: string
  quantity: number | string
  metadata: Record<string, unknown> | null
  tax_lines?: unknown[] | null
}

/** The cart fields `checkLeasingCartConsistency` reads (the readiness step reads them with its own, once). */
export const CONSISTENCY_FIELDS = [
  "id",
  "total",
  "region.automatic_taxes",
  "shipping_address.country_code",
  "items.id",
  "items.quantity",
  "items.metadata",
  "items.tax_lines.id",
  "payment_collection.amount",
]

/**
 * Refuses to turn an inconsistent leasing cart into an order (409 CART_INCONSISTENT): a line that
 * is not a device, a device line whose quantity is not 1 (one line is one device and one contract;
 * only a Medusa line-item route could have changed it), a device without tax lines where the
 * region computes taxes for the shipping country, or a payment collection that asks for another
 * amount than the cart's total. Core's completion checks none of these (it does not compare the
 * authorised amount with the total).
 */
export async function checkLeasingCartConsistency(scope: MedusaContainer, cart: Record<string, any>) {
  const items = ((cart?.items ?? []) as (CheckedItem | null)[]).filter((i): i is CheckedItem => !!i)
  const stray = items.filter((i) => !isLeasingLine(i))
  if (stray.length) {
    throw new LeasingError(
      "CART_INCONSISTENT",
      `The cart has ${stray.length} line(s) that are not devices; update the cart again before checkout.`
    )
  }
  const multiple = items.filter((i) => Number(i.quantity) !== 1)
  if (multiple.length) {
    throw new LeasingError(
      "CART_INCONSISTENT",
      `The cart has ${multiple.length} device line(s) whose quantity is not 1; update the cart again before checkout.`
    )
  }
  const country = cart.shipping_address?.country_code
  if (cart.region?.automatic_taxes && country && items.some((i) => !i.tax_lines?.length)) {
    const taxRegions = await scope
      .resolve(Modules.TAX)
      .listTaxRegions({ country_code: country.toLowerCase() }, { take: 1 })
    if (taxRegions.length) {
      throw new LeasingError(
        "CART_INCONSISTENT",
        "Some devices have no tax lines; update the cart again before checkout."
      )
    }
  }
  const collection = cart.payment_collection
  if (collection && Number(collection.amount) !== Number(cart.total)) {
    throw new LeasingError(
      "CART_INCONSISTENT",
      `The payment collection asks for ${collection.amount} but the cart's total is ${cart.total}; initiate the payment again.`
    )
  }
}
