import { call, Reply } from "./api"
import { ClusterContext, helpers, waitFor } from "./context"

export function cartLockTests(ctx: ClusterContext) {
  const { instance, store, bearer } = helpers(ctx)

  describe("the cart lock, held in Redis", () => {
    const devices = (n: number) =>
      Array.from({ length: n }, (_, j) =>
        j % 2
          ? { product_id: ctx.demo.purchasable.id, delivery_country: "FR", acquisition_mode: "BUY" }
          : { product_id: ctx.demo.leasable.id, delivery_country: "FR" }
      )
    const variantsOf = (n: number) =>
      devices(n)
        .map((d) =>
          d.product_id === ctx.demo.leasable.id ? ctx.demo.leasable.variant_id : ctx.demo.purchasable.variant_id
        )
        .sort()
    const newCompanyCart = async () => {
      const created = await call(instance(0), "POST", "/store/carts", {
        headers: store(),
        body: { region_id: ctx.demo.regionId },
      })
      expect(created.status).toBe(200)
      const claimed = await call(instance(1), "PATCH", `/store/carts/${created.data.cart.id}`, {
        headers: bearer(ctx.demo.token("acme", "WRITE")),
        body: { order_items: devices(1) },
      })
      expect(claimed.status).toBe(200)
      return created.data.cart.id as string
    }
    const cartVariants = async (cartId: string) => {
      // A company's cart answers only that company's credentials.
      const cart = await call(instance(0), "GET", `/store/carts/${cartId}?fields=id,items.variant_id`, {
        headers: bearer(ctx.demo.token("acme", "READ")),
      })
      expect(cart.status).toBe(200)
      return cart.data.cart.items.map((i: any) => i.variant_id).sort() as string[]
    }

    it("answers 10 concurrent PATCHes spread over both instances with 200 or 409, and the cart ends as exactly one of them", async () => {
      const cartId = await newCompanyCart()
      // Request i asks for i + 1 devices: every request leaves a cart of its own.
      const responses: Reply[] = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          call(instance(i), "PATCH", `/store/carts/${cartId}`, {
            headers: bearer(ctx.demo.token("acme", "WRITE")),
            body: { order_items: devices(i + 1) },
          })
        )
      )
      const statuses = responses.map((r) => r.status)
      console.log(
        `[cluster] 10 concurrent PATCHes: ${statuses.filter((s) => s === 200).length} × 200, ${statuses.filter((s) => s === 409).length} × 409`
      )
      expect(statuses.every((s) => s === 200 || s === 409)).toBe(true)
      expect(statuses).toContain(200)
      responses
        .filter((r) => r.status === 409)
        .forEach((r) => expect(r.data).toEqual({ error: "CART_LOCKED", message: expect.any(String) }))
      responses.forEach((r, i) => r.status === 200 && expect(r.data.data.num_devices).toBe(i + 1))

      const final = await cartVariants(cartId)
      const winners = responses
        .map((r, i) => ({ r, i }))
        .filter(({ r, i }) => r.status === 200 && JSON.stringify(variantsOf(i + 1)) === JSON.stringify(final))
      expect(winners).toHaveLength(1)
      expect(final).toHaveLength(winners[0].i + 1)
    })

    it("frees the lock of an instance that died holding it when the lock expires", async () => {
      const cartId = await newCompanyCart()
      const lockKey = `medusa_lock:${cartId}`
      const [victim, survivor] = [ctx.cluster.servers[1], ctx.cluster.servers[0]]
      // A long update on the victim: once it holds the cart's lock, the victim is killed (SIGKILL).
      const dying = call(victim.baseUrl, "PATCH", `/store/carts/${cartId}`, {
        headers: bearer(ctx.demo.token("acme", "WRITE")),
        body: { order_items: devices(40) },
      })
      dying.catch(() => {}) // its connection dies with the process
      await waitFor(
        "the victim to take the lock",
        async () => ((await ctx.cluster.redis.client.exists(lockKey)) ? true : undefined),
        30_000,
        5
      )
      await victim.kill()
      const ttlMs = await ctx.cluster.redis.client.pttl(lockKey)
      expect(ttlMs).toBeGreaterThan(0) // the dead holder's lock stays...
      expect(ttlMs).toBeLessThanOrEqual(10_000) // ...for the lock's expiry (ttl 10 s of the cart workflow) at most

      const blocked = await call(survivor.baseUrl, "PATCH", `/store/carts/${cartId}`, {
        headers: bearer(ctx.demo.token("acme", "WRITE")),
        body: { order_items: devices(3) },
      })
      expect(blocked.status).toBe(409)
      expect(blocked.data.error).toBe("CART_LOCKED")

      await waitFor(
        "the dead holder's lock to expire",
        async () => ((await ctx.cluster.redis.client.exists(lockKey)) ? undefined : true),
        15_000
      )
      const after = await call(survivor.baseUrl, "PATCH", `/store/carts/${cartId}`, {
        headers: bearer(ctx.demo.token("acme", "WRITE")),
        body: { order_items: devices(3) },
      })
      expect(after.status).toBe(200)
      expect(after.data.data.num_devices).toBe(3)
      expect(await cartVariants(cartId)).toEqual(variantsOf(3))
    })
  })
}
