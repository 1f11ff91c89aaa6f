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
}

export const getLeasingDevicePricesWorkflowId = "get-leasing-device-prices"
/**
 * Prices devices as the catalog sells them (read-only): checks each against its offer and
 * prices it by acquisition mode, with the customer's price lists.
 */
export const getLeasingDevicePricesWorkflow = createWorkflow(
  getLeasingDevicePricesWorkflowId,
  (input: GetLeasingDevicePricesInput) => {
    const devices = resolveLeasingDevicesStep({ devices: input.devices })
    const { data: stores } = useQueryGraphStep({
      entity: "store",
      fields: ["supported_currencies.currency_code"],
    }).config({ name: "get-store-currencies" })
    const customers = when("has-customer", input, (input) => !!input.customer_id).then(() => {
      const { data } = useQueryGraphStep({
        entity: "customer",
        fields: ["groups.id"],
        filters: { id: input.customer_id! },
      }).config({ name: "get-customer-groups" })
      return data
    })

    const pricingInput = transform({ input, devices, stores, customers }, ({ input, devices, stores, customers }) => ({
      devices,
      currency_code: input.currency_code ?? devices[0]?.region_currency_code ?? "",
      store_currencies: storeCurrencyCodes(stores),
      customer_group_ids: (customers?.[0]?.groups ?? []).flatMap((g: { id: string } | null) => (g ? [g.id] : [])),
    }))
    return new WorkflowResponse(priceLeasingDevicesStep(pricingInput))
  }
)
