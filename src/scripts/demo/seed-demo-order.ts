import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { leasingUpdateCartWorkflow } from "../../workflows/leasing-cart"
import { leasingCompleteCartWorkflow } from "../../workflows/leasing-checkout"
import { DEMO_COMPANIES } from "./demo-companies"
import { DEMO_ORDER } from "./demo-config"
import { SeededRegions } from "./seed-store-and-regions"
import type { SeededCompany } from "./seed-companies"

type Input = { salesChannelId: string; regions: SeededRegions; companies: Record<string, SeededCompany> }

/**
 * One validated order of the demo company Acme, so a newcomer finds lease contracts in the
 * admin: two leased devices (a MacBook and an iPhone, each assigned to an employee and an
 * office) and one bought monitor. Made as a storefront makes it (a cart, the company's device
 * update, a shipping method, a payment session of the system provider) and validated by the
 * leasing checkout. Idempotent: nothing happens when the demo order's email has an order.
 */
export async function seedDemoOrder(container: MedusaContainer, { salesChannelId, regions, companies }: Input) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: existing } = await query.graph({
    entity: "order",
    fields: ["id"],
    filters: { email: DEMO_ORDER.email },
  })
  if (existing.length) return { order_id: existing[0].id as string }

  const acme = companies[DEMO_ORDER.company]
  const demoCompany = DEMO_COMPANIES.find((c) => c.key === DEMO_ORDER.company)!
  const userId = (email: string) => acme.users.find((u) => u.email === email)!.id
  const addressId = (label: string) => acme.addresses.find((a) => a.label === label)!.id
  const hq = demoCompany.addresses[0]

  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku"],
    filters: { sku: DEMO_ORDER.devices.map((d) => d.sku) },
  })
  const variantId = (sku: string) => variants.find((v) => v.sku === sku)!.id
  const caller = { company_id: acme.id, scope: "WRITE" as const }

  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: regions.eur.id,
      sales_channel_id: salesChannelId,
      email: DEMO_ORDER.email,
      shipping_address: {
        company: hq.company,
        address_1: hq.address_1,
        city: hq.city,
        postal_code: hq.postal_code,
        country_code: hq.country_code.toLowerCase(),
      },
    },
  })
  await leasingUpdateCartWorkflow(container).run({
    input: {
      cart_id: cart.id,
      caller,
      purchaser_id: userId(DEMO_ORDER.purchaser_email),
      order_items: DEMO_ORDER.devices.map((d) => ({
        product_id: variantId(d.sku),
        delivery_country: d.delivery_country,
        keyboard_layout: d.keyboard_layout,
        acquisition_mode: d.acquisition_mode,
        user_id: userId(d.assignee_email),
        shipping_address_id: addressId(d.address_label),
      })),
    },
  })

  const { data: options } = await query.graph({
    entity: "shipping_option",
    fields: ["id"],
    filters: { name: DEMO_ORDER.shipping_option },
  })
  await addShippingMethodToCartWorkflow(container).run({
    input: { cart_id: cart.id, options: [{ id: options[0].id }] },
  })
  await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: ["payment_collection.id"],
    filters: { id: cart.id },
  })
  await createPaymentSessionsWorkflow(container).run({
    input: { payment_collection_id: carts[0].payment_collection!.id, provider_id: "pp_system_default" },
  })

  const { result } = await leasingCompleteCartWorkflow(container).run({ input: { cart_id: cart.id, caller } })
  return { order_id: result.order_id }
}
