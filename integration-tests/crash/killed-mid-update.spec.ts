import { FR_ADDRESS } from "../helpers/leasing-cart"
import { demoAcmeHeaders, jsonClient, random } from "./crash-kit"
import { prepareProductionApp, ProductionServer, sql, startProductionServer } from "../helpers/production-app"

// A production server is SIGKILLed at a random moment inside PATCH requests that replace 50
// devices with 50 others; after each restart the cart must be exactly the old or the new set.
jest.setTimeout(600_000)

const KILLS = Number(process.env.LEASING_CRASH_KILLS || 16)
const PORT = Number(process.env.LEASING_CRASH_PORT || 9330)
const DEVICES = 50

type Item = { product_id: number; delivery_country: string; acquisition_mode: string; keyboard_layout?: string }
const signature = (pairs: string[]) => [...pairs].sort().join(",")
const requestSignature = (items: Item[]) => signature(items.map((i) => `${i.product_id}|${i.acquisition_mode}`))

describe("a server killed in the middle of a 50-device update", () => {
  let app: Awaited<ReturnType<typeof prepareProductionApp>>
  let server: ProductionServer
  let headers: Record<string, string>
  let cartId: string
  let sets: [Item[], Item[]]
  const outcomes = { old: 0, new: 0 }

  const call = jsonClient(
    () => server.baseUrl,
    () => headers
  )

  /** The cart as the database holds it. */
  async function cartState() {
    const items = await sql<{ id: string; leasing: any; tax_lines: number }>(
      app.databaseUrl,
      `select li.id, li.metadata->'leasing' as leasing,
              (select count(*)::int from cart_line_item_tax_line t where t.item_id = li.id and t.deleted_at is null) as tax_lines
         from cart_line_item li where li.cart_id = $1 and li.deleted_at is null`,
      [cartId]
    )
    const [record] = await sql<{ pending_update: unknown; device_order: string[] | null }>(
      app.databaseUrl,
      "select pending_update, device_order from leasing_cart where cart_id = $1 and deleted_at is null",
      [cartId]
    )
    const sessions = await sql<{ id: string; amount: string }>(
      app.databaseUrl,
      `select s.id, s.amount::text from payment_session s
         join cart_payment_collection l on l.payment_collection_id = s.payment_collection_id and l.deleted_at is null
        where l.cart_id = $1 and s.deleted_at is null`,
      [cartId]
    )
    return { items, record, sessions }
  }

  /** A payment collection with a live session, as a storefront leaves it before checkout. */
  async function startPayment() {
    const collection = await call("POST", "/store/payment-collections", { cart_id: cartId })
    expect(collection.status).toBe(200)
    const session = await call(
      "POST",
      `/store/payment-collections/${collection.body.payment_collection.id}/payment-sessions`,
      {
        provider_id: "pp_system_default",
      }
    )
    expect(session.status).toBe(200)
    return session.body.payment_collection.payment_sessions.map((s: { id: string }) => s.id) as string[]
  }

  beforeAll(async () => {
    app = await prepareProductionApp("crash")
    server = await startProductionServer(app, PORT)
    headers = await demoAcmeHeaders(app.databaseUrl)
    const catalog = await sql<{ sku: string; catalog_number: number }>(
      app.databaseUrl,
      `select v.sku, o.catalog_number from leasing_offer o join product_variant v on v.id = o.variant_id
        where v.sku in ('IP16-128', 'MBA13-M3-16-256') and o.deleted_at is null`
    )
    const number = (sku: string) => catalog.find((c) => c.sku === sku)!.catalog_number
    const iphone = (mode: string): Item => ({
      product_id: number("IP16-128"),
      delivery_country: "FR",
      acquisition_mode: mode,
    })
    const air = (mode: string): Item => ({
      product_id: number("MBA13-M3-16-256"),
      delivery_country: "FR",
      acquisition_mode: mode,
      keyboard_layout: "FRENCH_AZERTY",
    })
    // Two sets with no device in common, so each update replaces all 50.
    sets = [
      Array.from({ length: DEVICES }, (_, i) => (i % 2 ? air("BUY") : iphone("LEASING"))),
      Array.from({ length: DEVICES }, (_, i) => (i % 2 ? iphone("BUY") : air("LEASING"))),
    ]
    const regions = await sql<{ id: string }>(
      app.databaseUrl,
      "select id from region where currency_code = 'eur' and deleted_at is null limit 1"
    )
    const created = await call("POST", "/store/carts", { region_id: regions[0].id, shipping_address: FR_ADDRESS })
    cartId = created.body.cart.id
    expect((await call("PATCH", `/store/carts/${cartId}`, { order_items: sets[0] })).status).toBe(200)
  })

  afterAll(async () => {
    await server?.stop()
    await app?.drop()
    // Shown even under jest --silent (it silences console.*, not the stream).
    process.stdout.write(
      `\n[crash test] ${outcomes.old} kills left the old device set, ${outcomes.new} the new one, 0 inconsistent\n`
    )
  })

  it(`ends every one of ${KILLS} kills with exactly the old or the new devices, taxed, payable and updatable`, async () => {
    const next = random(Number(process.env.LEASING_CRASH_SEED || 20261124))
    // How long an uninterrupted update takes here: the window the kills are spread over.
    const started = Date.now()
    expect((await call("PATCH", `/store/carts/${cartId}`, { order_items: sets[1] })).status).toBe(200)
    expect((await call("PATCH", `/store/carts/${cartId}`, { order_items: sets[0] })).status).toBe(200)
    const window = (Date.now() - started) / 2
    let current = 0

    for (let kill = 0; kill < KILLS; kill++) {
      const sessionsBefore = await startPayment()
      const target = 1 - current
      const request = call("PATCH", `/store/carts/${cartId}`, { order_items: sets[target] }).catch(() => null)
      await new Promise((r) => setTimeout(r, Math.floor(next() * window)))
      await server.kill()
      await request
      server = await startProductionServer(app, PORT)

      // The next request on the cart repairs it before answering.
      const view = await call("GET", `/store/leasing/carts/${cartId}`)
      expect(view.status).toBe(200)
      const { items, record, sessions } = await cartState()
      expect(record.pending_update).toBeNull()
      expect(items.every((i) => i.leasing)).toBe(true)
      const ended = signature(items.map((i) => `${i.leasing.catalog_number}|${i.leasing.acquisition_mode}`))
      expect([requestSignature(sets[current]), requestSignature(sets[target])]).toContain(ended)
      const endedNew = ended === requestSignature(sets[target])
      expect(items).toHaveLength(DEVICES)
      expect(new Set(record.device_order)).toEqual(new Set(items.map((i) => i.id)))
      expect(items.every((i) => i.tax_lines > 0)).toBe(true)
      expect(view.body.data.num_devices).toBe(DEVICES)
      // A session priced the old cart survives only when the update never started.
      const cart = await call("GET", `/store/carts/${cartId}?fields=total,payment_collection.amount`)
      if (endedNew) expect(sessions.filter((s) => sessionsBefore.includes(s.id))).toEqual([])
      if (cart.body.cart.payment_collection)
        expect(Number(cart.body.cart.payment_collection.amount)).toBeCloseTo(Number(cart.body.cart.total), 2)
      sessions.forEach((s) => expect(Number(s.amount)).toBeCloseTo(Number(cart.body.cart.total), 2))

      outcomes[endedNew ? "new" : "old"]++
      current = endedNew ? target : current
      // And the cart takes the next update.
      expect((await call("PATCH", `/store/carts/${cartId}`, { order_items: sets[current] })).status).toBe(200)
    }
    expect(outcomes.old + outcomes.new).toBe(KILLS)
  })
})
