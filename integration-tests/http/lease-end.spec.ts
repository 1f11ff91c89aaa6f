import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { seedDemoData } from "../../src/scripts/demo/seed-demo-data"
import {
  acceptLeaseBuybackWorkflow,
  receiveLeaseReturnWorkflow,
  runLeaseLifecycleDay,
} from "../../src/workflows/lease-lifecycle"
import { failure } from "../helpers/demo-fixture"
import { createContractDevice, createLeaseContracts } from "../helpers/lease-contracts"
import { captureLeaseEvents, daysAgo, leaseState } from "../helpers/lease-lifecycle"
import { leasingSuite } from "../helpers/leasing-suite"

jest.setTimeout(240_000)

// An accepted buyback followed by a failing step: every write of the buyback must be undone.
const failAfterBuyback = createStep("leasing-test-fail-after-buyback", async () => {
  throw new Error("injected failure after the buyback")
})
const buybackThenFail = createWorkflow("leasing-test-buyback-then-fail", (input: { id: string; quote_id: string }) => {
  const accepted = acceptLeaseBuybackWorkflow.runAsStep({ input })
  failAfterBuyback()
  return new WorkflowResponse(accepted)
})

// The same after a reception: the contract, its installments and its device go back as they were.
const failAfterReception = createStep("leasing-test-fail-after-reception", async () => {
  throw new Error("injected failure after the reception")
})
const receiveThenFail = createWorkflow("leasing-test-receive-then-fail", (input: { id: string }) => {
  const received = receiveLeaseReturnWorkflow.runAsStep({ input })
  failAfterReception()
  return new WorkflowResponse(received)
})

const ADDRESS = {
  address_1: "12 rue de la Paix",
  postal_code: "69002",
  city: "Lyon",
  country_code: "fr",
  contact_name: "Hugo Bernard",
}
const tomorrow = () => new Date(Date.now() + 24 * 3600 * 1000).toISOString().slice(0, 10)

