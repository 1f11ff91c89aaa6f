import { transform, when, WorkflowData } from "@medusajs/framework/workflows-sdk"
import { DEFAULT_ACQUISITION_MODE } from "../../modules/leasing/constants"
import { priceDeviceRequests } from "../leasing-catalog/price-device-requests"
import { DeviceRequest } from "../leasing-catalog/types"
import { productRef } from "../leasing-catalog/utils/product-ref"
import { checkUpgradesStep } from "../lease-upgrade/steps/check-upgrades"
import { resolveCompanyReferencesStep } from "./steps/resolve-company-references"
import { CartDevice, OrderItemInput, RecordRef } from "./types"
import { deviceRequestOf } from "./utils/device-request-of"
import { repricedLine } from "./utils/repriced-line"

export type PrepareCartDevicesInput = {
  company_id: string
  /** The cart updated (its own devices may keep naming the contracts they replace). */
  cart_id?: string | null
  /** The devices requested; undefined keeps the cart's (re-priced when the region changes). */
  order_items?: OrderItemInput[]
  purchaser_id?: RecordRef | null
  current_devices: CartDevice[]
  region: { id: string; name: string; currency_code: string }
  region_changed: boolean
  cart_default_address_id: string | null
  customer_group_ids: string[]
  /** The cart's sales channel (after this update): its devices must be sold there. */
  sales_channel_id: string | null
}

function toDeviceRequest(item: OrderItemInput): DeviceRequest {
  return {
    ...productRef(item.product_id),
    delivery_country: item.delivery_country,
    keyboard_layout: item.keyboard_layout ?? null,
    acquisition_mode: item.acquisition_mode ?? DEFAULT_ACQUISITION_MODE,
    lease_term_months: item.lease_term_months ?? null,
  }
}

/**
 * Reads and checks only: the requested devices found in the catalog and the cart's region,
 * priced by acquisition mode in the region's currency, with their assignees and addresses among
 * the caller's company's. Without new devices, a region change re-prices the cart's own.
 * A composition helper of the update's composer (see priceDeviceRequests).
 */
export function prepareCartDevices(input: WorkflowData<PrepareCartDevicesInput>) {
  const requests = transform({ input }, ({ input }) => ({
    devices: input.order_items
      ? input.order_items.map(toDeviceRequest)
      : input.region_changed
        ? input.current_devices.map(deviceRequestOf)
        : [],
    // New devices must lie in the cart's region; devices carried over a region change are re-priced.
    region: input.order_items ? { id: input.region.id, name: input.region.name } : null,
    sales_channel_ids: input.sales_channel_id ? [input.sales_channel_id] : [],
  }))
  const priced = priceDeviceRequests(
    transform({ input, requests }, ({ input, requests }) => ({
      ...requests,
      currency_code: input.region.currency_code,
      customer_group_ids: input.customer_group_ids,
    }))
  )
  const references = when(
    "leasing-cart-names-company-records",
    { input },
    ({ input }) => !!input.order_items || input.purchaser_id != null
  ).then(() =>
    resolveCompanyReferencesStep(
      transform({ input, priced }, ({ input, priced }) => ({
        company_id: input.company_id,
        purchaser_id: input.purchaser_id,
        devices: input.order_items ? priced : [],
        order_items: input.order_items ?? [],
        cart_default_address_id: input.cart_default_address_id,
      }))
    )
  )
  // Upgrades: the contracts the devices replace, checked against the rule (reads only).
  const upgrades = checkUpgradesStep(
    transform({ input }, ({ input }) => ({
      company_id: input.company_id,
      cart_id: input.cart_id ?? null,
      refs: (input.order_items ?? []).map((i) => i.replaces_contract_id ?? null),
    }))
  )
  return transform({ input, priced, references, upgrades }, ({ input, priced, references, upgrades }) => ({
    devices: (references?.devices ?? []).map((d, index) => ({
      ...d,
      replaces_contract_id: upgrades[index]?.contract_id ?? null,
    })),
    purchaser_user_id:
      input.purchaser_id === undefined
        ? undefined
        : input.purchaser_id === null
          ? null
          : (references?.purchaser_user_id ?? null),
    // Region change without new devices: each device's price in the new currency, in cart order.
    reprices: input.order_items ? [] : priced.map((p, index) => repricedLine(input.current_devices[index], p.amount)),
  }))
}
