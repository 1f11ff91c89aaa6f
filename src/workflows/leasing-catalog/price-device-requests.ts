import { transform, WorkflowData } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { storeCurrencyCodes } from "../../utils/store-currencies"
import { priceLeasingDevicesStep } from "./steps/price-leasing-devices"
import { resolveLeasingDevicesStep } from "./steps/resolve-leasing-devices"
import { DeviceRequest } from "./types"

export type PriceDeviceRequestsInput = {
  devices: DeviceRequest[]
  /** Defaults to the currency of the region serving the first device's country. */
  currency_code?: string | null
  /** The buyer's customer groups: their price lists apply. */
  customer_group_ids: string[]
  /** A cart's region: every device's country must lie in it. */
  region?: { id: string; name: string } | null
  /** The sales channels the devices must be sold in; empty: any. */
  sales_channel_ids: string[]
}

/**
 * Device requests checked against their offers (and a cart's region) and priced by acquisition
 * mode with the buyer's price lists (reads only). A composition helper, called inside a
 * workflow's composer: its steps become the caller's own, so the cart update and the checkout
 * price devices without a nested workflow's transaction (issue #22). `getLeasingDevicePricesWorkflow`
 * wraps it for the pricing route and for callers that need a workflow.
 */
export function priceDeviceRequests(input: WorkflowData<PriceDeviceRequestsInput>) {
  const devices = resolveLeasingDevicesStep(
    transform({ input }, ({ input }) => ({
      devices: input.devices,
      region: input.region ?? null,
      sales_channel_ids: input.sales_channel_ids,
    }))
  )
  const { data: stores } = useQueryGraphStep({
    entity: "store",
    fields: ["supported_currencies.currency_code"],
  }).config({ name: "leasing-get-store-currencies" })
  return priceLeasingDevicesStep(
    transform({ input, devices, stores }, ({ input, devices, stores }) => ({
      devices,
      currency_code: input.currency_code ?? devices[0]?.region_currency_code ?? "",
      store_currencies: storeCurrencyCodes(stores),
      customer_group_ids: input.customer_group_ids,
    }))
  )
}
