import { UpdateCartWorkflowInputDTO } from "@medusajs/framework/types"
import { AcquisitionMode, KeyboardLayout } from "../../modules/leasing/constants"
import { LeasingLineData } from "../../modules/leasing/utils/leasing-line-data"
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
  /** LEASING only: one of the offer's terms; omitted, the offer's default term. */
  lease_term_months?: number | null
  /** Company user the device is assigned to. */
  user_id?: RecordRef | null
  /** One of the company's saved addresses. */
  shipping_address_id?: RecordRef | null
  /** Upgrade: a running lease contract of the company (number or `lcon_` id) this device replaces. */
  replaces_contract_id?: RecordRef | null
}

/** The fields of Medusa's own cart update (`POST /store/carts/:id`), applied with core's semantics. */
export type CoreCartUpdate = Omit<UpdateCartWorkflowInputDTO, "id"> & { promo_codes?: string[] }

export type LeasingUpdateCartInput = {
  cart_id: string
  /** Null for a storefront call without company credentials (only on carts no company owns). */
  caller: CartCaller | null
  purchaser_id?: RecordRef | null
  /** Replaces the cart's devices; omitted: the devices stay (re-priced on a region change). */
  order_items?: OrderItemInput[]
  /** Cart-level mode (the platform's PATCH): every device switches to it and is priced anew. */
  acquisition_mode?: AcquisitionMode
  update?: CoreCartUpdate
  additional_data?: Record<string, unknown>
}

/** A device of the cart as stored: its line item, with the leasing data of its metadata. */
export type CartDevice = LeasingLineData & {
  line_item_id: string
  variant_id: string
  /** Monthly rent of a leased device, one-time price of a bought one. */
  amount: number
}

/** A priced device with its company references resolved, ready to be written. */
export type DeviceToWrite = PricedDevice & {
  assignee_user_id: string | null
  shipping_address_id: string | null
  /** Upgrade: the contract (checked) this device replaces. */
  replaces_contract_id?: string | null
}

/** A device line to insert: its line item id and device number are chosen before the write. */
export type NewDeviceLine = { line_item_id: string; device_number: number; device: DeviceToWrite }

/** The leasing record of a cart, as the update reads and writes it. */
export type LeasingCartRecord = {
  id: string
  company_id: string
  order_number: number
  purchaser_user_id: string | null
  default_address_id: string | null
  device_order: string[] | null
  pending_update: PendingUpdate | null
}

/**
 * The marker an update writes before its first device write and clears with its last: the line
 * items the cart had and the ones it is to have. A cart found with it was interrupted.
 */
export type PendingUpdate = { started_at: string; previous_item_ids: string[]; target_item_ids: string[] }
