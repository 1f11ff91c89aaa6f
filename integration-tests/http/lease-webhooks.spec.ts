import { createServer, IncomingHttpHeaders, Server } from "node:http"
import { AddressInfo } from "node:net"
import { Webhook } from "standardwebhooks"
import { deliverDueWebhooks } from "../../src/workflows/lease-webhooks"
import { failure } from "../helpers/demo-fixture"
import { createLeaseContracts } from "../helpers/lease-contracts"
import { daysAgo } from "../helpers/lease-lifecycle"
import { leasingSuite } from "../helpers/leasing-suite"

jest.setTimeout(240_000)

// Test/dev-only options, read when the app boots (docs/lease-lifecycle.md): loopback HTTP receivers,
// no backoff between attempts, 3 attempts per delivery, an endpoint disabled after 2 failed deliveries.
const TEST_ENV = {
  LEASING_WEBHOOKS_ALLOW_LOOPBACK_HTTP: "true",
  LEASING_WEBHOOK_BACKOFF_SECONDS: "0",
  LEASING_WEBHOOK_MAX_ATTEMPTS: "3",
  LEASING_WEBHOOK_DISABLE_AFTER_FAILURES: "2",
}
const saved = Object.fromEntries(Object.keys(TEST_ENV).map((k) => [k, process.env[k]]))
Object.assign(process.env, TEST_ENV)
afterAll(() => {
  for (const [k, v] of Object.entries(saved)) v === undefined ? delete process.env[k] : (process.env[k] = v)
})

type Received = { path: string; headers: IncomingHttpHeaders; body: string }

/** A real HTTP receiver on loopback: answers each path with the next status of its script (then 200). */
function receiver() {
  const received: Received[] = []
  const scripts = new Map<string, number[]>()
  let server: Server
  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = ""
      req.on("data", (chunk) => (body += chunk))
      req.on("end", () => {
        received.push({ path: req.url!, headers: req.headers, body })
        res.statusCode = scripts.get(req.url!)?.shift() ?? 200
        res.end()
      })
    })
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
  return {
    url: (path: string) => `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`,
    script: (path: string, statuses: number[]) => scripts.set(path, [...statuses]),
    at: (path: string) => received.filter((r) => r.path === path),
  }
}

const waitFor = async (check: () => boolean | Promise<boolean>, ms = 10_000) => {
  const until = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > until) throw new Error("timed out")
    await new Promise((r) => setTimeout(r, 100))
  }
}

