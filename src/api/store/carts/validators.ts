import { z } from "@medusajs/framework/zod"
import { AcquisitionModeSchema, IsoCountry, KeyboardLayoutSchema } from "../../utils/leasing-validators"

/** The platform names records by positive integers; Medusa ids are accepted too. */
const RecordRef = z.union([
  z.number().int().positive(),
  z.string().regex(/^([1-9]\d*|[a-z]+_[0-9A-Za-z]+)$/, "must be a positive integer id or a Medusa id"),
])

export const OrderItem = z
  .object({
    product_id: RecordRef,
    delivery_country: IsoCountry,
    keyboard_layout: KeyboardLayoutSchema.nullish(),
    user_id: RecordRef.nullish(),
    shipping_address_id: RecordRef.nullish(),
    acquisition_mode: AcquisitionModeSchema.default("LEASING"),
    // Checked against the offer's terms by the catalog rules (LEASE_TERM_NOT_OFFERED / _NOT_APPLICABLE).
    lease_term_months: z.number({ message: "lease_term_months must be a number of months" }).int("lease_term_months must be an integer").nullish(),
  })
  .strict()

/** `additional_data` of Medusa's `POST /store/carts/:id`. */
export const leasingCartAdditionalData = {
  purchaser_id: RecordRef.nullish(),
  order_items: z.array(OrderItem).min(1, "order_items needs at least one device").max(200).optional(),
}

/** The leasing platform's `PATCH /carts/{order_id}` body: at least one of the two fields. */
export const PatchLeasingCart = z
  .object({
    purchaser_id: RecordRef.nullish(),
    order_items: z.array(OrderItem).min(1, "order_items needs at least one device").max(200).optional(),
  })
  .strict()
  .refine((body) => body.order_items !== undefined || body.purchaser_id !== undefined, {
    message: "Send purchaser_id, order_items or both",
  })
export type PatchLeasingCartType = z.infer<typeof PatchLeasingCart>

/** The leasing platform's `POST /carts/{order_id}/validate` body. */
export const ValidateLeasingCart = z
  .object({
    purchaser_id: RecordRef,
    signatory_id: RecordRef.nullish(),
  })
  .strict()
export type ValidateLeasingCartType = z.infer<typeof ValidateLeasingCart>
