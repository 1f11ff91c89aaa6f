import { MedusaError } from "@medusajs/framework/utils"
import { runLeaseLifecycleDay } from "../../src/workflows/lease-lifecycle"
import { leasingCompleteCartWorkflow } from "../../src/workflows/leasing-checkout/leasing-complete-cart"
import { addCalendarMonths } from "../../src/workflows/lease-contracts/utils/add-calendar-months"
import { failure } from "../helpers/demo-fixture"
import { createContractDevice, createLeaseContracts } from "../helpers/lease-contracts"
import { captureLeaseEvents, leaseState } from "../helpers/lease-lifecycle"
import { companyHeaders, iphoneItem, leasingRows, leasingState } from "../helpers/leasing-cart"
import { leasingSuite } from "../helpers/leasing-suite"
import { addFreeEuDelivery } from "../helpers/shipping"

jest.setTimeout(240_000)

const DAY = 24 * 3600 * 1000

// A host's hook refusing the order after its contracts (and the upgrade's return) were written: all of it is undone.
let refuseAfterContracts = false
leasingCompleteCartWorkflow.hooks.contractsCreated(() => {
  if (refuseAfterContracts) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Host policy: no orders today.")
})

leasingSuite(({ api, getContainer, dbConnection, demo }) => {
  const events = captureLeaseEvents(getContainer)
  const acme = () => demo.companies.acme
  const headers = () => companyHeaders(demo)

  beforeEach(async () => {
    await addFreeEuDelivery(getContainer(), demo.shippingProfileId)
  })

  /** A running 36-month Acme (or Helvetia) contract at 40/month now in month `month` (delivered `month - 1` months and a day ago), with its device. */
  async function contractInMonth(month: number, company: "acme" | "helvetia" = "acme") {
    const [contract] = await createLeaseContracts(getContainer(), demo, [
      { company, lease_term_months: 36, monthly_rent: 40 },
    ])
    await createContractDevice(getContainer(), contract.id)
    const deliveredAt = new Date(addCalendarMonths(new Date(), -(month - 1)).getTime() - DAY)
    const delivered = await api.post(
      `/admin/leasing/contracts/${contract.id}/deliver`,
      { delivered_at: deliveredAt.toISOString() },
      demo.adminHeaders
    )
    expect(delivered.status).toBe(200)
    await runLeaseLifecycleDay(getContainer())
    return contract
  }

  /** A new Acme cart (POST /store/leasing/carts) of leased iPhones, one per `replaces` entry. */
  async function upgradeCart(replaces: (string | number | null)[], purchaser = 1) {
    const items = await Promise.all(
      replaces.map((ref) => iphoneItem(getContainer(), "FR", ref == null ? {} : { replaces_contract_id: ref }))
    )
    return api.post(
      "/store/leasing/carts",
      { purchaser_id: acme().users[purchaser].number, order_items: items },
      headers()
    )
  }
  const cartIdOf = async (orderNumber: number) =>
    (await dbConnection.raw("select cart_id from leasing_cart where order_number = ?", [orderNumber])).rows[0]
      .cart_id as string
  const validate = (orderNumber: number, purchaser = 1) =>
    api.post(
      `/store/leasing/carts/${orderNumber}/validate`,
      { purchaser_id: acme().users[purchaser].number },
      headers()
    )
  const contractRow = async (id: string) =>
    (
      await dbConnection.raw(
        "select status, return_address, return_date, early_return_fee::float as fee, metadata from lease_contract where id = ?",
        [id]
      )
    ).rows[0]

  it("validating a cart whose devices replace two contracts starts their returns, with the fee before month 24 only; the new contracts are written", async () => {
    const month15 = await contractInMonth(15)
    const month25 = await contractInMonth(25)
    const before15 = await leaseState(dbConnection, month15.id)

    const created = await upgradeCart([month15.contract_number, month25.id, null])
    expect(created.status).toBe(201)
    const orderNumber = created.data.data.order_id as number
    const cartId = await cartIdOf(orderNumber)
    // The device lines carry the contracts they replace; the contracts are untouched until validation.
    expect(
      ((await leasingRows(dbConnection, cartId)).lines as any[]).map((l: any) => l.leasing.replaces_contract_id)
    ).toEqual([month15.id, month25.id, undefined])
    expect(await leaseState(dbConnection, month15.id)).toEqual(before15)

    const mark = events.since()
    const validated = await validate(orderNumber)
    expect(validated.status).toBe(200)

    const orderId = (await dbConnection.raw("select order_id from leasing_cart where order_number = ?", [orderNumber]))
      .rows[0].order_id
    const newContracts = (
      await dbConnection.raw(
        "select id, status, order_item_id from lease_contract where order_id = ? and deleted_at is null order by contract_number",
        [orderId]
      )
    ).rows
    expect(newContracts.map((c: any) => c.status)).toEqual(["PENDING_DELIVERY", "PENDING_DELIVERY", "PENDING_DELIVERY"])

    const [old15, old25] = await Promise.all([contractRow(month15.id), contractRow(month25.id)])
    expect(old15).toEqual({
      status: "RETURN_REQUESTED",
      return_address: expect.objectContaining({ address_1: expect.any(String), country_code: expect.any(String) }),
      return_date: null,
      // Month 15 < 24: three monthly rents.
      fee: 120,
      metadata: { upgrade: { order_id: orderId, order_item_id: expect.any(String), month: 15, fee: 120 } },
    })
    // The pickup is at the new device's address (the new contract of the line that replaces it).
    const pickup = (
      await dbConnection.raw(
        `select a.address_1, a.city, a.country_code from leasing_company_address a
           join lease_contract c on c.shipping_address_id = a.id where c.order_item_id = ?`,
        [old15.metadata.upgrade.order_item_id]
      )
    ).rows[0]
    expect(old15.return_address).toEqual(expect.objectContaining(pickup))
    expect([old25.status, old25.fee, old25.metadata.upgrade.month, old25.metadata.upgrade.fee]).toEqual([
      "RETURN_REQUESTED",
      null,
      25,
      0,
    ])
    // The old schedule and device stay as they were until the reception.
    const after15 = await leaseState(dbConnection, month15.id)
    expect([after15.installments, after15.devices]).toEqual([before15.installments, before15.devices])
    expect(
      (await events.after(mark))
        .filter((e) => e.name === "lease_contract.return_requested")
        .map((e) => [e.data.id, e.data.upgrade_order_id, e.data.upgrade_fee])
        .sort()
    ).toEqual(
      [
        [month15.id, orderId, 120],
        [month25.id, orderId, 0],
      ].sort()
    )

    // The reception of the month-25 device owes no fee: the upgrade's rule, not the early-return one (3 rents).
    const received = await api.post(`/admin/leasing/contracts/${month25.id}/receive`, {}, demo.adminHeaders)
    expect(received.status).toBe(200)
    expect([(await contractRow(month25.id)).status, (await contractRow(month25.id)).fee]).toEqual(["ENDED", null])
  })

  it("refuses a contract before month 13, another company's, one not running, one named twice or by another open cart, writing nothing", async () => {
    const young = await contractInMonth(12)
    const foreign = await contractInMonth(20, "helvetia")
    const [pending] = await createLeaseContracts(getContainer(), demo, [{}])
    const eligible = await contractInMonth(14)

    const open = await upgradeCart([eligible.contract_number], 2)
    expect(open.status).toBe(201)
    const other = await upgradeCart([null])
    const orderNumber = other.data.data.order_id as number
    const cartId = await cartIdOf(orderNumber)
    const patch = (items: unknown[]) => api.patch(`/store/carts/${orderNumber}`, { order_items: items }, headers())
    const item = async (ref: unknown) => iphoneItem(getContainer(), "FR", { replaces_contract_id: ref })

    const cases: [unknown[], number, string][] = [
      [[await item(young.contract_number)], 409, "UPGRADE_NOT_ELIGIBLE"],
      [[await item(foreign.contract_number)], 404, "CONTRACT_NOT_FOUND"],
      [[await item(foreign.id)], 404, "CONTRACT_NOT_FOUND"],
      [[await item(pending.contract_number)], 409, "CONTRACT_NOT_ACTIVE"],
      [[await item(eligible.contract_number)], 409, "UPGRADE_ALREADY_REQUESTED"],
      [[await item(young.id), await item(young.id)], 409, "UPGRADE_NOT_ELIGIBLE"],
      [[await item("not-a-contract")], 400, "VALIDATION_ERROR"],
    ]
    for (const [items, status, code] of cases) {
      const cart = await leasingState(dbConnection, cartId)
      const contracts = await Promise.all(
        [young, foreign, pending, eligible].map((c) => leaseState(dbConnection, c.id))
      )
      const response = await failure(patch(items))
      expect([response.status, response.data.error ?? response.data.code]).toEqual([status, code])
      expect(response.data.message).toEqual(expect.any(String))
      expect(await leasingState(dbConnection, cartId)).toEqual(cart)
      expect(await Promise.all([young, foreign, pending, eligible].map((c) => leaseState(dbConnection, c.id)))).toEqual(
        contracts
      )
    }
    // The message says when an upgrade becomes possible.
    const refusal = await failure(patch([await item(young.contract_number)]))
    expect(refusal.data.message).toContain("month 13")
  })

  it("refuses the same contract twice in one cart", async () => {
    const eligible = await contractInMonth(14)
    const response = await failure(upgradeCart([eligible.contract_number, eligible.id]))
    expect([response.status, response.data.error ?? response.data.code]).toEqual([409, "UPGRADE_ALREADY_REQUESTED"])
    expect((await contractRow(eligible.id)).status).toBe("ACTIVE")
  })

  it("refuses to validate a cart whose replaced contract stopped running since, writing nothing", async () => {
    const eligible = await contractInMonth(14)
    const created = await upgradeCart([eligible.contract_number])
    const orderNumber = created.data.data.order_id as number
    const cartId = await cartIdOf(orderNumber)
    // The company returns the device itself meanwhile.
    const returned = await api.post(
      `/store/leasing/contracts/${eligible.id}/return`,
      {
        address: { address_1: "1 rue Neuve", city: "Lyon", country_code: "fr" },
        return_date: new Date(Date.now() + 2 * DAY).toISOString().slice(0, 10),
      },
      headers()
    )
    expect(returned.status).toBe(200)
    const before = await leaseState(dbConnection, eligible.id)
    const cart = await leasingState(dbConnection, cartId)

    const response = await failure(validate(orderNumber))

    expect([response.status, response.data.error ?? response.data.code]).toEqual([409, "CONTRACT_NOT_ACTIVE"])
    expect(await leaseState(dbConnection, eligible.id)).toEqual(before)
    expect(await leasingState(dbConnection, cartId)).toEqual(cart)
    const orders = await dbConnection.raw("select completed_at from cart where id = ?", [cartId])
    expect(orders.rows[0].completed_at).toBeNull()
  })
  it("undoes the old contract's return when the checkout fails after it", async () => {
    const eligible = await contractInMonth(15)
    const created = await upgradeCart([eligible.contract_number])
    const orderNumber = created.data.data.order_id as number
    const cartId = await cartIdOf(orderNumber)
    const before = await leaseState(dbConnection, eligible.id)
    const row = await contractRow(eligible.id)

    refuseAfterContracts = true
    const response = await failure(validate(orderNumber)).finally(() => (refuseAfterContracts = false))

    expect([response.status, response.data.message]).toEqual([400, "Host policy: no orders today."])
    expect(await contractRow(eligible.id)).toEqual(row)
    expect(await leaseState(dbConnection, eligible.id)).toEqual(
      expect.objectContaining({ installments: before.installments, devices: before.devices })
    )
    expect((await leaseState(dbConnection, eligible.id)).contract.status).toBe("ACTIVE")
    const written = await dbConnection.raw(
      "select count(*)::int as n from lease_contract where cart_id = ? and deleted_at is null",
      [cartId]
    )
    expect(written.rows[0].n).toBe(0)

    // Validated again without the host's refusal, the upgrade goes through.
    expect((await validate(orderNumber)).status).toBe(200)
    expect((await contractRow(eligible.id)).status).toBe("RETURN_REQUESTED")
  })
})
