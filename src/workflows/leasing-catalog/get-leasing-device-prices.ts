import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { priceDeviceRequests } from "./price-device-requests"
import { DeviceRequest } from "./types"

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
 * pricing route and the lease extension (the cart update and the checkout call
 * `priceDeviceRequests` themselves).
 */
export const getLeasingDevicePricesWorkflow = createWorkflow(
  getLeasingDevicePricesWorkflowId,
  (input: GetLeasingDevicePricesInput) => {
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
    return new WorkflowResponse(
      priceDeviceRequests(
        transform({ input, customers }, ({ input, customers }) => ({
          devices: input.devices,
          currency_code: input.currency_code ?? null,
          region: input.region ?? null,
          sales_channel_ids: input.sales_channel_ids ?? [],
          customer_group_ids:
            input.customer_group_ids ??
            (customers?.[0]?.groups ?? []).flatMap((g: { id: string } | null) => (g ? [g.id] : [])),
        }))
      )
    )
  }
)
