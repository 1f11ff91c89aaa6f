import { MedusaError } from "@medusajs/framework/utils"
import { leasingUpdateCartWorkflow } from "../../src/workflows/leasing-cart/leasing-update-cart"
import { failure } from "../helpers/demo-fixture"
import { leasingSuite } from "../helpers/leasing-suite"
import { cartSnapshot, companyHeaders, createCart, iphoneItem } from "../helpers/leasing-cart"

jest.setTimeout(180_000)

// A host app extends the leasing update as it extends core's update-cart: through its hooks.
const updated: { cart_id: string; additional_data?: Record<string, unknown> }[] = []
leasingUpdateCartWorkflow.hooks.validate(({ input }) => {
  if ((input.order_items?.length ?? 0) > 3) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Host policy: at most 3 devices per cart.")
  }
})
leasingUpdateCartWorkflow.hooks.cartUpdated(({ cart_id, additional_data }) => {
  updated.push({ cart_id, additional_data })
})

leasingSuite(({ api, getContainer, demo }) => {
  const headers = () => companyHeaders(demo)

  it("a host's validate hook refuses an update, and nothing changes", async () => {
    const cartId = await createCart(api, demo)
    await api.patch(`/store/carts/${cartId}`, { order_items: [await iphoneItem(getContainer())] }, headers())
    const before = await cartSnapshot(getContainer(), cartId)
    const item = await iphoneItem(getContainer())

    const response = await failure(
      api.patch(`/store/carts/${cartId}`, { order_items: [item, item, item, item] }, headers())
    )

    expect(response.status).toBe(400)
    expect(response.data).toEqual({ error: "VALIDATION_ERROR", message: "Host policy: at most 3 devices per cart." })
    expect(await cartSnapshot(getContainer(), cartId)).toEqual(before)
  })

  it("a host's cartUpdated hook runs after each update with the cart id and the host's additional data", async () => {
    const cartId = await createCart(api, demo)
    updated.length = 0
    await api.post(
      `/store/carts/${cartId}`,
      { additional_data: { order_items: [await iphoneItem(getContainer())] } },
      headers()
    )
    expect(updated).toEqual([{ cart_id: cartId, additional_data: {} }])
  })
})
