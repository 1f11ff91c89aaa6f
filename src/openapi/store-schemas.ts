import { z } from "@medusajs/framework/zod"
import { StoreUpdateCart } from "@medusajs/medusa/api/store/carts/validators"
import {
  CreateLeasingCart,
  leasingCartAdditionalData,
  OrderItem,
  PatchLeasingCart,
} from "../api/store/carts/validators"
import { Annotations, bodySchemaOf } from "./from-validators"
import { nullable, openObject, ref, Schema, strictObject } from "./schema-helpers"

const text: Schema = { type: "string" }
const integer: Schema = { type: "integer" }
const decimal: Schema = {
  type: "string",
  pattern: "^\\d+\\.\\d{2}$",
  description: 'A decimal amount with two digits, e.g. "44.17".',
  example: "44.17",
}

const amountFrom: Schema = { type: "number", description: '"From" price: the cheapest keyboard layout\'s.' }
const byLayout: Schema = nullable({
  type: "object",
  additionalProperties: { type: "number" },
  propertyNames: ref("KeyboardLayout"),
})
const buyPrice: Schema = nullable(strictObject({ amount: amountFrom, currency: text, by_layout: byLayout }))
// The rent for the offer's default term, and by_term: the same for every offered term that has a rent.
const leasePrice: Schema = nullable(
  strictObject({
    amount: amountFrom,
    currency: text,
    by_layout: byLayout,
    by_term: {
      type: "object",
      description: 'Keyed by term in months ("18", "24", "36").',
      propertyNames: { enum: ["18", "24", "36"] },
      additionalProperties: strictObject({ amount: amountFrom, by_layout: byLayout }),
    },
  })
)

// The words of one device of a cart body (its shape is the OrderItem validator's).
const orderItemWords: Annotations = {
  description: "One device: one line of the cart, whatever the quantity of identical devices.",
  properties: {
    product_id: { description: "Catalog product id (integer alias of the variant's offer) or the variant id." },
    keyboard_layout: { description: "Required when the product has a keyboard; omit it otherwise." },
    user_id: { description: "A user of the caller's company to assign the device to." },
    shipping_address_id: {
      description: "One of the company's addresses; default: the cart's, then the company's default.",
    },
    lease_term_months: {
      description: "LEASING only: one of the product's lease_terms_months (default: its lease_term_months).",
    },
    replaces_contract_id: {
      description:
        "Upgrade: a running lease contract of the company (its number or id) this device replaces; validating the cart starts its return (docs/lease-lifecycle.md, Upgrade).",
    },
  },
}

