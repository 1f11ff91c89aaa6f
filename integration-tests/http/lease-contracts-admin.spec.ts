import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { DEMO_ORDER } from "../../src/scripts/demo/demo-config"
import { seedDemoData } from "../../src/scripts/demo/seed-demo-data"
import { markContractDeliveredWorkflow } from "../../src/workflows/lease-contracts"
import { failure } from "../helpers/demo-fixture"
import { contractRows, createLeaseContracts } from "../helpers/lease-contracts"
import { leasingSuite } from "../helpers/leasing-suite"

jest.setTimeout(180_000)

const DAY = 24 * 60 * 60 * 1000
const daysFromNow = (days: number) => new Date(Date.now() + days * DAY)

// A delivery followed by a failing step: the delivery's compensation must put the contract back.
const failAfterDelivery = createStep("leasing-test-fail-after-delivery", async () => {
  throw new Error("injected failure after the delivery")
})
const deliverThenFail = createWorkflow(
  "leasing-test-deliver-then-fail",
  (input: { id: string; delivered_at: string }) => {
    const delivered = markContractDeliveredWorkflow.runAsStep({ input })
    failAfterDelivery()
    return new WorkflowResponse(delivered)
  }
)

leasingSuite(({ api, getContainer, dbConnection, demo }) => {
  const list = (query = "") => api.get(`/admin/leasing/contracts${query}`, demo.adminHeaders)
  const numbers = (response: any) => response.data.lease_contracts.map((c: any) => c.contract_number)

  /** Acme: an order of two pending devices, one running contract ending in 10 days, one in 200 days, one ended; Helvetia: one pending. */
  async function portfolio() {
    const [pendingA, pendingB] = await createLeaseContracts(getContainer(), demo, [
      { order_id: "order_01ACMEPENDING", monthly_rent: 44.17 },
      { order_id: "order_01ACMEPENDING", monthly_rent: 61.5, sku: "MBA13-M3-16-512" },
    ])
    const [endingSoon, endingLater, ended, helvetia] = await createLeaseContracts(getContainer(), demo, [
      {
        status: "ACTIVE",
        starts_at: daysFromNow(-355),
        ends_at: daysFromNow(10),
        lease_term_months: 12,
        monthly_rent: 30.01,
      },
      { status: "ACTIVE", starts_at: daysFromNow(-900), ends_at: daysFromNow(200), monthly_rent: 25 },
      { status: "ENDED", starts_at: daysFromNow(-1200), ends_at: daysFromNow(-105), monthly_rent: 99 },
      { company: "helvetia", monthly_rent: 52.4 },
    ])
    return { pendingA, pendingB, endingSoon, endingLater, ended, helvetia }
  }

  describe("GET /admin/leasing/contracts", () => {
    it("lists contracts newest first with company, assignee and address, and the monthly rent of running and pending ones per currency", async () => {
      const c = await portfolio()

      const response = await list()

      expect(response.status).toBe(200)
      expect(response.data).toEqual(
        expect.objectContaining({
          count: 6,
          limit: 20,
          offset: 0,
          monthly_rent_total: [
            { currency_code: "chf", amount: 52.4 },
            { currency_code: "eur", amount: 160.68 },
          ],
        })
      )
      expect(numbers(response)).toEqual(
        [c.helvetia, c.ended, c.endingLater, c.endingSoon, c.pendingB, c.pendingA].map((x) => x.contract_number)
      )
      const acme = demo.companies.acme
      const [{ first_name, last_name }] = (
        await dbConnection.raw("select first_name, last_name from leasing_company_user where id = ?", [
          acme.users[1].id,
        ])
      ).rows
      expect(response.data.lease_contracts.find((x: any) => x.id === c.pendingB.id)).toEqual({
        id: c.pendingB.id,
        contract_number: c.pendingB.contract_number,
        order_id: "order_01ACMEPENDING",
        order_item_id: expect.stringMatching(/^ordli_/),
        cart_id: expect.stringMatching(/^cart_/),
        company: { id: acme.id, name: "Acme Robotics SAS" },
        device_number: expect.any(Number),
        catalog_number: expect.any(Number),
        product_id: expect.stringMatching(/^prod_/),
        variant_id: expect.stringMatching(/^variant_/),
        device_name: expect.stringContaining("MacBook Air"),
        keyboard_layout: "FRENCH_AZERTY",
        delivery_country: "FR",
        assignee: { id: acme.users[1].id, name: `${first_name} ${last_name}`, email: acme.users[1].email },
        shipping_address: { id: acme.addresses[0].id, label: "Lyon HQ" },
        signatory_user_id: acme.users[0].id,
        lease_term_months: 36,
        monthly_rent: 61.5,
        currency_code: "eur",
        status: "PENDING_DELIVERY",
        starts_at: null,
        ends_at: null,
        extension_mode: null,
        return_date: null,
        ended_at: null,
        early_return_fee: null,
        created_at: expect.any(String),
      })
    })

    it("filters by company, status (one or several), order and 'ending within N days'; totals cover every page", async () => {
      const c = await portfolio()

      const acme = await list(`?company_id=${demo.companies.acme.id}`)
      expect(acme.data.count).toBe(5)
      expect(acme.data.monthly_rent_total).toEqual([{ currency_code: "eur", amount: 160.68 }])

      const pending = await list("?status=PENDING_DELIVERY")
      expect(numbers(pending)).toEqual([c.helvetia, c.pendingB, c.pendingA].map((x) => x.contract_number))
      expect(pending.data.monthly_rent_total).toEqual([
        { currency_code: "chf", amount: 52.4 },
        { currency_code: "eur", amount: 105.67 },
      ])

      const several = await list("?status=ACTIVE&status=ENDED")
      const commaSeparated = await list("?status=ACTIVE,ENDED")
      expect(numbers(several)).toEqual([c.ended, c.endingLater, c.endingSoon].map((x) => x.contract_number))
      expect(numbers(commaSeparated)).toEqual(numbers(several))
      // ENDED contracts add nothing to the rent.
      expect(several.data.monthly_rent_total).toEqual([{ currency_code: "eur", amount: 55.01 }])
      expect((await list("?status=ENDED")).data.monthly_rent_total).toEqual([])

      const ending = await list("?ending_within_days=30")
      expect(numbers(ending)).toEqual([c.endingSoon.contract_number])
      expect(ending.data.monthly_rent_total).toEqual([{ currency_code: "eur", amount: 30.01 }])
      expect(numbers(await list("?ending_within_days=365"))).toEqual(
        [c.endingLater, c.endingSoon].map((x) => x.contract_number)
      )

      const order = await list("?order_id=order_01ACMEPENDING")
      expect(numbers(order)).toEqual([c.pendingB, c.pendingA].map((x) => x.contract_number))

      // One row per page; the totals and count are those of all matching contracts.
      const page = await list(`?company_id=${demo.companies.acme.id}&limit=1&offset=1`)
      expect(page.data).toEqual(
        expect.objectContaining({
          count: 5,
          limit: 1,
          offset: 1,
          monthly_rent_total: [{ currency_code: "eur", amount: 160.68 }],
        })
      )
      expect(numbers(page)).toEqual([c.endingLater.contract_number])
    })

    it("refuses bad filters with 400 VALIDATION_ERROR and needs an admin", async () => {
      for (const query of [
        "?status=LOST",
        "?ending_within_days=-1",
        "?ending_within_days=soon",
        "?company_id=x';--",
        "?order_id=42",
        "?limit=0",
        "?colour=red",
      ]) {
        const bad = await failure(list(query))
        expect([query, bad.status, bad.data.code]).toEqual([query, 400, "VALIDATION_ERROR"])
      }
      const anonymous = await failure(api.get("/admin/leasing/contracts"))
      expect(anonymous.status).toBe(401)
    })
    it("lists the contracts the leasing checkout wrote for an order (the demo order), by order id", async () => {
      const { demoOrder } = await seedDemoData(getContainer(), { withDemoOrder: true })

      const response = await list(`?order_id=${demoOrder!.order_id}`)

      const leased = DEMO_ORDER.devices.filter((d) => d.acquisition_mode === "LEASING")
      const { rows } = await dbConnection.raw(
        "select id, monthly_rent::float as rent from lease_contract where order_id = ? and deleted_at is null order by contract_number desc",
        [demoOrder!.order_id]
      )
      expect(response.data.count).toBe(leased.length)
      expect(response.data.lease_contracts.map((c: any) => [c.id, c.monthly_rent, c.company.name, c.status])).toEqual(
        rows.map((r: any) => [r.id, r.rent, "Acme Robotics SAS", "PENDING_DELIVERY"])
      )
      expect(response.data.lease_contracts.map((c: any) => c.assignee.email).sort()).toEqual(
        leased.map((d) => d.assignee_email).sort()
      )
      expect(response.data.lease_contracts.map((c: any) => c.shipping_address.label).sort()).toEqual(
        leased.map((d) => d.address_label).sort()
      )
      const sum = rows.reduce((total: number, r: any) => total + r.rent, 0)
      expect(response.data.monthly_rent_total).toEqual([{ currency_code: "eur", amount: Math.round(sum * 100) / 100 }])
    })
  })

  describe("GET /admin/leasing/contracts/:id", () => {
    it("answers one contract as the list shows it, 404 NOT_FOUND for an unknown id", async () => {
      const c = await portfolio()
      const one = await api.get(`/admin/leasing/contracts/${c.endingSoon.id}`, demo.adminHeaders)
      const inList = (await list()).data.lease_contracts.find((x: any) => x.id === c.endingSoon.id)
      expect(one.status).toBe(200)
      expect(one.data.lease_contract).toEqual(inList)

      const missing = await failure(api.get("/admin/leasing/contracts/lcon_01UNKNOWN", demo.adminHeaders))
      expect(missing.status).toBe(404)
      expect(missing.data.code).toBe("NOT_FOUND")
    })
  })

  describe("POST /admin/leasing/contracts/:id/deliver", () => {
    const deliver = (id: string, body: unknown = {}) =>
      api.post(`/admin/leasing/contracts/${id}/deliver`, body, demo.adminHeaders)

    it("starts the contract: ACTIVE, start = delivery date, end = start + term in calendar months", async () => {
      const [contract] = await createLeaseContracts(getContainer(), demo, [{ lease_term_months: 18 }])

      const response = await deliver(contract.id, { delivered_at: "2026-08-31" })

      expect(response.status).toBe(200)
      expect(response.data.lease_contract).toEqual(
        expect.objectContaining({
          id: contract.id,
          status: "ACTIVE",
          starts_at: "2026-08-31T00:00:00.000Z",
          ends_at: "2028-02-29T00:00:00.000Z",
        })
      )
      expect(await contractRows(dbConnection, [contract.id])).toEqual([
        {
          id: contract.id,
          status: "ACTIVE",
          starts_at: "2026-08-31T00:00:00.000Z",
          ends_at: "2028-02-29T00:00:00.000Z",
          monthly_rent: 44.17,
        },
      ])
    })

    it("uses now without a date (or without a body), and keeps a date-time's time of day", async () => {
      const [now, timed] = await createLeaseContracts(getContainer(), demo, [
        { lease_term_months: 24 },
        { lease_term_months: 36 },
      ])
      const before = Date.now()

      // No body at all, as a script with curl -X POST would send it (no Content-Type: axios would
      // otherwise send a form's, which /admin/leasing refuses as a cross-site form would send it).
      await api.post(`/admin/leasing/contracts/${now.id}/deliver`, undefined, {
        headers: { ...demo.adminHeaders.headers, "content-type": false },
      })
      await deliver(timed.id, { delivered_at: "2026-01-31T09:30:00+01:00" })

      const [nowRow, timedRow] = await contractRows(dbConnection, [now.id, timed.id])
      const started = new Date(nowRow.starts_at).getTime()
      expect(started).toBeGreaterThanOrEqual(before - 1000)
      expect(started).toBeLessThanOrEqual(Date.now())
      const expectedEnd = new Date(nowRow.starts_at)
      expectedEnd.setUTCFullYear(expectedEnd.getUTCFullYear() + 2)
      expect(nowRow).toEqual(expect.objectContaining({ status: "ACTIVE", ends_at: expectedEnd.toISOString() }))
      expect(timedRow).toEqual(
        expect.objectContaining({
          status: "ACTIVE",
          starts_at: "2026-01-31T08:30:00.000Z",
          ends_at: "2029-01-31T08:30:00.000Z",
        })
      )
    })

    it("answers 409 CONTRACT_NOT_PENDING_DELIVERY to a second delivery and to an ended contract, changing nothing", async () => {
      const [contract] = await createLeaseContracts(getContainer(), demo, [{}])
      const [ended] = await createLeaseContracts(getContainer(), demo, [
        { status: "ENDED", starts_at: daysFromNow(-1200), ends_at: daysFromNow(-105) },
      ])
      await deliver(contract.id, { delivered_at: "2026-03-02" })
      const after = await contractRows(dbConnection, [contract.id, ended.id])

      const again = await failure(deliver(contract.id, { delivered_at: "2026-03-05" }))
      const onEnded = await failure(deliver(ended.id))

      for (const refused of [again, onEnded]) {
        expect(refused.status).toBe(409)
        expect(refused.data.code).toBe("CONTRACT_NOT_PENDING_DELIVERY")
      }
      expect(again.data.message).toMatch(/ACTIVE/)
      expect(await contractRows(dbConnection, [contract.id, ended.id])).toEqual(after)
    })

    it("answers 400 VALIDATION_ERROR to a bad, impossible or future date and to unknown fields, changing nothing", async () => {
      const [contract] = await createLeaseContracts(getContainer(), demo, [{}])
      const before = await contractRows(dbConnection, [contract.id])
      const tomorrow = daysFromNow(1).toISOString()

      for (const body of [
        { delivered_at: "yesterday" },
        { delivered_at: "2026-02-30" },
        { delivered_at: tomorrow },
        { delivered_at: 20260101 },
        { status: "ACTIVE" },
      ]) {
        const bad = await failure(deliver(contract.id, body))
        expect([body, bad.status, bad.data.code]).toEqual([body, 400, "VALIDATION_ERROR"])
      }
      expect(await contractRows(dbConnection, [contract.id])).toEqual(before)
      expect(before[0]).toEqual(expect.objectContaining({ status: "PENDING_DELIVERY", starts_at: null, ends_at: null }))
    })

    it("answers 404 NOT_FOUND to an unknown contract", async () => {
      const missing = await failure(deliver("lcon_01UNKNOWN"))
      expect(missing.status).toBe(404)
      expect(missing.data.code).toBe("NOT_FOUND")
      expect(
        (await dbConnection.raw("select count(*)::int as n from lease_contract where status <> 'PENDING_DELIVERY'"))
          .rows[0].n
      ).toBe(0)
    })

    it("puts the contract back when a later step of the workflow fails (compensation)", async () => {
      const [contract] = await createLeaseContracts(getContainer(), demo, [{}])
      const before = await contractRows(dbConnection, [contract.id])

      const { errors } = await deliverThenFail(getContainer()).run({
        input: { id: contract.id, delivered_at: "2026-03-02" },
        throwOnError: false,
      })

      expect(errors.map((e) => e.error.message)).toEqual(["injected failure after the delivery"])
      expect(await contractRows(dbConnection, [contract.id])).toEqual(before)
      // The lock went with the compensation: the real delivery then goes through.
      expect((await deliver(contract.id, { delivered_at: "2026-03-02" })).status).toBe(200)
    })
  })
})
