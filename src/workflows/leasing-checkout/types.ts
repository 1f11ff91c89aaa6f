import { CartCaller, CartDevice, RecordRef } from "../leasing-cart/types"
import { ReadinessCart } from "./utils/readiness-snapshot"

export type LeasingCompleteCartInput = {
  cart_id: string
  caller: CartCaller
  /** The platform's validate names the purchaser; Medusa's complete keeps the cart's. */
  purchaser_id?: RecordRef
  /** Who signs the lease contracts; the purchaser when omitted. */
  signatory_id?: RecordRef | null
  additional_data?: Record<string, unknown>
}

/** A leasing cart about to be checked out, as the checkout reads it. */
export type CheckoutCart = {
  cart_id: string
  company_id: string
  leasing_cart: { id: string; order_number: number; purchaser_user_id: string | null; signatory_user_id: string | null }
  currency_code: string
  region: { id: string; name: string; currency_code: string }
  /** Its devices must still be sold in this channel at checkout. */
  sales_channel_id: string | null
  customer_group_ids: string[]
  devices: CartDevice[]
  /** What the readiness checks read (see checkCheckoutReadinessStep); the shipping choice reads it too. */
  readiness: ReadinessCart
  purchaser_user_id: string
  signatory_user_id: string
}
