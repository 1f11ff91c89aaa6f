import { createServer, IncomingHttpHeaders, Server, ServerResponse } from "node:http"
import { AddressInfo } from "node:net"
import { Webhook } from "standardwebhooks"
import { prepareProductionApp, ProductionServer, sql, startProductionServer } from "../helpers/production-app"
import { demoAcmeHeaders, jsonClient } from "./crash-kit"

// A production server is SIGKILLed while its first delivery of a lease event waits for the
// receiver's answer; after the restart the retry job must deliver it (its claim on the delivery
// lapses after 60 s, the job runs every 15 s): no event lost, every copy with the same webhook-id.
jest.setTimeout(600_000)

const PORT = Number(process.env.LEASING_CRASH_WEBHOOK_PORT || 9340)
// The claim (60 s) plus a job period (15 s) and a restart, with room to spare.
const DELIVERY_DEADLINE_MS = 150_000
const SERVER_ENV = { LEASING_WEBHOOKS_ALLOW_LOOPBACK_HTTP: "true", LEASING_WEBHOOK_BACKOFF_SECONDS: "1" }

type Received = { headers: IncomingHttpHeaders; body: string }

/** A loopback receiver that records every request and holds the first one's response open (never answered). */
function holdingReceiver() {
  const received: Received[] = []
  const held: ServerResponse[] = []
  let notifyFirst: () => void = () => {}
  const firstArrived = new Promise<void>((resolve) => (notifyFirst = resolve))
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on("data", (c) => chunks.push(c))
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") })
      if (received.length === 1) {
        held.push(res)
        notifyFirst()
        return
      }
      res.writeHead(204).end()
    })
  })
  return {
    received,
    firstArrived,
    listen: () =>
      new Promise<string>((resolve) =>
        server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`))
      ),
    close: () => {
      held.forEach((res) => res.destroy())
      server.closeAllConnections()
      return new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

describe("a server killed while it delivers a webhook", () => {
  let app: Awaited<ReturnType<typeof prepareProductionApp>>
  let server: ProductionServer
  let headers: Record<string, string>
  const receiver = holdingReceiver()
  const call = jsonClient(
    () => server.baseUrl,
    () => headers
  )

  beforeAll(async () => {
    app = await prepareProductionApp("webhook-crash")
    server = await startProductionServer(app, PORT, SERVER_ENV)
    headers = await demoAcmeHeaders(app.databaseUrl)
  })

  afterAll(async () => {
    await receiver.close()
    await server?.stop()
    await app?.drop()
  })

  it("delivers the event after the restart: none lost, every copy with one webhook-id, the log says delivered", async () => {
    const url = await receiver.listen()
    const endpoint = await call("POST", "/store/leasing/webhooks", { url, events: ["lease_contract.extended"] })
    expect(endpoint.status).toBe(201)
    const { id: endpointId, secret } = endpoint.body.data
    // The demo's running lease (delivered about 100 days ago): extending it emits lease_contract.extended.
    const [contract] = await sql<{ id: string }>(
      app.databaseUrl,
      `select c.id from lease_contract c join leasing_company co on co.id = c.company_id
        where c.status = 'ACTIVE' and c.deleted_at is null and co.name like 'Acme%'
        order by c.starts_at limit 1`
    )
    expect(contract).toBeDefined()
    const extended = await call("POST", `/store/leasing/contracts/${contract.id}/extend`, { mode: "MONTH_TO_MONTH" })
    expect(extended.status).toBe(200)

    // The first attempt reaches the receiver, which does not answer: the server dies meanwhile.
    await Promise.race([
      receiver.firstArrived,
      new Promise((_, reject) => setTimeout(() => reject(new Error("no first delivery within 30 s")), 30_000)),
    ])
    const killedAt = Date.now()
    await server.kill()
    const [pending] = await sql<{ id: string; status: string; attempts: number }>(
      app.databaseUrl,
      "select id, status, attempts from lease_webhook_delivery where endpoint_id = $1",
      [endpointId]
    )
    expect([pending.status, pending.attempts]).toEqual(["PENDING", 1])

    server = await startProductionServer(app, PORT, SERVER_ENV)
    const until = killedAt + DELIVERY_DEADLINE_MS
    while (receiver.received.length < 2 && Date.now() < until) await new Promise((r) => setTimeout(r, 500))
    // Let a duplicate, if any, arrive too: the assertions hold for every copy.
    await new Promise((r) => setTimeout(r, 2000))

    expect(receiver.received.length).toBeGreaterThanOrEqual(2)
    const ids = new Set(receiver.received.map((r) => r.headers["webhook-id"]))
    expect([...ids]).toEqual([pending.id])
    const verifier = new Webhook(secret)
    for (const copy of receiver.received) {
      const payload = verifier.verify(copy.body, copy.headers as Record<string, string>) as any
      expect([payload.type, payload.data.id, payload.data.extension_mode]).toEqual([
        "lease_contract.extended",
        contract.id,
        "MONTH_TO_MONTH",
      ])
    }
    const log = await call("GET", `/store/leasing/webhooks/${endpointId}/deliveries`)
    expect(log.status).toBe(200)
    expect(log.body.data).toEqual([
      expect.objectContaining({
        id: pending.id,
        event_type: "lease_contract.extended",
        status: "SUCCEEDED",
        attempts: receiver.received.length,
        delivered_at: expect.any(String),
      }),
    ])
    process.stdout.write(
      `\n[crash test] webhook delivered ${Math.round((Date.now() - killedAt) / 1000)} s after the kill, ${receiver.received.length} copies, one id\n`
    )
  })
})
