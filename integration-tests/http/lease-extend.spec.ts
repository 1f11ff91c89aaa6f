import { runLeaseLifecycleDay } from "../../src/workflows/lease-lifecycle"
import { addCalendarMonths } from "../../src/workflows/lease-contracts/utils/add-calendar-months"
import { demoVariant } from "../helpers/catalog"
import { failure } from "../helpers/demo-fixture"
import { createContractDevice, createLeaseContracts } from "../helpers/lease-contracts"
import { captureLeaseEvents, daysAgo, isoDay, leaseState } from "../helpers/lease-lifecycle"
import { leasingSuite } from "../helpers/leasing-suite"

jest.setTimeout(240_000)

const SKU = "MBA13-M3-16-512"
/** The offer's prices now: each term its own rent, none equal to the contracts' 40. */
const offer = (terms: number[]) => ({
  available_countries: ["FR", "DE"],
  has_keyboard: true,
  keyboard_layouts: ["FRENCH_AZERTY", "GERMAN_QWERTZ"],
  lease_term_months: 36,
  lease_terms_months: terms,
  leasable: true,
  purchasable: true,
  prices: [
    { acquisition_mode: "LEASING", currency_code: "eur", amount: 61.4, lease_term_months: 18 },
    { acquisition_mode: "LEASING", currency_code: "eur", amount: 48.25, lease_term_months: 24 },
    { acquisition_mode: "LEASING", currency_code: "eur", amount: 39.9 },
    { acquisition_mode: "BUY", currency_code: "eur", amount: 1599 },
  ].filter((p) => !p.lease_term_months || terms.includes(p.lease_term_months)),
})

