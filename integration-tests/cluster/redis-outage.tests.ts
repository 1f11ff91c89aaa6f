import { call } from "./api"
import { ClusterContext, helpers, waitFor } from "./context"

export function redisOutageTests(ctx: ClusterContext) {
  const { store, bearer } = helpers(ctx)

  describe("when Redis is down", () => {
    it("answers 503 RATE_LIMIT_UNAVAILABLE on the company routes, in each contract's shape, and recovers when Redis is back", async () => {
      // Instance A only: the lock test above may have killed B.
      const server = ctx.cluster.servers[0]
      const headers = bearer(ctx.demo.token("acme", "READ"))
      const cart = await call(server.baseUrl, "POST", "/store/carts", {
        headers: store(),
        body: { region_id: ctx.demo.regionId },
      })
      expect(cart.status).toBe(200)
      const cartId = cart.data.cart.id
      await ctx.cluster.stopRedis()
      try {
        const platform = await call(server.baseUrl, "GET", "/store/leasing/company", { headers })
        expect(platform.status).toBe(503)
        expect(platform.data).toEqual({
          error: "RATE_LIMIT_UNAVAILABLE",
          message: expect.stringMatching(/cannot be checked/),
        })
        // Medusa's own route, called with a company token: Medusa's error shape, same code.
        const medusaShape = await call(server.baseUrl, "POST", `/store/carts/${cartId}`, {
          headers: bearer(ctx.demo.token("acme", "WRITE")),
          body: { email: "buyer@leasing.test" },
        })
        expect(medusaShape.status).toBe(503)
        expect(medusaShape.data).toEqual(
          expect.objectContaining({ code: "RATE_LIMIT_UNAVAILABLE", message: expect.any(String) })
        )
      } finally {
        await ctx.cluster.startRedis()
      }
      const back = await waitFor(
        "the company route to answer again",
        async () => {
          const reply = await call(server.baseUrl, "GET", "/store/leasing/company", { headers })
          return reply.status === 200 ? reply : undefined
        },
        30_000,
        500
      )
      expect(back.data.data.name).toBe("Acme Robotics SAS")
      // The refused update changed nothing.
      const unchanged = await call(server.baseUrl, "GET", `/store/carts/${cartId}?fields=id,email`, {
        headers: store(),
      })
      expect(unchanged.status).toBe(200)
      expect(unchanged.data.cart.email ?? null).toBeNull()
    })
  })
}
