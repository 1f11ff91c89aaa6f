import { CartLineItemDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEASING_MODULE } from "../../../modules/leasing"
import LeasingModuleService from "../../../modules/leasing/service"
import { DeviceToWrite } from "../types"

export type AddCartDevicesStepInput = { cart_id: string; devices: DeviceToWrite[] }

export const addCartDevicesStepId = "add-cart-devices"
/**
 * Adds one line item per device (quantity 1, its price set by acquisition mode, so never
 * merged with another device of the same variant) and the leasing line beside it. Returns the
 * new line items, whose tax lines the refresh computes.
 */
export const addCartDevicesStep = createStep(
  addCartDevicesStepId,
  async ({ cart_id, devices }: AddCartDevicesStepInput, { container }) => {
    if (!devices.length) {
      return new StepResponse([] as CartLineItemDTO[], null)
    }
    const cart = container.resolve(Modules.CART)
    const leasing: LeasingModuleService = container.resolve(LEASING_MODULE)
    const { data: variants } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "product_variant",
      fields: ["id", "sku", "barcode", "product.id", "product.handle", "product.description", "product.thumbnail", "product.type_id", "product.collection_id"],
      filters: { id: [...new Set(devices.map((d) => d.variant_id))] },
    })
    const variantById = new Map(variants.map((v: any) => [v.id, v]))

    const items = await cart.addLineItems(
      devices.map((d) => {
        const variant: any = variantById.get(d.variant_id)
        return {
          cart_id,
          title: d.product_title,
          subtitle: d.variant_title,
          thumbnail: variant?.product?.thumbnail ?? null,
          quantity: 1,
          unit_price: d.amount,
          is_custom_price: true,
          is_tax_inclusive: false,
          requires_shipping: true,
          is_discountable: true,
          product_id: variant?.product?.id,
          product_title: d.product_title,
          product_description: variant?.product?.description ?? null,
          product_handle: variant?.product?.handle ?? null,
          variant_id: d.variant_id,
          variant_sku: variant?.sku ?? null,
          variant_barcode: variant?.barcode ?? null,
          variant_title: d.variant_title,
        }
      })
    )
    const lineItemIds = items.map((i) => i.id)
    try {
      await leasing.createLeasingCartLines(
        devices.map((d, index) => ({
          cart_id,
          line_item_id: items[index].id,
          variant_id: d.variant_id,
          catalog_number: d.offer.catalog_number,
          acquisition_mode: d.acquisition_mode,
          keyboard_layout: d.keyboard_layout,
          delivery_country: d.delivery_country,
          assignee_user_id: d.assignee_user_id,
          shipping_address_id: d.shipping_address_id,
          lease_term_months: d.acquisition_mode === "LEASING" ? d.offer.lease_term_months : null,
          rank: d.rank,
        }))
      )
    } catch (error) {
      // A step that throws is not compensated: undo its first half here.
      await cart.deleteLineItems(lineItemIds)
      throw error
    }
    return new StepResponse(items, { cart_id, lineItemIds })
  },
  async (added, { container }) => {
    if (!added) return
    const leasing: LeasingModuleService = container.resolve(LEASING_MODULE)
    const lines = await leasing.listLeasingCartLines({ line_item_id: added.lineItemIds }, { select: ["id"] })
    if (lines.length) await leasing.deleteLeasingCartLines(lines.map((l) => l.id))
    await container.resolve(Modules.CART).deleteLineItems(added.lineItemIds)
  }
)