/** Schemas of the store routes: the platform's cart view, catalog and pricing, Medusa's cart with leasing data. */
export const storeSchemas: Record<string, Schema> = {
  OrderItem: bodySchemaOf(OrderItem, orderItemWords),
  PatchCartBody: bodySchemaOf(PatchLeasingCart, {
    description:
      "At least one of the three fields. `order_items` replaces every device of the cart; `acquisition_mode` switches every device.",
    properties: {
      order_items: { items: orderItemWords },
      acquisition_mode: { description: "Cart-level: every device is leased (LEASING) or bought (BUY), priced anew." },
    },
  }),
  CreateCartBody: bodySchemaOf(CreateLeasingCart, {
    properties: {
      purchaser_id: { description: "A user of the caller's company without an open cart." },
      order_items: { items: orderItemWords },
      acquisition_mode: { description: "Cart-level: every device is leased (LEASING) or bought (BUY)." },
    },
  }),
  PlatformCart: strictObject({
    id: { type: "integer", description: "The cart's integer order id (the platform's `order_id`)." },
    purchaser_id: nullable(integer),
    num_devices: nullable(integer),
    rent: { ...nullable(decimal), description: "Monthly rent of the leased devices." },
    currency: nullable(text),
    devices: {
      type: "array",
      items: strictObject({
        id: integer,
        name: nullable(text),
        rent: { ...nullable(decimal), description: "null for a bought device." },
        product_id: nullable(integer),
      }),
    },
  }),
  CatalogProduct: strictObject({
    id: { ...integer, description: "The catalog product id (`product_id` of an order item)." },
    variant_id: text,
    product_group_id: { ...integer, description: "The product group's id (the path id of its products route)." },
    name: nullable(text),
    sku: nullable(text),
    img_url: nullable(text),
    has_keyboard: { type: "boolean" },
    keyboard_layouts: { type: "array", items: ref("KeyboardLayout") },
    lease_term_months: { ...ref("LeaseTermMonths"), description: "The default term (the one `leasing` prices)." },
    lease_terms_months: {
      type: "array",
      items: ref("LeaseTermMonths"),
      description: "The terms a device may be leased for.",
    },
    characteristics: {
      type: "object",
      description:
        "screen_size, processor, ram, storage, connectivity, ... from variant options or metadata; null when unknown.",
      additionalProperties: nullable(text),
    },
    leasing: leasePrice,
    buy: buyPrice,
  }),
  CatalogProductGroup: strictObject({
    id: { ...integer, description: "The product group's integer id (`product_group_id` of its products)." },
    medusa_product_id: { ...text, description: "The Medusa product this group is." },
    title: text,
    handle: text,
    description: nullable(text),
    thumbnail: nullable(text),
    category: { ...nullable(text), description: "The product type's value (COMPUTER, SMARTPHONE, ...)." },
    brand: { ...nullable(text), description: "The product collection's handle (apple, dell, ...)." },
    brand_name: nullable(text),
    products: { type: "array", items: ref("CatalogProduct") },
  }),
  DevicePrice: strictObject({
    product_id: integer,
    variant_id: text,
    name: nullable(text),
    delivery_country: text,
    keyboard_layout: nullable(ref("KeyboardLayout")),
    acquisition_mode: ref("AcquisitionMode"),
    amount: { type: "number" },
    currency: text,
    lease_term_months: { ...nullable(ref("LeaseTermMonths")), description: "The term this rent is for; null for BUY." },
    lease_terms_months: { type: "array", items: ref("LeaseTermMonths"), description: "The terms the offer allows." },
    is_price_list_price: { type: "boolean" },
    min_shipping: {
      ...nullable({ type: "number" }),
      description:
        "The cheapest flat-rate store shipping option serving the country, in the currency; null when none does.",
    },
    max_shipping: { ...nullable({ type: "number" }), description: "The dearest such option." },
  }),
  CartLeasingSummary: strictObject({
    order_id: nullable(integer),
    purchaser_id: nullable(integer),
    num_devices: integer,
    monthly_rent: decimal,
    one_time_total: decimal,
    currency: nullable(text),
  }),
  StoreCartWithLeasing: {
    type: "object",
    description:
      "Medusa's StoreCart (its fields follow `fields`), plus the leasing summary and each device line's leasing data.",
    required: ["id"],
    properties: {
      id: text,
      leasing: ref("CartLeasingSummary"),
      items: {
        type: "array",
        items: {
          type: "object",
          properties: {
            // A device line's leasing data (its metadata.leasing) with the platform's integer aliases.
            // Typed but open (no required fields, extra fields allowed) while the device view settles.
            leasing: {
              type: ["object", "null"],
              properties: {
                device_number: { ...integer, description: "The platform's device id." },
                catalog_number: nullable(integer),
                acquisition_mode: ref("AcquisitionMode"),
                keyboard_layout: nullable(ref("KeyboardLayout")),
                delivery_country: text,
                assignee_user_id: nullable(text),
                assignee_user_number: nullable(integer),
                shipping_address_id: nullable(text),
                shipping_address_number: nullable(integer),
                lease_term_months: nullable(integer),
                monthly_rent: {
                  ...nullable({ type: "number" }),
                  description: "A leased device's monthly rent (its line's unit_price is 0: nothing is due now).",
                },
                replaces_contract_id: {
                  ...nullable(text),
                  description: "Upgrade: the lease contract this device replaces (only on such a line).",
                },
              },
            },
          },
        },
      },
    },
  },
  // The two validators the route runs: core's own body (its record of additional_data), then the
  // leasing keys in it (leasing-additional-data.ts).
  StoreUpdateCartBody: bodySchemaOf(
    StoreUpdateCart().extend({
      additional_data: z.object(leasingCartAdditionalData).catchall(z.unknown()).nullish(),
    }),
    {
      description: "Medusa's body, unchanged, plus the leasing data under `additional_data`.",
      properties: {
        additional_data: {
          description:
            "Core's record of extra data (a host's hooks read their own keys); the leasing keys are validated.",
        },
      },
    }
  ),
}
