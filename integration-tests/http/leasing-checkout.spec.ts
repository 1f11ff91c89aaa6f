import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { LEASING_MODULE } from "../../src/modules/leasing"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { finishInterruptedLeasingCheckouts } from "../../src/workflows/leasing-checkout/finish-interrupted-checkouts"
import { demoVariant } from "../helpers/catalog"
import { failure } from "../helpers/demo-fixture"
import { leasingSuite } from "../helpers/leasing-suite"
import { FR_ADDRESS, cartSnapshot, companyHeaders, createCart, iphoneItem, leasingRows } from "../helpers/leasing-cart"

jest.setTimeout(180_000)
// Every test builds carts with the company's token: far more than 100 requests a minute.
process.env.LEASING_RATE_LIMIT_PER_MINUTE = "100000"

leasingSuite(({ api, getContainer, dbConnection, demo }) => {
  const headers = (scope: "READ" | "WRITE" = "WRITE") => companyHeaders(demo, "acme", scope)
  const acme = () => demo.companies.acme
  const iphone = (extra: Record<string, unknown> = {}) => iphoneItem(getContainer(), "FR", extra)

  async function shipTo(cartId: string) {
    const { data: options } = await getContainer()
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "shipping_option", fields: ["id"], filters: { name: "Express courier (France)" } })
    await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options[0].id }, headers())
  }
  async function pay(cartId: string) {
    const collection = await api.post("/store/payment-collections", { cart_id: cartId }, headers())
    await api.post(
      `/store/payment-collections/${collection.data.payment_collection.id}/payment-sessions`,
      { provider_id: "pp_system_default" },
      headers()
    )
  }

  /** A company cart: two leased iPhones assigned to Bob, one bought, purchaser Alice; shipped and paid unless told. */
  async function readyCart({ leased = 2, bought = 1, ship = true, paid = true, address = true } = {}) {
    const cartId = await createCart(api, demo, "eur", {
      ...(address ? { shipping_address: FR_ADDRESS } : {}),
      email: "buyer@acme.test",
    })
    const bob = acme().users[1]
    const items = [
      ...(await Promise.all([...Array(leased)].map(() => iphone({ user_id: bob.number })))),
      ...(await Promise.all([...Array(bought)].map(() => iphone({ acquisition_mode: "BUY" })))),
    ]
    await api.patch(
      `/store/carts/${cartId}`,
      { purchaser_id: acme().users[0].number, ...(items.length ? { order_items: items } : {}) },
      headers()
    )
    if (ship) await shipTo(cartId)
    if (paid) await pay(cartId)
    return cartId
  }

  const orderNumberOf = async (cartId: string) =>
    (await dbConnection.raw("select order_number from leasing_cart where cart_id = ?", [cartId])).rows[0].order_number
  const contractsOf = async (cartId: string) =>
    (
      await dbConnection.raw(
        "select * from lease_contract where cart_id = ? and deleted_at is null order by device_number",
        [cartId]
      )
    ).rows
  const orderCount = async () =>
    (await dbConnection.raw(`select count(*)::int as n from "order" where deleted_at is null`)).rows[0].n

  /** Everything a failed checkout must leave as it was. */
  async function checkoutState(cartId: string) {
    return {
      orders: await orderCount(),
      contracts: (await dbConnection.raw("select count(*)::int as n from lease_contract")).rows[0].n,
      cart: await cartSnapshot(getContainer(), cartId),
    }
  }

  describe("validate", () => {
    it("turns leased and bought devices into one order with one lease contract per leased device, charging only the one-time part", async () => {
      const cartId = await readyCart()
      const before = (
        await api.get(
          `/store/carts/${cartId}?fields=total,item_subtotal,shipping_total,payment_collection.amount`,
          headers()
        )
      ).data.cart
      const rows = await leasingRows(dbConnection, cartId)
      const bought = rows.lines.filter((l: any) => l.acquisition_mode === "BUY")
      const leased = rows.lines.filter((l: any) => l.acquisition_mode === "LEASING")
      // What is due now: the bought device (and shipping, taxes); leased devices cost 0.
      expect(before.item_subtotal).toBeCloseTo(
        bought.reduce((sum: number, l: any) => sum + l.unit_price, 0),
        2
      )
      expect(leased.every((l: any) => l.unit_price === 0 && l.monthly_rent > 0)).toBe(true)
      expect(Number(before.payment_collection.amount)).toBeCloseTo(before.total, 2)

      const response = await api.post(
        `/store/carts/${cartId}/validate`,
        { purchaser_id: acme().users[0].number },
        headers()
      )

      expect(response.status).toBe(200)
      expect(response.data).toEqual({ data: { order_id: await orderNumberOf(cartId), client_status: "RECEIVED" } })
      const record = (await dbConnection.raw("select * from leasing_cart where cart_id = ?", [cartId])).rows[0]
      const { data: orders } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "order",
          fields: [
            "id",
            "total",
            "currency_code",
            "items.id",
            "items.metadata",
            "payment_collections.amount",
            "payment_collections.status",
          ],
          filters: { id: record.order_id },
        })
      const order = orders[0] as any
      expect(order.items).toHaveLength(3)
      expect(Number(order.total)).toBeCloseTo(before.total, 2)
      expect(Number(order.payment_collections[0].amount)).toBeCloseTo(before.total, 2)
      expect(order.payment_collections[0].status).toBe("authorized")
      expect(record.signatory_user_id).toBe(acme().users[0].id)

      const contracts = await contractsOf(cartId)
      expect(contracts).toHaveLength(2)
      const leasedItems = order.items.filter((i: any) => i.metadata.leasing.acquisition_mode === "LEASING")
      expect(contracts.map((c: any) => c.order_item_id).sort()).toEqual(leasedItems.map((i: any) => i.id).sort())
      for (const contract of contracts) {
        const line = leased.find((l: any) => l.device_number === contract.device_number)
        expect(contract).toEqual(
          expect.objectContaining({
            order_id: order.id,
            company_id: acme().id,
            assignee_user_id: acme().users[1].id,
            signatory_user_id: acme().users[0].id,
            shipping_address_id: line.shipping_address_id,
            lease_term_months: line.lease_term_months,
            currency_code: "eur",
            status: "PENDING_DELIVERY",
            starts_at: null,
            ends_at: null,
          })
        )
        expect(Number(contract.monthly_rent)).toBeCloseTo(line.monthly_rent, 2)
        expect(contract.contract_number).toBeGreaterThan(0)
      }
    })

    it("names a signatory other than the purchaser on every contract", async () => {
      const cartId = await readyCart()
      const [alice, bob] = acme().users
      await api.post(`/store/carts/${cartId}/validate`, { purchaser_id: alice.number, signatory_id: bob.id }, headers())
      expect((await contractsOf(cartId)).map((c: any) => c.signatory_user_id)).toEqual([bob.id, bob.id])
      const record = (
        await dbConnection.raw("select purchaser_user_id, signatory_user_id from leasing_cart where cart_id = ?", [
          cartId,
        ])
      ).rows[0]
      expect(record).toEqual({ purchaser_user_id: alice.id, signatory_user_id: bob.id })
    })

    it("needs no payment when nothing is due now (leased devices, free of charge at checkout)", async () => {
      const cartId = await readyCart({ bought: 0, ship: false, paid: false })
      // The demo's express courier costs something: drop shipping from the devices for this case.
      await dbConnection.raw("update cart_line_item set requires_shipping = false where cart_id = ?", [cartId])
      const response = await api.post(
        `/store/carts/${cartId}/validate`,
        { purchaser_id: acme().users[0].number },
        headers()
      )
      expect(response.status).toBe(200)
      expect(await contractsOf(cartId)).toHaveLength(2)
    })
  })

  it("Medusa's complete route runs the same checkout: an order and its lease contracts", async () => {
    const cartId = await readyCart()
    const response = await api.post(`/store/carts/${cartId}/complete`, {}, headers())
    expect(response.status).toBe(200)
    expect(response.data.type).toBe("order")
    const contracts = await contractsOf(cartId)
    expect(contracts).toHaveLength(2)
    expect(
      contracts.every((c: any) => c.order_id === response.data.order.id && c.signatory_user_id === acme().users[0].id)
    ).toBe(true)
    const record = (await dbConnection.raw("select order_id from leasing_cart where cart_id = ?", [cartId])).rows[0]
    expect(record.order_id).toBe(response.data.order.id)
  })

  describe("refusals change nothing", () => {
    const otherCompanyUser = () => demo.companies.helvetia.users[0].number
    const cases: [
      string,
      number,
      string,
      {
        setup?: (cartId: string) => Promise<unknown>
        cart?: Parameters<typeof readyCart>[0]
        body?: () => Record<string, unknown>
        as?: () => { headers: Record<string, string> }
      },
    ][] = [
      [
        "a cart without devices",
        400,
        "VALIDATE_CART_NO_DEVICES",
        { cart: { leased: 0, bought: 0, ship: false, paid: false } },
      ],
      ["a one-time amount due and no payment session", 402, "PAYMENT_METHOD_REQUIRED", { cart: { paid: false } }],
      // (With a shipping address, validate chooses a method itself: see leasing-platform-carts.spec.ts.)
      [
        "devices to ship, no shipping method and no address to choose one for",
        400,
        "SHIPPING_METHOD_REQUIRED",
        { cart: { ship: false, paid: false, address: false } },
      ],
      ["a purchaser of another company", 400, "INVALID_USER", { body: () => ({ purchaser_id: otherCompanyUser() }) }],
      [
        "a signatory of another company",
        400,
        "INVALID_USER",
        { body: () => ({ purchaser_id: acme().users[0].number, signatory_id: otherCompanyUser() }) },
      ],
      ["no purchaser_id", 400, "VALIDATION_ERROR", { body: () => ({}) }],
      ["another company's credentials", 404, "CART_NOT_FOUND", { as: () => companyHeaders(demo, "helvetia") }],
      ["a READ credential", 403, "INSUFFICIENT_SCOPE", { as: () => headers("READ") }],
      ["no company credentials", 401, "UNAUTHORIZED", { as: () => demo.storeHeaders }],
      [
        "a device whose product left the catalog",
        404,
        "PRODUCT_NOT_FOUND",
        {
          setup: async () => {
            const variant = await demoVariant(getContainer(), "IP16-128")
            await dbConnection.raw("update product set status = 'draft' where id = ?", [variant.product_id])
          },
        },
      ],
      [
        "a rent that changed since the cart was priced",
        409,
        "CART_PRICES_CHANGED",
        {
          setup: async () => {
            const variant = await demoVariant(getContainer(), "IP16-128")
            await dbConnection.raw(
              `update price set amount = amount + 5, raw_amount = jsonb_build_object('value', (amount + 5)::text, 'precision', 20)
                where price_set_id = ? and id in (select price_id from price_rule where attribute = 'acquisition_mode' and value = 'LEASING')`,
              [variant.price_set_id]
            )
          },
        },
      ],
      [
        "another checkout or an update of the same cart under way",
        409,
        "VALIDATE_CART_CONFLICT",
        {
          setup: (cartId) =>
            getContainer().resolve(Modules.LOCKING).acquire(cartId, { ownerId: "another-request", expire: 30 }),
        },
      ],
    ]

    it.each(cases)("%s → %i %s", async (_case, status, code, { setup, cart, body, as }) => {
      const cartId = await readyCart(cart)
      await setup?.(cartId)
      const before = await checkoutState(cartId)

      const response = await failure(
        api.post(
          `/store/carts/${cartId}/validate`,
          body?.() ?? { purchaser_id: acme().users[0].number },
          as?.() ?? headers()
        )
      )

      expect(response.status).toBe(status)
      expect(response.data).toEqual({ error: code, message: expect.any(String) })
      expect(await checkoutState(cartId)).toEqual(before)
    })

    it("an order already validated → 409 ORDER_STATUS_TRANSITION_FORBIDDEN, and no second order or contract", async () => {
      const cartId = await readyCart()
      await api.post(`/store/carts/${cartId}/validate`, { purchaser_id: acme().users[0].number }, headers())
      const before = await checkoutState(cartId)
      const response = await failure(
        api.post(`/store/carts/${cartId}/validate`, { purchaser_id: acme().users[0].number }, headers())
      )
      expect(response.status).toBe(409)
      expect(response.data).toEqual({
        error: "ORDER_STATUS_TRANSITION_FORBIDDEN",
        message: "This cart has already been validated: it is an order now.",
      })
      expect(await checkoutState(cartId)).toEqual(before)
    })
  })

  describe("the platform's path answers Fleet's validate codes, with a sentence naming the problem", () => {
    const alice = () => acme().users[0].number
    const stranger = () => demo.companies.helvetia.users[0].number
    const lockCart = (cartId: string) =>
      getContainer().resolve(Modules.LOCKING).acquire(cartId, { ownerId: "another-request", expire: 30 })
    const validateAt = async (cartId: string, body: object) =>
      api.post(`/store/leasing/carts/${await orderNumberOf(cartId)}/validate`, body, headers())
    // [case, status, prepare the cart: the body to send and the answer expected]
    const cases: [string, number, (cartId: string) => Promise<{ body: object; answer: object }>][] = [
      [
        "a purchaser of another company",
        400,
        async () => ({
          body: { purchaser_id: stranger() },
          answer: { error: "INVALID_USER", message: `Purchaser ${stranger()} is not one of your company's users.` },
        }),
      ],
      [
        "a signatory of another company",
        400,
        async () => ({
          body: { purchaser_id: alice(), signatory_id: stranger() },
          answer: { error: "INVALID_USER", message: `Signatory ${stranger()} is not one of your company's users.` },
        }),
      ],
      [
        "another checkout or an update of the same cart under way",
        409,
        async (cartId) => {
          await lockCart(cartId)
          return {
            body: { purchaser_id: alice() },
            answer: {
              error: "VALIDATE_CART_CONFLICT",
              message: "Another checkout or an update of this cart is under way. Retry shortly.",
            },
          }
        },
      ],
      [
        "a cart validated already",
        409,
        async (cartId) => {
          expect((await validateAt(cartId, { purchaser_id: alice() })).status).toBe(200)
          return {
            body: { purchaser_id: alice() },
            answer: {
              error: "ORDER_STATUS_TRANSITION_FORBIDDEN",
              message: "This cart has already been validated: it is an order now.",
            },
          }
        },
      ],
    ]

    it.each(cases)("%s → %i", async (_case, status, prepare) => {
      const cartId = await readyCart()
      const { body, answer } = await prepare(cartId)
      const before = await checkoutState(cartId)

      const response = await failure(validateAt(cartId, body))

      expect(response.status).toBe(status)
      expect(response.data).toEqual(answer)
      expect(await checkoutState(cartId)).toEqual(before)
    })

    it("Medusa's complete route, the same checkout, answers the same conflict in Medusa's shape", async () => {
      const cartId = await readyCart()
      await lockCart(cartId)
      const before = await checkoutState(cartId)

      const response = await failure(api.post(`/store/carts/${cartId}/complete`, {}, headers()))

      expect(response.status).toBe(409)
      expect(response.data).toEqual({
        type: "conflict",
        code: "VALIDATE_CART_CONFLICT",
        message: "Another checkout or an update of this cart is under way. Retry shortly.",
      })
      expect(await checkoutState(cartId)).toEqual(before)
    })
  })

  describe("a failure at each write of the checkout leaves no order, no contract and the cart as it was", () => {
    // [write, module, method, which call of it fails, the answer]
    const internal = [500, { error: "INTERNAL_ERROR", message: "An internal error occurred." }] as const
    const faults: [string, string, string, number, readonly [number, object]][] = [
      ["leasing-begin-checkout (purchaser and signatory)", LEASING_MODULE, "writeLeasingCart", 1, internal],
      ["create-orders (core)", Modules.ORDER, "createOrders", 1, internal],
      ["update-carts (core: completed_at)", Modules.CART, "updateCarts", 1, internal],
      [
        "authorize-payment-session (core)",
        Modules.PAYMENT,
        "authorizePaymentSession",
        1,
        [402, { error: "PAYMENT_METHOD_REQUIRED", message: expect.any(String) }],
      ],
      [
        "leasing-create-lease-contracts (after the payment was authorised)",
        LEASING_MODULE,
        "createLeaseContracts",
        1,
        internal,
      ],
      ["leasing-finish-checkout (the order id, last)", LEASING_MODULE, "writeLeasingCart", 2, internal],
    ]
    /** The cart's live payment sessions and whether each of its payments was cancelled. */
    const paymentsOf = async (cartId: string) => {
      const collection = `(select payment_collection_id from cart_payment_collection where cart_id = ? and deleted_at is null)`
      const sessions = await dbConnection.raw(
        `select status from payment_session where payment_collection_id = ${collection} and deleted_at is null`,
        [cartId]
      )
      const payments = await dbConnection.raw(
        `select canceled_at is not null as canceled from payment where payment_collection_id = ${collection}`,
        [cartId]
      )
      return { sessions: sessions.rows, payments: payments.rows }
    }
    /** The cart without its payment collection, which an authorised-then-voided payment changes by design. */
    const withoutPayment = ({ cart: { payment_collection: _p, ...cart }, ...rest }: any) => ({ ...rest, cart })

    it.each(faults)("%s", async (_write, module, method, nth, [status, body]) => {
      const cartId = await readyCart()
      const before = await checkoutState(cartId)
      const service = getContainer().resolve(module) as any
      const original = service[method].bind(service)
      let calls = 0
      const spy = jest.spyOn(service, method).mockImplementation(async (...args: unknown[]) => {
        calls += 1
        if (calls === nth) throw new Error("injected failure: database went away")
        return original(...args)
      })
      let response: Awaited<ReturnType<typeof failure>>
      try {
        response = await failure(
          api.post(`/store/carts/${cartId}/validate`, { purchaser_id: acme().users[0].number }, headers())
        )
      } finally {
        spy.mockRestore()
      }

      expect(calls).toBeGreaterThanOrEqual(nth)
      expect(response.status).toBe(status)
      expect(response.data).toEqual(body)
      const after = await checkoutState(cartId)
      const authorised = module === LEASING_MODULE && !(method === "writeLeasingCart" && nth === 1)
      if (authorised) {
        // Core cancelled the payment it had authorised; its session is released so the buyer pays again.
        expect(withoutPayment(after)).toEqual(withoutPayment(before))
        expect(await paymentsOf(cartId)).toEqual({ sessions: [], payments: [{ canceled: true }] })
        await pay(cartId)
      } else {
        expect(after).toEqual(before)
      }
      // Once the fault is gone the cart can be validated.
      const retry = await api.post(
        `/store/carts/${cartId}/validate`,
        { purchaser_id: acme().users[0].number },
        headers()
      )
      expect(retry.status).toBe(200)
      expect(await contractsOf(cartId)).toHaveLength(2)
    })
  })

  describe("the company's orders", () => {
    it("lists and shows the company's orders with their devices, terms, rents and contracts; other companies see nothing", async () => {
      const cartId = await readyCart()
      const validated = await api.post(
        `/store/carts/${cartId}/validate`,
        { purchaser_id: acme().users[0].number },
        headers()
      )
      const orderNumber = validated.data.data.order_id
      const contracts = await contractsOf(cartId)
      const rows = await leasingRows(dbConnection, cartId)

      const list = await api.get("/store/leasing/orders?limit=10", headers("READ"))
      expect(list.status).toBe(200)
      expect(list.data.meta).toEqual({ total: 1, limit: 10, offset: 0 })
      const [order] = list.data.data
      const rent = contracts.reduce((sum: number, c: any) => sum + Number(c.monthly_rent), 0)
      expect(order).toEqual(
        expect.objectContaining({
          id: orderNumber,
          client_status: "RECEIVED",
          num_devices: 3,
          rent: rent.toFixed(2),
          rent_currency: "EUR",
          contract_numbers: contracts.map((c: any) => c.contract_number).sort((a: number, b: number) => a - b),
        })
      )
      const leasedDevices = order.devices.filter((d: any) => d.acquisition_mode === "LEASING")
      expect(leasedDevices.map((d: any) => [d.id, d.lease_term_months, d.rent, d.contract_status])).toEqual(
        contracts.map((c: any) => [
          c.device_number,
          c.lease_term_months,
          Number(c.monthly_rent).toFixed(2),
          "PENDING_DELIVERY",
        ])
      )
      expect(order.devices.filter((d: any) => d.acquisition_mode === "BUY").map((d: any) => d.price)).toEqual(
        rows.lines.filter((l: any) => l.acquisition_mode === "BUY").map((l: any) => l.unit_price.toFixed(2))
      )

      const byNumber = await api.get(`/store/leasing/orders/${orderNumber}`, headers("READ"))
      const byMedusaId = await api.get(`/store/leasing/orders/${order.medusa_order_id}`, headers("READ"))
      expect(byNumber.data.data).toEqual(order)
      expect(byMedusaId.data.data).toEqual(order)

      const helvetia = companyHeaders(demo, "helvetia", "READ")
      expect((await api.get("/store/leasing/orders", helvetia)).data).toEqual({
        data: [],
        meta: { total: 0, limit: 50, offset: 0 },
      })
      const hidden = await failure(api.get(`/store/leasing/orders/${orderNumber}`, helvetia))
      expect(hidden.status).toBe(404)
      expect(hidden.data).toEqual({ error: "ORDER_NOT_FOUND", message: expect.any(String) })
      expect((await failure(api.get("/store/leasing/orders", demo.storeHeaders))).status).toBe(401)
      // A cart that is not an order yet is not an order.
      const open = await readyCart()
      expect(
        (await failure(api.get(`/store/leasing/orders/${await orderNumberOf(open)}`, headers("READ")))).status
      ).toBe(404)
    })
  })

  it("cancelling the order in Medusa cancels its leases that never started", async () => {
    const cartId = await readyCart()
    const validated = await api.post(
      `/store/carts/${cartId}/validate`,
      { purchaser_id: acme().users[0].number },
      headers()
    )
    const orderId = (await dbConnection.raw("select order_id from leasing_cart where cart_id = ?", [cartId])).rows[0]
      .order_id

    expect((await api.post(`/admin/orders/${orderId}/cancel`, {}, demo.adminHeaders)).status).toBe(200)

    // The subscriber runs on the order.canceled event: wait for it, 5 s at most.
    const statuses = async () => (await contractsOf(cartId)).map((c: any) => c.status)
    for (let i = 0; i < 50 && (await statuses()).some((s: string) => s !== "CANCELLED"); i++)
      await new Promise((r) => setTimeout(r, 100))
    expect(await statuses()).toEqual(["CANCELLED", "CANCELLED"])
    const order = await api.get(`/store/leasing/orders/${validated.data.data.order_id}`, headers("READ"))
    expect(order.data.data).toEqual(expect.objectContaining({ client_status: "ARCHIVED", rent: "0.00" }))
  })

  it("a validate retried after a crash between core's order and the contracts finishes that checkout and answers with the order", async () => {
    const cartId = await readyCart()
    const [alice] = acme().users
    await dbConnection.raw("update leasing_cart set signatory_user_id = ? where cart_id = ?", [alice.id, cartId])
    const { result } = await completeCartWorkflow(getContainer()).run({ input: { id: cartId } })

    const retry = await api.post(`/store/carts/${cartId}/validate`, { purchaser_id: alice.number }, headers())

    expect(retry.status).toBe(200)
    expect(retry.data).toEqual({ data: { order_id: await orderNumberOf(cartId), client_status: "RECEIVED" } })
    expect((await contractsOf(cartId)).map((c: any) => c.order_id)).toEqual([result.id, result.id])
    expect(await orderCount()).toBe(1)
    // Now it is an order: a second retry is refused.
    expect(
      (await failure(api.post(`/store/carts/${cartId}/validate`, { purchaser_id: alice.number }, headers()))).data.error
    ).toBe("ORDER_STATUS_TRANSITION_FORBIDDEN")
  })

  it("a checkout killed between core's order and the contracts is finished by the recovery job", async () => {
    const cartId = await readyCart()
    const [alice] = acme().users
    // What a crash leaves: the checkout's first write, then core's order, then nothing.
    await dbConnection.raw(
      "update leasing_cart set signatory_user_id = ?, updated_at = now() - interval '10 minutes' where cart_id = ?",
      [alice.id, cartId]
    )
    const { result } = await completeCartWorkflow(getContainer()).run({ input: { id: cartId } })
    expect(await contractsOf(cartId)).toHaveLength(0)

    expect(await finishInterruptedLeasingCheckouts(getContainer())).toEqual([result.id])
    expect(await finishInterruptedLeasingCheckouts(getContainer())).toEqual([])

    const contracts = await contractsOf(cartId)
    expect(contracts).toHaveLength(2)
    expect(contracts.every((c: any) => c.order_id === result.id && c.signatory_user_id === alice.id)).toBe(true)
    expect(
      (await dbConnection.raw("select order_id from leasing_cart where cart_id = ?", [cartId])).rows[0].order_id
    ).toBe(result.id)
  })
})
