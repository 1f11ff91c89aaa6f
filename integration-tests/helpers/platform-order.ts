import { MedusaContainer } from "@medusajs/framework/types"
import { LEASING_MODULE } from "../../src/modules/leasing"
import LeasingModuleService from "../../src/modules/leasing/service"
import { DemoFixture } from "./demo-fixture"
import { companyHeaders, iphoneItem } from "./leasing-cart"

/**
 * A validated order of Acme made the platform's way (POST /carts, validate), nothing due now:
 * `leased` leased iPhones (the first assigned to Hugo) and `bought` bought ones (paid through a
 * payment session), with a free shipping option (see shipping.ts) chosen by validate. Answers its integer order id.
 */
export async function platformOrder(
  api: any,
  container: MedusaContainer,
  demo: DemoFixture,
  { leased = 2, bought = 0, purchaser = 1 } = {}
) {
  const acme = demo.companies.acme
  const items = [
    ...(await Promise.all(
      [...Array(leased)].map((_, i) => iphoneItem(container, "FR", i === 0 ? { user_id: acme.users[1].number } : {}))
    )),
    ...(await Promise.all([...Array(bought)].map(() => iphoneItem(container, "FR", { acquisition_mode: "BUY" })))),
  ]
  const headers = companyHeaders(demo)
  const created = await api.post(
    "/store/leasing/carts",
    { purchaser_id: acme.users[purchaser].number, order_items: items },
    headers
  )
  const orderId = created.data.data.order_id as number
  if (bought) {
    // A bought device is due now: the storefront's payment session (Medusa's routes, test set-up).
    const [record] = await container
      .resolve<LeasingModuleService>(LEASING_MODULE)
      .listLeasingCarts({ order_number: orderId }, { select: ["cart_id"] })
    const collection = await api.post("/store/payment-collections", { cart_id: record.cart_id }, headers)
    await api.post(
      `/store/payment-collections/${collection.data.payment_collection.id}/payment-sessions`,
      { provider_id: "pp_system_default" },
      headers
    )
  }
  await api.post(`/store/leasing/carts/${orderId}/validate`, { purchaser_id: acme.users[purchaser].number }, headers)
  return orderId
}

/** Waits for an asynchronous effect (a subscriber) to show. */
export async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 15_000
): Promise<T> {
  const until = Date.now() + timeoutMs
  let value = await read()
  while (!done(value) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 200))
    value = await read()
  }
  return value
}
