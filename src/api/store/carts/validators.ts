import { z } from "@medusajs/framework/zod"
import { PlatformListQuery } from "../../utils/platform-validation"
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
    lease_term_months: z
      .number({ message: "lease_term_months must be a number of months" })
      .int("lease_term_months must be an integer")
      .nullish(),
    // Upgrade: the running contract this device replaces (checked against the upgrade rule).
    replaces_contract_id: RecordRef.nullish(),
  })
  .strict()

/** `additional_data` of Medusa's `POST /store/carts/:id`. */
export const leasingCartAdditionalData = {
  purchaser_id: RecordRef.nullish(),
  order_items: z.array(OrderItem).min(1, "order_items needs at least one device").max(200).optional(),
}

/** The leasing platform's `PATCH /carts/{order_id}` body: at least one of the three fields. */
export const PatchLeasingCart = z
  .object({
    purchaser_id: RecordRef.nullish(),
    order_items: z.array(OrderItem).min(1, "order_items needs at least one device").max(200).optional(),
    // Cart-level: every device of the cart switches to this mode (priced anew).
    acquisition_mode: AcquisitionModeSchema.optional(),
  })
  .strict()
  .refine(
    (body) => body.order_items !== undefined || body.purchaser_id !== undefined || body.acquisition_mode !== undefined,
    {
      message: "Send at least one of purchaser_id, order_items, acquisition_mode",
    }
  )
  // What the refine checks, for the OpenAPI document (the body is strict: one field at least).
  .meta({ minProperties: 1 })
export type PatchLeasingCartType = z.infer<typeof PatchLeasingCart>

/** The leasing platform's `POST /carts` body: the company's new cart, with its purchaser and devices. */
export const CreateLeasingCart = z
  .object({
    purchaser_id: RecordRef,
    order_items: z.array(OrderItem).min(1, "order_items needs at least one device").max(200),
    acquisition_mode: AcquisitionModeSchema.optional(),
  })
  .strict()
export type CreateLeasingCartType = z.infer<typeof CreateLeasingCart>

/** `GET /carts`: the company's open carts, optionally one purchaser's. */
export const ListLeasingCarts = PlatformListQuery.extend({ purchaser_id: RecordRef.optional() }).strict()
export type ListLeasingCartsType = z.infer<typeof ListLeasingCarts>

/** The leasing platform's `POST /carts/{order_id}/validate` body. */
export const ValidateLeasingCart = z
  .object({
    purchaser_id: RecordRef,
    signatory_id: RecordRef.nullish(),
  })
  .strict()
export type ValidateLeasingCartType = z.infer<typeof ValidateLeasingCart>
