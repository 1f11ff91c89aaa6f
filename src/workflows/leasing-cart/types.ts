import { HttpTypes } from "@medusajs/framework/types"
import { AcquisitionMode, KeyboardLayout } from "../../modules/leasing/constants"
import { PricedDevice } from "../leasing-catalog/types"

/** Who updates the cart: the company resolved from the caller's credentials. */
export type CartCaller = { company_id: string; scope: "READ" | "WRITE" }

/** A reference to a record by its Medusa id or its positive integer alias. */
export type RecordRef = string | number

/** One device of `order_items`, as both contracts send it. */
export type OrderItemInput = {
  /** Catalog product: the variant id or its integer alias. */
  product_id: RecordRef
  delivery_country: string
  keyboard_layout?: KeyboardLayout | null
  acquisition_mode?: AcquisitionMode
  /** Company user the device is assigned to. */
  user_id?: RecordRef | null
  /** One of the company's saved addresses. */
  shipping_address_id?: RecordRef | null
}

/** The fields of Medusa's own cart update (`POST /store/carts/:id`), applied with core's semantics. */
export type CoreCartUpdate = HttpTypes.StoreUpdateCart

export type LeasingUpdateCartInput = {
  cart_id: string
  /** Null for a storefront call without company credentials (only on carts no company owns). */
  caller: CartCaller | null
  purchaser_id?: RecordRef | null
  /** Replaces the cart's devices; omitted: the devices stay (re-priced on a region change). */
  order_items?: OrderItemInput[]
  update?: CoreCartUpdate
  additional_data?: Record<string, unknown>
}

/** A device of the cart as stored: its line item and its leasing line. */
export type CartDevice = {
  line_item_id: string
  leasing_line_id: string
  unit_price: number
  variant_id: string
  acquisition_mode: AcquisitionMode
  keyboard_layout: KeyboardLayout | null
  delivery_country: string
  assignee_user_id: string | null
  shipping_address_id: string | null
  lease_term_months: number | null
  rank: number
}

/** A priced device with its company references resolved, ready to be written. */
export type DeviceToWrite = PricedDevice & {
  assignee_user_id: string | null
  shipping_address_id: string | null
  rank: number
}
