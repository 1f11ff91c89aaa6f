import { CreateLineItemForCartDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEASING_METADATA_KEY, LeasingLineData, linePriceOf } from "../../../modules/leasing/utils/leasing-line-data"
import { leaseTerm } from "../utils/plan-device-changes"
import { NewDeviceLine } from "../types"

export type AddedDevice = {
  id: string
  product_id: string | null
  product_type_id: string | null
  quantity: number
  unit_price: number
}

export type AddCartDevicesStepInput = { cart_id: string; lines: NewDeviceLine[] }

type VariantFields = {
  id: string
  sku: string | null
  barcode: string | null
  thumbnail: string | null
  product: {
    id: string
    handle: string | null
    subtitle: string | null
    description: string | null
    thumbnail: string | null
    type_id: string | null
    type: { id: string; value: string } | null
    collection: { title: string } | null
  } | null
}

/** What the line item copies of the variant: the fields `deviceLineItem` reads. */
export const DEVICE_VARIANT_FIELDS = [
  "id",
  "sku",
  "barcode",
  "thumbnail",
  "product.id",
  "product.handle",
  "product.subtitle",
  "product.description",
  "product.thumbnail",
  "product.type_id",
  "product.type.id",
  "product.type.value",
  "product.collection.title",
]

/**
 * A device's line item. Copy of core behaviour: @medusajs/core-flows 2.21.2,
 * dist/cart/utils/prepare-line-item-data.js (`prepareLineItemData`, what `addToCartWorkflow`
 * writes): the same product and variant fields, with the variant's thumbnail before the product's.
 * Deliberate differences: quantity 1; the leasing price (`is_custom_price`, a leased device at 0
 * with its rent in the metadata); never tax-inclusive; always shipped; discountable only when
 * bought; `is_giftcard` left to the model's default (false: devices are not gift cards).
 * integration-tests/unit/core-copies.spec.ts checks the installed version and the fields.
 */
export function deviceLineItem(
  cart_id: string,
  line: NewDeviceLine,
  variant: VariantFields | undefined
): CreateLineItemForCartDTO & { id: string } {
  const d = line.device
  const price = linePriceOf(d.acquisition_mode, d.amount)
  const leasing: LeasingLineData = {
    device_number: line.device_number,
    catalog_number: d.offer.catalog_number,
    acquisition_mode: d.acquisition_mode,
    keyboard_layout: d.keyboard_layout,
    delivery_country: d.delivery_country,
    assignee_user_id: d.assignee_user_id,
    shipping_address_id: d.shipping_address_id,
    lease_term_months: leaseTerm(d),
    monthly_rent: price.monthly_rent,
    // Only on an upgrade's line: other lines keep the metadata they always had.
    ...(d.replaces_contract_id ? { replaces_contract_id: d.replaces_contract_id } : {}),
  }
  const product = variant?.product
  return {
    id: line.line_item_id,
    cart_id,
    title: d.product_title,
    subtitle: d.variant_title,
    thumbnail: variant?.thumbnail ?? product?.thumbnail ?? undefined,
    quantity: 1,
    unit_price: price.unit_price,
    is_custom_price: true,
    is_tax_inclusive: false,
    requires_shipping: true,
    // Promotions discount what is paid now; rent is priced by its own rules and price lists.
    is_discountable: d.acquisition_mode === "BUY",
    product_id: product?.id,
    product_title: d.product_title,
    product_description: product?.description ?? undefined,
    product_subtitle: product?.subtitle ?? undefined,
    product_type: product?.type?.value ?? undefined,
    product_type_id: product?.type?.id ?? undefined,
    product_collection: product?.collection?.title ?? undefined,
    product_handle: product?.handle ?? undefined,
    variant_id: d.variant_id,
    variant_sku: variant?.sku ?? undefined,
    variant_barcode: variant?.barcode ?? undefined,
    variant_title: d.variant_title,
    metadata: { [LEASING_METADATA_KEY]: leasing },
  }
}

export const addCartDevicesStepId = "leasing-add-cart-devices"
/**
 * Adds one line item per device (quantity 1; a bought device at its price, a leased one at 0
 * with its rent in the metadata) with its leasing
 * data in its metadata: one INSERT for all devices, so they are all written or none is.
 */
export const addCartDevicesStep = createStep(
  addCartDevicesStepId,
  async ({ cart_id, lines }: AddCartDevicesStepInput, { container }) => {
    if (!lines.length) {
      return new StepResponse([] as AddedDevice[], null)
    }
    const { data: variants } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "product_variant",
      fields: DEVICE_VARIANT_FIELDS,
      filters: { id: [...new Set(lines.map((l) => l.device.variant_id))] },
    })
    const variantById = new Map((variants as VariantFields[]).map((v) => [v.id, v]))
    await container
      .resolve(Modules.CART)
      .addLineItems(lines.map((l) => deviceLineItem(cart_id, l, variantById.get(l.device.variant_id))))
    // What core's tax-line refresh reads of new items; small, since step outputs are copied.
    const added: AddedDevice[] = lines.map((l) => ({
      id: l.line_item_id,
      product_id: variantById.get(l.device.variant_id)?.product?.id ?? null,
      product_type_id: variantById.get(l.device.variant_id)?.product?.type_id ?? null,
      quantity: 1,
      unit_price: linePriceOf(l.device.acquisition_mode, l.device.amount).unit_price,
    }))
    return new StepResponse(
      added,
      added.map((a) => a.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve(Modules.CART).deleteLineItems(ids)
  }
)
