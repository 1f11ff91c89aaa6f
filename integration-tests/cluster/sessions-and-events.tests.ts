import { readFileSync } from "fs"
import { DEMO_ADMIN } from "../../src/scripts/demo/demo-config"
import { call } from "./api"
import { ClusterContext, helpers, waitFor } from "./context"

type ProbeRecord = { event: string; cart_id: string; pid: number; worker_mode?: string }

export function sessionAndEventTests(ctx: ClusterContext) {
  const { instance, store } = helpers(ctx)

  describe("admin sessions in Redis", () => {
    it("keeps an admin logged in through one instance logged in on the other, and logged out on both", async () => {
      const login = await call(instance(0), "POST", "/auth/user/emailpass", { body: DEMO_ADMIN })
      expect(login.status).toBe(200)
      // Production sets a Secure cookie: it is only sent back when the proxy says the client used https.
      const session = await call(instance(0), "POST", "/auth/session", {
        headers: { authorization: `Bearer ${login.data.token}`, "x-forwarded-proto": "https" },
      })
      expect(session.status).toBe(200)
      const setCookie = session.headers.get("set-cookie") ?? ""
      expect(setCookie).toMatch(/^connect\.sid=/)
      expect(setCookie).toMatch(/;\s*Secure/i)
      const cookie = setCookie.split(";")[0]

      const me = await call(instance(1), "GET", "/admin/users/me", { headers: { cookie } })
      expect(me.status).toBe(200)
      expect(me.data.user.email).toBe(DEMO_ADMIN.email)
      expect((await call(instance(1), "GET", "/admin/users/me")).status).toBe(401)

      const logout = await call(instance(1), "DELETE", "/auth/session", { headers: { cookie } })
      expect(logout.status).toBe(200)
      expect((await call(instance(0), "GET", "/admin/users/me", { headers: { cookie } })).status).toBe(401)
    })
  })

  describe("events through Redis to the worker", () => {
    it("has a cart's events handled by the worker, not by the servers that emitted them", async () => {
      const created = await call(instance(0), "POST", "/store/carts", {
        headers: store(),
        body: { region_id: ctx.demo.regionId },
      })
      expect(created.status).toBe(200)
      const cartId = created.data.cart.id
      const updated = await call(instance(1), "POST", `/store/carts/${cartId}`, {
        headers: store(),
        body: { email: "buyer@leasing.test" },
      })
      expect(updated.status).toBe(200)
      expect(updated.data.cart.email).toBe("buyer@leasing.test")

      const handled = await waitFor(
        "the worker to handle cart.created and cart.updated",
        async () => {
          const records: ProbeRecord[] = readFileSync(ctx.cluster.probeFile, "utf8")
            .split("\n")
            .filter(Boolean)
            .map((line) => JSON.parse(line))
            .filter((r: ProbeRecord) => r.cart_id === cartId)
          return ["cart.created", "cart.updated"].every((e) => records.some((r) => r.event === e)) ? records : undefined
        },
        30_000
      )
      expect(handled.map((r) => r.event).sort()).toEqual(["cart.created", "cart.updated"])
      for (const record of handled) {
        expect(record).toEqual({
          event: record.event,
          cart_id: cartId,
          pid: ctx.cluster.worker.pid,
          worker_mode: "worker",
        })
      }
    })
  })
}
