import { seedDemoData } from "../../src/scripts/demo/seed-demo-data"
import { runLeaseLifecycleDay } from "../../src/workflows/lease-lifecycle"
import { addCalendarMonths } from "../../src/workflows/lease-contracts/utils/add-calendar-months"
import leaseLifecycleDailyJob from "../../src/jobs/lease-lifecycle-daily"
import { failure } from "../helpers/demo-fixture"
import { createLeaseContracts } from "../helpers/lease-contracts"
import { captureLeaseEvents, DAY, daysAgo, isoDay, leaseState } from "../helpers/lease-lifecycle"
import { leasingSuite } from "../helpers/leasing-suite"

jest.setTimeout(180_000)

leasingSuite(({ api, getContainer, dbConnection, demo }) => {
  const events = captureLeaseEvents(getContainer)
  const deliver = (id: string, delivered_at: string) =>
    api.post(`/admin/leasing/contracts/${id}/deliver`, { delivered_at }, demo.adminHeaders)
  const as = (secret: string) => demo.storeHeadersWith({ authorization: `Bearer ${secret}` })
  const acmeRead = () => as(demo.companies.acme.tokens.READ.secret)
  const helvetiaRead = () => as(demo.companies.helvetia.tokens.READ.secret)

  describe("the billing schedule written at delivery", () => {
    it("writes 24 monthly installments of a 24-month contract, due on the start day, clamped at month ends (leap year included)", async () => {
      const [contract] = await createLeaseContracts(getContainer(), demo, [
        { lease_term_months: 24, monthly_rent: 44.17 },
      ])
      const mark = events.since()

      const response = await deliver(contract.id, "2024-01-31")

      expect(response.status).toBe(200)
      const { contract: row, installments } = await leaseState(dbConnection, contract.id)
      expect([row.status, isoDay(row.starts_at), isoDay(row.ends_at)]).toEqual(["ACTIVE", "2024-01-31", "2026-01-31"])
      expect(installments.map((i: any) => isoDay(i.due_date))).toEqual([
        "2024-01-31",
        "2024-02-29",
        "2024-03-31",
        "2024-04-30",
        "2024-05-31",
        "2024-06-30",
        "2024-07-31",
        "2024-08-31",
        "2024-09-30",
        "2024-10-31",
        "2024-11-30",
        "2024-12-31",
        "2025-01-31",
        "2025-02-28",
        "2025-03-31",
        "2025-04-30",
        "2025-05-31",
        "2025-06-30",
        "2025-07-31",
        "2025-08-31",
        "2025-09-30",
        "2025-10-31",
        "2025-11-30",
        "2025-12-31",
      ])
      expect(installments.map((i: any) => i.sequence)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1))
      expect(new Set(installments.map((i: any) => `${i.amount} ${i.currency_code} ${i.status}`))).toEqual(
        new Set(["44.17 eur SCHEDULED"])
      )
      const emitted = await events.after(mark)
      expect(emitted).toEqual([
        {
          name: "lease_contract.activated",
          data: expect.objectContaining({
            id: contract.id,
            company_id: demo.companies.acme.id,
            starts_at: "2024-01-31T00:00:00.000Z",
            ends_at: "2026-01-31T00:00:00.000Z",
          }),
        },
      ])
    })

    it("writes no installment when the delivery is refused", async () => {
      const [contract] = await createLeaseContracts(getContainer(), demo, [{ lease_term_months: 24 }])
      await deliver(contract.id, "2026-03-02")
      const before = await leaseState(dbConnection, contract.id)

      const again = await failure(deliver(contract.id, "2026-03-05"))

      expect([again.status, again.data.code]).toEqual([409, "CONTRACT_NOT_PENDING_DELIVERY"])
      expect(await leaseState(dbConnection, contract.id)).toEqual(before)
      expect(before.installments).toHaveLength(24)
    })
  })

  describe("the daily job", () => {
    it("marks fallen-due installments DUE, announces leases ending soon, rolls expired ones month to month; a second run changes nothing", async () => {
      const [running, ending, expired] = await createLeaseContracts(getContainer(), demo, [
        { lease_term_months: 36, monthly_rent: 44.17 },
        { lease_term_months: 24, monthly_rent: 30 },
        { lease_term_months: 24, monthly_rent: 25 },
      ])
      const runningStart = daysAgo(70)
      // Ends in 10 days; expired ended 5 days ago (nobody chose anything).
      const endingStart = addCalendarMonths(new Date(Date.now() + 10 * DAY), -24)
      const expiredStart = addCalendarMonths(daysAgo(5), -24)
      for (const [c, start] of [
        [running, runningStart],
        [ending, endingStart],
        [expired, expiredStart],
      ] as const) {
        expect((await deliver(c.id, start.toISOString())).status).toBe(200)
      }
      const mark = events.since()

      const first = await runLeaseLifecycleDay(getContainer())

      const now = Date.now()
      const dueOf = async (id: string) =>
        (await leaseState(dbConnection, id)).installments.filter((i: any) => i.status === "DUE").length
      const fallenDue = (start: Date, count: number) =>
        Array.from({ length: count }, (_, n) => addCalendarMonths(start, n)).filter((d) => d.getTime() <= now).length
      expect(await dueOf(running.id)).toBe(fallenDue(runningStart, 36))
      expect(await dueOf(running.id)).toBeGreaterThanOrEqual(3)
      expect(await dueOf(ending.id)).toBe(24)
      // The expired contract got its 25th month (due on its old end date) and a new end date one month later.
      const rolled = await leaseState(dbConnection, expired.id)
      expect([rolled.contract.status, rolled.contract.extension_mode, isoDay(rolled.contract.ends_at)]).toEqual([
        "EXTENDED",
        "MONTH_TO_MONTH",
        isoDay(addCalendarMonths(expiredStart, 25)),
      ])
      expect(rolled.installments).toHaveLength(25)
      expect(rolled.installments.filter((i: any) => i.status === "DUE")).toHaveLength(25)
      expect((await leaseState(dbConnection, ending.id)).contract.ending_soon_notified_at).not.toBeNull()

      const emitted = await events.after(mark)
      const names = (name: string) => emitted.filter((e) => e.name === name).map((e) => e.data.id)
      expect(names("lease_contract.ending_soon")).toEqual([ending.id])
      expect(names("lease_contract.extended")).toEqual([expired.id])
      expect(names("lease_installment.due").sort()).toEqual([...first.due].sort())
      expect(first.due).toHaveLength((await dueOf(running.id)) + 24 + 25)

      // Second run (the scheduled job itself): the same database, no event.
      const snapshot = await Promise.all([running, ending, expired].map((c) => leaseState(dbConnection, c.id)))
      const secondMark = events.since()
      await leaseLifecycleDailyJob(getContainer())
      expect(await Promise.all([running, ending, expired].map((c) => leaseState(dbConnection, c.id)))).toEqual(snapshot)
      expect(await events.after(secondMark)).toEqual([])
    })
  })

  describe("GET /store/leasing/contracts", () => {
    it("lists the company's contracts with what remains to pay, and one contract with its installments; another company's is 404", async () => {
      const [acme, pending] = await createLeaseContracts(getContainer(), demo, [
        { lease_term_months: 24, monthly_rent: 44.17 },
        { monthly_rent: 61.5 },
      ])
      const [helvetia] = await createLeaseContracts(getContainer(), demo, [
        { company: "helvetia", lease_term_months: 24 },
      ])
      await deliver(acme.id, daysAgo(40).toISOString())
      await deliver(helvetia.id, daysAgo(40).toISOString())
      await runLeaseLifecycleDay(getContainer())

      const list = await api.get("/store/leasing/contracts", acmeRead())
      expect(list.status).toBe(200)
      expect(list.data.meta).toEqual({ total: 2, limit: 50, offset: 0 })
      expect(list.data.data.map((c: any) => [c.id, c.status, c.remaining_to_pay])).toEqual([
        [pending.contract_number, "PENDING_DELIVERY", "0.00"],
        [acme.contract_number, "ACTIVE", (24 * 44.17).toFixed(2)],
      ])
      expect(list.data.data[0].installments).toBeUndefined()

      for (const id of [String(acme.contract_number), acme.id]) {
        const one = await api.get(`/store/leasing/contracts/${id}`, acmeRead())
        expect(one.status).toBe(200)
        expect(one.data.data).toEqual(
          expect.objectContaining({
            id: acme.contract_number,
            contract_id: acme.id,
            rent: "44.17",
            rent_currency: "EUR",
            status: "ACTIVE",
          })
        )
        const { installments } = await leaseState(dbConnection, acme.id)
        expect(one.data.data.installments.map((i: any) => [i.id, i.number, i.status, i.amount])).toEqual(
          installments.map((i: any) => [i.id, i.sequence, i.status, "44.17"])
        )
        expect(one.data.data.installments.filter((i: any) => i.status === "DUE").length).toBeGreaterThanOrEqual(2)
      }

      for (const [path, headers] of [
        [`/store/leasing/contracts/${helvetia.contract_number}`, acmeRead()],
        [`/store/leasing/contracts/${acme.id}`, helvetiaRead()],
        ["/store/leasing/contracts/abc", acmeRead()],
        ["/store/leasing/contracts/99999999999", acmeRead()],
      ] as const) {
        const missing = await failure(api.get(path, headers))
        expect([path, missing.status, missing.data.error]).toEqual([path, 404, "CONTRACT_NOT_FOUND"])
      }
      const anonymous = await failure(api.get("/store/leasing/contracts", demo.storeHeaders))
      expect([anonymous.status, anonymous.data.error]).toEqual([401, "UNAUTHORIZED"])
      expect((await api.get("/store/leasing/contracts", helvetiaRead())).data.data.map((c: any) => c.id)).toEqual([
        helvetia.contract_number,
      ])
    })
  })

  describe("admin: schedule, invoice and payment", () => {
    it("records an invoice then a payment; refuses what the status does not allow, writing nothing", async () => {
      const [contract] = await createLeaseContracts(getContainer(), demo, [
        { lease_term_months: 24, monthly_rent: 44.17 },
      ])
      await deliver(contract.id, daysAgo(40).toISOString())
      await runLeaseLifecycleDay(getContainer())
      const base = `/admin/leasing/contracts/${contract.id}/installments`
      const schedule = await api.get(base, demo.adminHeaders)
      expect(schedule.status).toBe(200)
      expect(schedule.data).toEqual(
        expect.objectContaining({ currency_code: "eur", remaining_to_pay: 1060.08, buyback_quote: null })
      )
      const [first] = schedule.data.installments
      const scheduled = schedule.data.installments.find((i: any) => i.status === "SCHEDULED")
      expect(first.status).toBe("DUE")

      const before = await leaseState(dbConnection, contract.id)
      const notDue = await failure(api.post(`${base}/${scheduled.id}/pay`, {}, demo.adminHeaders))
      expect([notDue.status, notDue.data.code]).toEqual([409, "INSTALLMENT_NOT_PAYABLE"])
      const noNumber = await failure(api.post(`${base}/${first.id}/invoice`, {}, demo.adminHeaders))
      expect(noNumber.status).toBe(400)
      const unknown = await failure(
        api.post(`${base}/linst_01UNKNOWN/invoice`, { invoice_number: "F-1" }, demo.adminHeaders)
      )
      expect([unknown.status, unknown.data.code]).toEqual([404, "INSTALLMENT_NOT_FOUND"])
      expect(await leaseState(dbConnection, contract.id)).toEqual(before)

      const invoiced = await api.post(
        `${base}/${first.id}/invoice`,
        { invoice_number: "F-2026-001" },
        demo.adminHeaders
      )
      expect(invoiced.data.installments[0]).toEqual(
        expect.objectContaining({ status: "INVOICED", invoice_number: "F-2026-001" })
      )
      const mark = events.since()
      const paid = await api.post(`${base}/${first.id}/pay`, { payment_reference: "SEPA-42" }, demo.adminHeaders)
      expect(paid.status).toBe(200)
      expect(paid.data.remaining_to_pay).toBe(1015.91)
      const [row] = (await leaseState(dbConnection, contract.id)).installments
      expect([row.status, row.invoice_number, row.payment_reference, row.paid_at !== null]).toEqual([
        "PAID",
        "F-2026-001",
        "SEPA-42",
        true,
      ])
      expect((await events.after(mark)).map((e) => [e.name, e.data.id])).toEqual([["lease_installment.paid", first.id]])

      const twice = await failure(api.post(`${base}/${first.id}/pay`, {}, demo.adminHeaders))
      expect([twice.status, twice.data.code]).toEqual([409, "INSTALLMENT_NOT_PAYABLE"])

      // The Lease contracts page's "rent due this month" covers this contract's installment of the month.
      const page = await api.get(`/admin/leasing/contracts?company_id=${demo.companies.acme.id}`, demo.adminHeaders)
      const thisMonth = (await leaseState(dbConnection, contract.id)).installments.filter(
        (i: any) => isoDay(i.due_date).slice(0, 7) === new Date().toISOString().slice(0, 7)
      )
      expect(page.data.rent_due_this_month).toEqual(
        thisMonth.length ? [{ currency_code: "eur", amount: 44.17 * thisMonth.length }] : []
      )
    })
  })

  describe("the demo", () => {
    it("starts the demo order's leases: one running with installments due, one ending within 30 days; a second seed changes nothing", async () => {
      const { demoOrder } = await seedDemoData(getContainer(), { withDemoOrder: true, withLeaseHistory: true })
      const { rows } = await dbConnection.raw(
        "select id from lease_contract where order_id = ? order by contract_number",
        [demoOrder!.order_id]
      )
      const [running, ending] = await Promise.all(rows.map((r: any) => leaseState(dbConnection, r.id)))
      const statuses = (s: any) => s.installments.map((i: any) => i.status)
      expect(running.contract.status).toBe("ACTIVE")
      expect(statuses(running).filter((x: string) => x === "DUE")).toHaveLength(2)
      expect(statuses(running).filter((x: string) => x === "PAID").length).toBeGreaterThanOrEqual(1)
      expect(ending.contract.status).toBe("ACTIVE")
      const endsIn = (new Date(ending.contract.ends_at).getTime() - Date.now()) / DAY
      expect(endsIn).toBeGreaterThan(0)
      expect(endsIn).toBeLessThanOrEqual(30)
      expect(ending.contract.ending_soon_notified_at).not.toBeNull()
      expect(statuses(ending).filter((x: string) => x === "DUE")).toHaveLength(1)

      await seedDemoData(getContainer(), { withDemoOrder: true, withLeaseHistory: true })
      expect(await Promise.all(rows.map((r: any) => leaseState(dbConnection, r.id)))).toEqual([running, ending])

      const page = await api.get("/admin/leasing/contracts?ending_within_days=30", demo.adminHeaders)
      expect(page.data.lease_contracts.map((c: any) => c.id)).toEqual([rows[1].id])
    })
  })
})
