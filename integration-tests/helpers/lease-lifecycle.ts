import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { LEASE_EVENT_NAMES } from "../../src/modules/leasing/constants"

export const DAY = 24 * 60 * 60 * 1000
export const daysAgo = (days: number) => new Date(Date.now() - days * DAY)

export type CapturedEvent = { name: string; data: any }

/**
 * Records every lease event the app emits on Medusa's event bus (subscribed as a host would), so
 * a test can check which events a call produced. `since()` marks a point; `after(mark)` waits a
 * moment for the bus (events of a workflow are released when it commits) and answers those emitted since.
 */
export function captureLeaseEvents(getContainer: () => MedusaContainer) {
  const events: CapturedEvent[] = []
  beforeAll(() => {
    const bus = getContainer().resolve(Modules.EVENT_BUS)
    for (const name of LEASE_EVENT_NAMES) {
      bus.subscribe(name, async (event: any) => void events.push({ name: event.name, data: event.data }), {
        subscriberId: `test-capture-${name}`,
      })
    }
  })
  return {
    since: () => events.length,
    after: async (mark: number) => {
      await new Promise((resolve) => setTimeout(resolve, 300))
      return events.slice(mark)
    },
  }
}

/** A contract's whole state in the database: the contract, its installments, its buyback quotes (each with updated_at), its devices. */
export async function leaseState(dbConnection: any, contractId: string) {
  const contract = (
    await dbConnection.raw(
      `select status, starts_at, ends_at, monthly_rent::float as monthly_rent, extension_mode, return_address, return_date, ended_at, early_return_fee::float as early_return_fee,
              ending_soon_notified_at, updated_at
         from lease_contract where id = ?`,
      [contractId]
    )
  ).rows[0]
  const installments = (
    await dbConnection.raw(
      `select id, sequence, due_date, amount::float as amount, currency_code, status, invoice_number, paid_at, payment_reference, updated_at
         from lease_installment where contract_id = ? and deleted_at is null order by sequence`,
      [contractId]
    )
  ).rows
  const quotes = (
    await dbConnection.raw(
      `select id, amount::float as amount, status, expires_at, accepted_at, payment_collection_id, updated_at
         from lease_buyback_quote where contract_id = ? and deleted_at is null order by created_at`,
      [contractId]
    )
  ).rows
  const devices = (
    await dbConnection.raw(
      `select id, number, client_status, is_rented, rent::float as rent, purchase_price::float as purchase_price,
              rental_start_date, rental_end_date, updated_at
         from leasing_device where lease_contract_id = ? and deleted_at is null order by number`,
      [contractId]
    )
  ).rows
  return { contract, installments, quotes, devices }
}

export const isoDay = (d: Date | string) => new Date(d).toISOString().slice(0, 10)
