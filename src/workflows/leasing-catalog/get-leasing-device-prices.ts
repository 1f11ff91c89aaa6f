import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { priceLeasingDevicesStep } from "./steps/price-leasing-devices"
import { resolveLeasingDevicesStep } from "./steps/resolve-leasing-devices"
import { DeviceRequest } from "./types"
import { storeCurrencyCodes } from "../../utils/store-currencies"

export type GetLeasingDevicePricesInput = {
  devices: DeviceRequest[]
  /** Defaults to the currency of the region serving the first device's country. */
  currency_code?: string
  /** A logged-in customer: their groups' price lists apply. */
  customer_id?: string | null
  /** Or the groups themselves, when the caller already knows them (a cart's customer). */
  customer_group_ids?: string[]
  /** A cart's region: every device's country must lie in it. */
  region?: { id: string; name: string } | null
  /** The sales channels the devices must be sold in (the publishable key's, or the cart's); empty: any. */
  sales_channel_ids?: string[]
}

export const getLeasingDevicePricesWorkflowId = "leasing-get-leasing-device-prices"
/**
 * Prices devices as the catalog sells them (read-only): checks each against its offer (and a
 * cart's region) and prices it by acquisition mode, with the customer's price lists. Used by the
 * pricing route, the cart update and the checkout's re-check.
 */
export const getLeasingDevicePricesWorkflow = createWorkflow(
  getLeasingDevicePricesWorkflowId,
  (input: GetLeasingDevicePricesInput) => {
    const devices = resolveLeasingDevicesStep(
      transform({ input }, ({ input }) => ({
        devices: input.devices,
        region: input.region ?? null,
        sales_channel_ids: input.sales_channel_ids ?? [],
      }))
    )
    const { data: stores } = useQueryGraphStep({
      entity: "store",
      fields: ["supported_currencies.currency_code"],
    }).config({ name: "leasing-get-store-currencies" })
    const customers = when(
      "leasing-has-customer",
      input,
      (input) => !!input.customer_id && !input.customer_group_ids
    ).then(() => {
      const { data } = useQueryGraphStep({
        entity: "customer",
        fields: ["groups.id"],
        filters: { id: input.customer_id! },
      }).config({ name: "leasing-get-customer-groups" })
      return data
    })

    const pricingInput = transform({ input, devices, stores, customers }, ({ input, devices, stores, customers }) => ({
      devices,
      currency_code: input.currency_code ?? devices[0]?.region_currency_code ?? "",
      store_currencies: storeCurrencyCodes(stores),
      customer_group_ids:
        input.customer_group_ids ??
        (customers?.[0]?.groups ?? []).flatMap((g: { id: string } | null) => (g ? [g.id] : [])),
    }))
    return new WorkflowResponse(priceLeasingDevicesStep(pricingInput))
  }
)
