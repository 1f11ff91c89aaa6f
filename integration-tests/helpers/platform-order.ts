import { MedusaContainer } from "@medusajs/framework/types"
import { DemoFixture } from "./demo-fixture"
import { companyHeaders, iphoneItem } from "./leasing-cart"

/**
 * A validated order of Acme made the platform's way (POST /carts, validate), nothing due now:
 * `leased` leased iPhones (the first assigned to Hugo) and `bought` bought ones, with a free
 * shipping option (see shipping.ts) chosen by validate. Answers its integer order id.
 */
export async function platformOrder(api: any, container: MedusaContainer, demo: DemoFixture, { leased = 2, bought = 0, purchaser = 1 } = {}) {
  const acme = demo.companies.acme
  const items = [
    ...(await Promise.all([...Array(leased)].map((_, i) => iphoneItem(container, "FR", i === 0 ? { user_id: acme.users[1].number } : {})))),
    ...(await Promise.all([...Array(bought)].map(() => iphoneItem(container, "FR", { acquisition_mode: "BUY" })))),
  ]
  const headers = companyHeaders(demo)
  const created = await api.post("/store/leasing/carts", { purchaser_id: acme.users[purchaser].number, order_items: items }, headers)
  const orderId = created.data.data.order_id as number
  await api.post(`/store/leasing/carts/${orderId}/validate`, { purchaser_id: acme.users[purchaser].number }, headers)
  return orderId
}

/** Waits for an asynchronous effect (a subscriber) to show. */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs
  let value = await read()
  while (!done(value) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 200))
    value = await read()
  }
  return value
}