leasingSuite(({ api, getContainer, dbConnection, demo }) => {
  const events = captureLeaseEvents(getContainer)
  const as = (secret: string) => demo.storeHeadersWith({ authorization: `Bearer ${secret}` })
  const write = (company: "acme" | "helvetia" = "acme") => as(demo.companies[company].tokens.WRITE.secret)
  const extend = (id: string | number, body: unknown, headers = write()) =>
    api.post(`/store/leasing/contracts/${id}/extend`, body, headers)
  const setOffer = async (terms: number[]) => {
    const variant = await demoVariant(getContainer(), SKU)
    expect(
      (await api.post(`/admin/leasing/variants/${variant.id}/offer`, offer(terms), demo.adminHeaders)).status
    ).toBe(200)
  }

  /** A running 36-month Acme contract at 40 €/month, its device written by checkout before the delivery (delivered `deliveredAt`). */
  async function runningContract(deliveredAt = daysAgo(70)) {
    const [contract] = await createLeaseContracts(getContainer(), demo, [
      { sku: SKU, lease_term_months: 36, monthly_rent: 40 },
    ])
    const device = await createContractDevice(getContainer(), contract.id)
    const delivered = await api.post(
      `/admin/leasing/contracts/${contract.id}/deliver`,
      { delivered_at: deliveredAt.toISOString() },
      demo.adminHeaders
    )
    expect(delivered.status).toBe(200)
    await runLeaseLifecycleDay(getContainer())
    return { ...contract, device }
  }

  async function refused(contractId: string, call: () => Promise<unknown>, status: number, code: string) {
    const before = await leaseState(dbConnection, contractId)
    const response = await failure(call())
    expect([response.status, response.data.error ?? response.data.code]).toEqual([status, code])
    expect(response.data.message).toEqual(expect.any(String))
    expect(await leaseState(dbConnection, contractId)).toEqual(before)
    return response
  }

  it("delivery gives the device the contract's rental dates", async () => {
    const contract = await runningContract()
    const { contract: row, devices } = await leaseState(dbConnection, contract.id)
    expect(devices.map((d: any) => [d.rental_start_date, d.rental_end_date])).toEqual([[row.starts_at, row.ends_at]])
  })

  it("a new term uses the offer's current rent for that term: installments, contract and device follow", async () => {
    await setOffer([18, 24, 36])
    const contract = await runningContract()
    const before = await leaseState(dbConnection, contract.id)
    const start = new Date(before.contract.starts_at)
    const mark = events.since()

    const extended = await extend(contract.contract_number, { mode: "NEW_TERM", months: 24 })

    expect(extended.status).toBe(200)
    const newEnd = addCalendarMonths(start, 60)
    expect(extended.data.data).toEqual(
      expect.objectContaining({
        id: contract.contract_number,
        status: "EXTENDED",
        extension_mode: "NEW_TERM",
        rent: "48.25",
        end_date: newEnd.toISOString(),
      })
    )
    const after = await leaseState(dbConnection, contract.id)
    expect([after.contract.status, after.contract.monthly_rent, after.contract.ends_at.toISOString()]).toEqual([
      "EXTENDED",
      48.25,
      newEnd.toISOString(),
    ])
    // The first term's installments stay as they were; the new term's 24 are at the new rent.
    expect(after.installments.slice(0, 36)).toEqual(before.installments)
    expect(after.installments.slice(36).map((i: any) => [i.sequence, isoDay(i.due_date), i.amount, i.status])).toEqual(
      Array.from({ length: 24 }, (_, n) => [37 + n, isoDay(addCalendarMonths(start, 36 + n)), 48.25, "SCHEDULED"])
    )
    expect(
      after.devices.map((d: any) => [d.rent, d.rental_start_date.toISOString(), d.rental_end_date.toISOString()])
    ).toEqual([[48.25, start.toISOString(), newEnd.toISOString()]])
    const device = await api.get(
      `/store/leasing/devices/${contract.device.number}`,
      as(demo.companies.acme.tokens.READ.secret)
    )
    expect([device.data.data.rent, device.data.data.rental_end_date]).toEqual(["48.25", newEnd.toISOString()])
    expect((await events.after(mark)).map((e) => [e.name, e.data.extension_mode, e.data.ends_at])).toEqual([
      ["lease_contract.extended", "NEW_TERM", newEnd.toISOString()],
    ])
  })

  it("month to month keeps the schedule and the device's dates until the end passes, then both move a month at a time", async () => {
    const contract = await runningContract()
    const before = await leaseState(dbConnection, contract.id)
    const rolling = await extend(contract.id, { mode: "MONTH_TO_MONTH" })
    expect(rolling.status).toBe(200)
    expect(rolling.data.data).toEqual(expect.objectContaining({ status: "EXTENDED", extension_mode: "MONTH_TO_MONTH" }))
    const after = await leaseState(dbConnection, contract.id)
    expect([after.installments, after.contract.ends_at, after.devices[0].rental_end_date]).toEqual([
      before.installments,
      before.contract.ends_at,
      before.contract.ends_at,
    ])

    // A lease whose 36 months ended 5 days ago rolls on: one installment, the end date and the device a month further.
    const ended = await runningContract(new Date(addCalendarMonths(new Date(), -36).getTime() - 5 * 24 * 3600 * 1000))
    const rolled = await leaseState(dbConnection, ended.id)
    const start = new Date(rolled.contract.starts_at)
    expect([
      rolled.contract.status,
      rolled.contract.extension_mode,
      rolled.installments.length,
      rolled.installments[36].amount,
      rolled.contract.ends_at.toISOString(),
      rolled.devices[0].rental_end_date.toISOString(),
    ]).toEqual([
      "EXTENDED",
      "MONTH_TO_MONTH",
      37,
      40,
      addCalendarMonths(start, 37).toISOString(),
      addCalendarMonths(start, 37).toISOString(),
    ])
  })

  it("refuses a term the offer no longer leases, a term never offered, a pending contract, bad bodies and another company, writing nothing", async () => {
    const contract = await runningContract()
    await setOffer([24, 36])
    const notOffered = await refused(
      contract.id,
      () => extend(contract.id, { mode: "NEW_TERM", months: 18 }),
      400,
      "LEASE_TERM_NOT_OFFERED"
    )
    expect(notOffered.data.message).toContain("24, 36")
    await refused(
      contract.id,
      () => extend(contract.id, { mode: "NEW_TERM", months: 12 }),
      400,
      "LEASE_TERM_NOT_OFFERED"
    )
    const [pending] = await createLeaseContracts(getContainer(), demo, [{ sku: SKU }])
    await refused(pending.id, () => extend(pending.id, { mode: "NEW_TERM", months: 24 }), 409, "CONTRACT_NOT_ACTIVE")
    await refused(contract.id, () => extend(contract.id, { mode: "NEW_TERM" }), 400, "VALIDATION_ERROR")
    await refused(
      contract.id,
      () => extend(contract.id, { mode: "MONTH_TO_MONTH", months: 3 }),
      400,
      "VALIDATION_ERROR"
    )
    await refused(
      contract.id,
      () => extend(contract.id, { mode: "NEW_TERM", months: 24 }, write("helvetia")),
      404,
      "CONTRACT_NOT_FOUND"
    )
    await refused(
      contract.id,
      () => extend(contract.id, { mode: "NEW_TERM", months: 24 }, as(demo.companies.acme.tokens.READ.secret)),
      403,
      "INSUFFICIENT_SCOPE"
    )
  })
})