leasingSuite(({ api, getContainer, dbConnection, demo }) => {
  const events = captureLeaseEvents(getContainer)
  const deliver = (id: string, delivered_at: string) =>
    api.post(`/admin/leasing/contracts/${id}/deliver`, { delivered_at }, demo.adminHeaders)
  const as = (secret: string) => demo.storeHeadersWith({ authorization: `Bearer ${secret}` })
  const write = () => as(demo.companies.acme.tokens.WRITE.secret)
  const store = (id: string | number, action: string, body: unknown = {}, headers = write()) =>
    api.post(`/store/leasing/contracts/${id}/${action}`, body, headers)

  /** A running 36-month Acme contract delivered 70 days ago, its fallen-due installments DUE, its device in service. */
  async function runningContract(overrides = {}) {
    const [contract] = await createLeaseContracts(getContainer(), demo, [
      { lease_term_months: 36, monthly_rent: 40, ...overrides },
    ])
    await deliver(contract.id, daysAgo(70).toISOString())
    await runLeaseLifecycleDay(getContainer())
    return { ...contract, device: await createContractDevice(getContainer(), contract.id) }
  }

  /** The device as the platform API shows it to its company. */
  const platformDevice = (number: number) =>
    api.get(`/store/leasing/devices/${number}`, as(demo.companies.acme.tokens.READ.secret))
  const deviceState = (devices: any[]) =>
    devices.map((d: any) => [d.client_status, d.is_rented, d.rent, d.purchase_price])

  /** Asserts a refused call: its status and code, and the contract's state (installments, quotes, devices) unchanged in the database. */
  async function refused(contractId: string, call: () => Promise<unknown>, status: number, code: string) {
    // The call starts once the state before is read (a request already under way could race the read).
    const before = await leaseState(dbConnection, contractId)
    const response = await failure(call())
    expect([response.status, response.data.error ?? response.data.code]).toEqual([status, code])
    expect(await leaseState(dbConnection, contractId)).toEqual(before)
  }

  describe("buyback", () => {
    it("quotes the rent to come × 0.5, then accepting ends the contract BOUGHT_OUT with a payment collection; installments not yet due are cancelled", async () => {
      const contract = await runningContract()
      const { installments, devices } = await leaseState(dbConnection, contract.id)
      expect(deviceState(devices)).toEqual([["IN_SERVICE", true, 40, null]])
      const toCome = installments.filter((i: any) => i.status === "SCHEDULED")

      const quote = await store(contract.contract_number, "buyback-quote")

      expect(quote.status).toBe(201)
      expect(quote.data.data).toEqual(
        expect.objectContaining({
          amount: (toCome.length * 40 * 0.5).toFixed(2),
          currency: "EUR",
          remaining_installments: toCome.length,
          status: "OPEN",
        })
      )
      const days = (new Date(quote.data.data.expires_at).getTime() - Date.now()) / 86_400_000
      expect(days).toBeGreaterThan(13.9)
      expect(days).toBeLessThanOrEqual(14)

      const mark = events.since()
      const accepted = await store(contract.id, "buyback", { quote_id: quote.data.data.id })

      expect(accepted.status).toBe(200)
      expect(accepted.data.data).toEqual(
        expect.objectContaining({
          status: "BOUGHT_OUT",
          remaining_to_pay: (installments.length - toCome.length) * 40 + ".00",
        })
      )
      const after = await leaseState(dbConnection, contract.id)
      expect(after.contract.status).toBe("BOUGHT_OUT")
      expect(after.contract.ended_at).not.toBeNull()
      expect(after.installments.map((i: any) => i.status)).toEqual(
        installments.map((i: any) => (i.status === "SCHEDULED" ? "CANCELLED" : "DUE"))
      )
      expect(after.quotes.map((q: any) => q.status)).toEqual(["ACCEPTED"])
      const [collection] = (
        await dbConnection.raw(
          "select amount::float as amount, currency_code from payment_collection where id = ? and deleted_at is null",
          [after.quotes[0].payment_collection_id]
        )
      ).rows
      expect(collection).toEqual({ amount: toCome.length * 20, currency_code: "eur" })
      expect(accepted.data.data.payment_collection_id).toBe(after.quotes[0].payment_collection_id)
      expect((await events.after(mark)).map((e) => [e.name, e.data.id, e.data.amount])).toEqual([
        ["lease_contract.bought_out", contract.id, toCome.length * 20],
      ])
      // The device is the company's now: owned, in service, no rent, bought at the quoted price.
      expect(deviceState(after.devices)).toEqual([["IN_SERVICE", false, null, toCome.length * 20]])
      const device = await platformDevice(contract.device.number)
      expect(device.status).toBe(200)
      expect(device.data.data).toEqual(
        expect.objectContaining({
          id: contract.device.number,
          client_status: "IN_SERVICE",
          is_rented: false,
          rent: null,
          purchase_price: (toCome.length * 20).toFixed(2),
          contract_number: String(contract.contract_number),
        })
      )

      await refused(
        contract.id,
        () => store(contract.id, "buyback", { quote_id: quote.data.data.id }),
        409,
        "CONTRACT_NOT_ACTIVE"
      )
      await refused(contract.id, () => store(contract.id, "buyback-quote"), 409, "CONTRACT_NOT_ACTIVE")
    })

    it("refuses an expired, superseded or foreign quote, a pending contract, a READ token and another company, writing nothing", async () => {
      const contract = await runningContract()
      const other = await runningContract()
      const [pending] = await createLeaseContracts(getContainer(), demo, [{}])
      const old = (await store(contract.id, "buyback-quote")).data.data.id
      const current = (await store(contract.id, "buyback-quote")).data.data.id
      const foreign = (await store(other.id, "buyback-quote")).data.data.id

      await refused(contract.id, () => store(contract.id, "buyback", { quote_id: old }), 409, "QUOTE_NOT_OPEN")
      await refused(contract.id, () => store(contract.id, "buyback", { quote_id: foreign }), 404, "QUOTE_NOT_FOUND")
      await refused(contract.id, () => store(contract.id, "buyback", { quote_id: "nope" }), 400, "VALIDATION_ERROR")
      await refused(pending.id, () => store(pending.id, "buyback-quote"), 409, "CONTRACT_NOT_ACTIVE")
      await refused(
        contract.id,
        () => store(contract.id, "buyback-quote", {}, as(demo.companies.acme.tokens.READ.secret)),
        403,
        "INSUFFICIENT_SCOPE"
      )
      await refused(
        contract.id,
        () => store(contract.id, "buyback", { quote_id: current }, as(demo.companies.helvetia.tokens.WRITE.secret)),
        404,
        "CONTRACT_NOT_FOUND"
      )
      await refused(
        contract.id,
        () => store(contract.id, "buyback", { quote_id: current }, demo.storeHeaders),
        401,
        "UNAUTHORIZED"
      )

      await dbConnection.raw("update lease_buyback_quote set expires_at = now() - interval '1 minute' where id = ?", [
        current,
      ])
      await refused(contract.id, () => store(contract.id, "buyback", { quote_id: current }), 409, "QUOTE_EXPIRED")
      // The refused buybacks left the device rented and in service.
      expect(deviceState((await leaseState(dbConnection, contract.id)).devices)).toEqual([
        ["IN_SERVICE", true, 40, null],
      ])
      expect((await platformDevice(contract.device.number)).data.data).toEqual(
        expect.objectContaining({ client_status: "IN_SERVICE", is_rented: true, rent: "40.00" })
      )
    })

    it("undoes every write when a step after the buyback fails", async () => {
      const contract = await runningContract()
      const quote = (await store(contract.id, "buyback-quote")).data.data.id
      const before = await leaseState(dbConnection, contract.id)
      const collectionsBefore = (
        await dbConnection.raw("select count(*)::int as n from payment_collection where deleted_at is null")
      ).rows[0].n

      await expect(
        buybackThenFail(getContainer()).run({ input: { id: contract.id, quote_id: quote } })
      ).rejects.toBeDefined()

      expect(await leaseState(dbConnection, contract.id)).toEqual(
        expect.objectContaining({
          contract: expect.objectContaining({ status: "ACTIVE", ended_at: null }),
          installments: before.installments.map((i: any) => expect.objectContaining({ id: i.id, status: i.status })),
        })
      )
      expect(
        (await leaseState(dbConnection, contract.id)).quotes.map((q: any) => [q.status, q.payment_collection_id])
      ).toEqual([["OPEN", null]])
      expect(deviceState((await leaseState(dbConnection, contract.id)).devices)).toEqual([
        ["IN_SERVICE", true, 40, null],
      ])
      expect(
        (await dbConnection.raw("select count(*)::int as n from payment_collection where deleted_at is null")).rows[0].n
      ).toBe(collectionsBefore)
    })
  })

  describe("return", () => {
    it("requests a return (RETURN_REQUESTED), then staff record the reception: ENDED, early-return fee, installments not yet due cancelled", async () => {
      const contract = await runningContract()
      const before = await leaseState(dbConnection, contract.id)
      const mark = events.since()

      const requested = await store(contract.contract_number, "return", { address: ADDRESS, return_date: tomorrow() })

      expect(requested.status).toBe(200)
      expect(requested.data.data).toEqual(
        expect.objectContaining({ status: "RETURN_REQUESTED", return_date: `${tomorrow()}T00:00:00.000Z` })
      )
      const afterRequest = await leaseState(dbConnection, contract.id)
      expect([afterRequest.contract.status, afterRequest.contract.return_address]).toEqual([
        "RETURN_REQUESTED",
        { ...ADDRESS, country_code: "FR" },
      ])
      expect(afterRequest.installments).toEqual(before.installments)
      // Being returned, the device keeps its status (Fleet has none for it) until the reception.
      expect(afterRequest.devices).toEqual(before.devices)
      expect(deviceState(before.devices)).toEqual([["IN_SERVICE", true, 40, null]])
      await refused(
        contract.id,
        () => store(contract.id, "return", { address: ADDRESS, return_date: tomorrow() }),
        409,
        "CONTRACT_NOT_ACTIVE"
      )
      await refused(
        contract.id,
        () => store(contract.id, "extend", { mode: "MONTH_TO_MONTH" }),
        409,
        "CONTRACT_NOT_ACTIVE"
      )

      const received = await api.post(`/admin/leasing/contracts/${contract.id}/receive`, {}, demo.adminHeaders)

      expect(received.status).toBe(200)
      expect(received.data.lease_contract).toEqual(expect.objectContaining({ status: "ENDED", early_return_fee: 120 }))
      const ended = await leaseState(dbConnection, contract.id)
      expect([ended.contract.status, ended.contract.early_return_fee, ended.contract.ended_at !== null]).toEqual([
        "ENDED",
        120,
        true,
      ])
      expect(ended.installments.map((i: any) => i.status)).toEqual(
        before.installments.map((i: any) => (i.status === "SCHEDULED" ? "CANCELLED" : "DUE"))
      )
      // Returned: ARCHIVED, still a rented device in the fleet's history.
      expect(deviceState(ended.devices)).toEqual([["ARCHIVED", true, 40, null]])
      const device = await platformDevice(contract.device.number)
      expect([
        device.status,
        device.data.data.client_status,
        device.data.data.is_rented,
        device.data.data.rent,
      ]).toEqual([200, "ARCHIVED", true, "40.00"])
      expect((await events.after(mark)).map((e) => [e.name, e.data.id])).toEqual([
        ["lease_contract.return_requested", contract.id],
        ["lease_contract.ended", contract.id],
      ])
      const again = await failure(api.post(`/admin/leasing/contracts/${contract.id}/receive`, {}, demo.adminHeaders))
      expect([again.status, again.data.code]).toEqual([409, "CONTRACT_NOT_RETURN_REQUESTED"])
    })

    it("undoes the reception, the device's archiving included, when a later step fails", async () => {
      const contract = await runningContract()
      await store(contract.id, "return", { address: ADDRESS, return_date: tomorrow() })
      const before = await leaseState(dbConnection, contract.id)

      await expect(receiveThenFail(getContainer()).run({ input: { id: contract.id } })).rejects.toBeDefined()

      const after = await leaseState(dbConnection, contract.id)
      expect([after.contract.status, after.contract.ended_at, after.contract.early_return_fee]).toEqual([
        "RETURN_REQUESTED",
        null,
        null,
      ])
      expect(after.installments.map((i: any) => [i.id, i.status])).toEqual(
        before.installments.map((i: any) => [i.id, i.status])
      )
      expect(deviceState(after.devices)).toEqual([["IN_SERVICE", true, 40, null]])
      expect((await platformDevice(contract.device.number)).data.data.client_status).toBe("IN_SERVICE")
    })

    it("refuses a bad address or a past date with 400, and a reception without a request with 409, writing nothing", async () => {
      const contract = await runningContract()
      await refused(
        contract.id,
        () => api.post(`/admin/leasing/contracts/${contract.id}/receive`, {}, demo.adminHeaders),
        409,
        "CONTRACT_NOT_RETURN_REQUESTED"
      )
      expect(deviceState((await leaseState(dbConnection, contract.id)).devices)).toEqual([
        ["IN_SERVICE", true, 40, null],
      ])
      for (const body of [
        { address: ADDRESS },
        { address: { ...ADDRESS, country_code: "France" }, return_date: tomorrow() },
        { address: ADDRESS, return_date: "2020-01-01" },
        { address: ADDRESS, return_date: tomorrow(), colour: "red" },
      ]) {
        await refused(contract.id, () => store(contract.id, "return", body), 400, "VALIDATION_ERROR")
      }
    })
  })

  describe("the order", () => {
    it("is ARCHIVED once every lease of the demo order ended or was bought out", async () => {
      const mark = events.since()
      const { demoOrder } = await seedDemoData(getContainer(), { withDemoOrder: true })
      const { rows } = await dbConnection.raw(
        "select id from lease_contract where order_id = ? order by contract_number",
        [demoOrder!.order_id]
      )
      const [bought, returned] = rows.map((r: any) => r.id)
      // The checkout announced each contract it wrote.
      expect(
        (await events.after(mark))
          .filter((e) => e.name === "lease_contract.created")
          .map((e) => e.data)
          .sort((a, b) => a.id.localeCompare(b.id))
      ).toEqual(
        [bought, returned]
          .sort()
          .map((id) => ({ id, order_id: demoOrder!.order_id, company_id: demo.companies.acme.id }))
      )
      for (const id of [bought, returned]) await deliver(id, daysAgo(70).toISOString())
      const order = () =>
        api.get(`/store/leasing/orders/${demoOrder!.order_id}`, as(demo.companies.acme.tokens.READ.secret))
      expect((await order()).data.data.client_status).toBe("ONGOING_ORDER")

      const quote = (await store(bought, "buyback-quote")).data.data.id
      await store(bought, "buyback", { quote_id: quote })
      expect((await order()).data.data.client_status).toBe("ONGOING_ORDER")
      await store(returned, "return", { address: ADDRESS, return_date: tomorrow() })
      expect((await order()).data.data.client_status).toBe("ONGOING_ORDER")
      await api.post(`/admin/leasing/contracts/${returned}/receive`, {}, demo.adminHeaders)

      const archived = await order()
      expect(archived.data.data.client_status).toBe("ARCHIVED")
      expect(
        archived.data.data.devices
          .filter((d: any) => d.contract_status)
          .map((d: any) => d.contract_status)
          .sort()
      ).toEqual(["BOUGHT_OUT", "ENDED"])
      // The devices checkout wrote followed their contracts.
      const [boughtDevices, returnedDevices] = await Promise.all(
        [bought, returned].map(async (id) => (await leaseState(dbConnection, id)).devices)
      )
      expect([
        deviceState(boughtDevices).map((d) => d.slice(0, 3)),
        deviceState(returnedDevices).map((d) => d.slice(0, 2)),
      ]).toEqual([[["IN_SERVICE", false, null]], [["ARCHIVED", true]]])
    })
  })
})