leasingSuite(({ api, getContainer, dbConnection, demo }) => {
  const hooks = receiver()
  const as = (secret: string) => demo.storeHeadersWith({ authorization: `Bearer ${secret}` })
  const acme = () => as(demo.companies.acme.tokens.WRITE.secret)
  const helvetia = () => as(demo.companies.helvetia.tokens.WRITE.secret)
  const register = (headers: any, path: string, events: string[]) =>
    api.post("/store/leasing/webhooks", { url: hooks.url(path), events }, headers)
  const deliver = (id: string) =>
    api.post(`/admin/leasing/contracts/${id}/deliver`, { delivered_at: daysAgo(3).toISOString() }, demo.adminHeaders)
  const deliveries = async (endpointId: string) =>
    (
      await dbConnection.raw(
        "select id, event_type, status, attempts from lease_webhook_delivery where endpoint_id = ? order by created_at",
        [endpointId]
      )
    ).rows

  it("signs each delivery (verified with the library), retries a failing receiver with the same id until it answers, then stops; another company receives nothing", async () => {
    hooks.script("/acme", [500, 503])
    const created = await register(acme(), "/acme", ["lease_contract.activated", "lease_contract.ended"])
    expect(created.status).toBe(201)
    const { secret, id: endpointId } = created.data.data
    expect(secret).toMatch(/^whsec_/)
    const otherCompany = (
      await register(helvetia(), "/helvetia", ["lease_contract.activated", "lease_installment.due"])
    ).data.data
    const notSubscribed = (await register(acme(), "/acme-paid-only", ["lease_installment.paid"])).data.data

    const [contract] = await createLeaseContracts(getContainer(), demo, [{ lease_term_months: 24 }])
    await deliver(contract.id)

    // First attempt from the event's subscriber (500), then the retry pass: 503, then 200.
    await waitFor(() => hooks.at("/acme").length === 1)
    await waitFor(async () => {
      await deliverDueWebhooks(getContainer())
      return (await deliveries(endpointId))[0]?.status === "SUCCEEDED"
    })
    await deliverDueWebhooks(getContainer())
    await new Promise((r) => setTimeout(r, 500))

    const attempts = hooks.at("/acme")
    expect(attempts).toHaveLength(3)
    const [row] = await deliveries(endpointId)
    expect(row).toEqual({
      id: expect.stringMatching(/^msg_/),
      event_type: "lease_contract.activated",
      status: "SUCCEEDED",
      attempts: 3,
    })
    for (const attempt of attempts) {
      expect(attempt.headers["webhook-id"]).toBe(row.id)
      const verified = new Webhook(secret).verify(attempt.body, attempt.headers as Record<string, string>) as any
      expect(verified).toEqual({
        type: "lease_contract.activated",
        timestamp: expect.any(String),
        data: expect.objectContaining({ id: contract.id, company_id: demo.companies.acme.id }),
      })
    }
    expect(new Set(attempts.map((a) => a.body)).size).toBe(1)
    expect(() =>
      new Webhook(otherCompany.secret).verify(attempts[0].body, attempts[0].headers as Record<string, string>)
    ).toThrow()
    expect(hooks.at("/helvetia")).toEqual([])
    expect(hooks.at("/acme-paid-only")).toEqual([])
    expect(await deliveries(otherCompany.id)).toEqual([])
    expect(await deliveries(notSubscribed.id)).toEqual([])

    // The log, for the company and for staff; never the secret again.
    const log = await api.get(`/store/leasing/webhooks/${endpointId}/deliveries`, acme())
    expect(log.data.data.map((d: any) => [d.id, d.status, d.attempts, d.last_response_status])).toEqual([
      [row.id, "SUCCEEDED", 3, 200],
    ])
    const staffLog = await api.get(`/admin/leasing/webhooks/${endpointId}/deliveries`, demo.adminHeaders)
    expect(staffLog.data.deliveries.map((d: any) => d.id)).toEqual([row.id])
    const list = await api.get("/store/leasing/webhooks", acme())
    expect(list.data.data.map((e: any) => e.id).sort()).toEqual([endpointId, notSubscribed.id].sort())
    expect(JSON.stringify(list.data)).not.toContain(secret)
    const foreign = await failure(api.get(`/store/leasing/webhooks/${endpointId}/deliveries`, helvetia()))
    expect([foreign.status, foreign.data.error]).toEqual([404, "WEBHOOK_ENDPOINT_NOT_FOUND"])
  })

  it("gives up on a delivery after the last attempt and disables an endpoint after repeated failures", async () => {
    hooks.script("/down", Array(20).fill(500))
    const endpoint = (await register(acme(), "/down", ["lease_contract.activated"])).data.data
    const contracts = await createLeaseContracts(getContainer(), demo, [{}, {}, {}])

    for (const [index, c] of contracts.slice(0, 2).entries()) {
      await deliver(c.id)
      await waitFor(async () => {
        await deliverDueWebhooks(getContainer())
        const rows = await deliveries(endpoint.id)
        return rows.length === index + 1 && rows.every((d: any) => d.status === "FAILED")
      })
    }
    expect((await deliveries(endpoint.id)).map((d: any) => [d.status, d.attempts])).toEqual([
      ["FAILED", 3],
      ["FAILED", 3],
    ])
    const [{ enabled, consecutive_failures }] = (
      await dbConnection.raw("select enabled, consecutive_failures from lease_webhook_endpoint where id = ?", [
        endpoint.id,
      ])
    ).rows
    expect([enabled, consecutive_failures]).toEqual([false, 2])

    const received = hooks.at("/down").length
    await deliver(contracts[2].id)
    await new Promise((r) => setTimeout(r, 500))
    await deliverDueWebhooks(getContainer())
    expect(hooks.at("/down")).toHaveLength(received)
    expect(await deliveries(endpoint.id)).toHaveLength(2)

    const enabledAgain = await api.post(`/admin/leasing/webhooks/${endpoint.id}/enable`, {}, demo.adminHeaders)
    expect(enabledAgain.data.webhook_endpoint).toEqual(
      expect.objectContaining({ enabled: true, consecutive_failures: 0, disabled_at: null })
    )
  })

  it("refuses a non-HTTPS or internal URL, an unknown event and a READ token, writing nothing", async () => {
    const count = async () =>
      (await dbConnection.raw("select count(*)::int as n from lease_webhook_endpoint")).rows[0].n
    const before = await count()
    for (const [body, status, code] of [
      [{ url: "http://hooks.example.com/x", events: ["lease_contract.ended"] }, 400, "WEBHOOK_URL_NOT_ALLOWED"],
      [{ url: "https://169.254.169.254/latest", events: ["lease_contract.ended"] }, 400, "WEBHOOK_URL_NOT_ALLOWED"],
      [{ url: "https://hooks.example.com/x", events: ["order.placed"] }, 400, "VALIDATION_ERROR"],
      [{ url: "https://hooks.example.com/x", events: [] }, 400, "VALIDATION_ERROR"],
    ] as const) {
      const refused = await failure(api.post("/store/leasing/webhooks", body, acme()))
      expect([body.url, refused.status, refused.data.error]).toEqual([body.url, status, code])
    }
    const read = await failure(
      api.post(
        "/store/leasing/webhooks",
        { url: "https://hooks.example.com/x", events: ["lease_contract.ended"] },
        as(demo.companies.acme.tokens.READ.secret)
      )
    )
    expect([read.status, read.data.error]).toEqual([403, "INSUFFICIENT_SCOPE"])
    expect(await count()).toBe(before)

    const own = (
      await api.post(
        "/store/leasing/webhooks",
        { url: "https://hooks.example.com/x", events: ["lease_contract.ended"] },
        acme()
      )
    ).data.data
    const notYours = await failure(api.delete(`/store/leasing/webhooks/${own.id}`, helvetia()))
    expect([notYours.status, notYours.data.error]).toEqual([404, "WEBHOOK_ENDPOINT_NOT_FOUND"])
    expect((await api.delete(`/store/leasing/webhooks/${own.id}`, acme())).data.data).toEqual({
      id: own.id,
      deleted: true,
    })
    expect(
      (await dbConnection.raw("select deleted_at from lease_webhook_endpoint where id = ?", [own.id])).rows[0]
        .deleted_at
    ).not.toBeNull()
  })
})
