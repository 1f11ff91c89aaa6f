import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createShippingOptionsWorkflow } from "@medusajs/medusa/core-flows"

/**
 * A merchant that includes delivery in the rent: a free store shipping option for the demo's
 * "Europe" zone, so a cart of leased devices owes nothing at checkout.
 */
export async function addFreeEuDelivery(
  container: MedusaContainer,
  shippingProfileId: string,
  name = "Delivery included (EU)"
) {
  const [zone] = await container.resolve(Modules.FULFILLMENT).listServiceZones({ name: "Europe" })
  const { result } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name,
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: zone.id,
        shipping_profile_id: shippingProfileId,
        type: { label: name, description: name, code: "included" },
        prices: [{ currency_code: "eur", amount: 0 }],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })
  return result[0].id as string
}
