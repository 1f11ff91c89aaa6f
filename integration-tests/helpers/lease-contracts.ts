import { MedusaContainer } from "@medusajs/framework/types"
import { LEASING_MODULE } from "../../src/modules/leasing"
import type { LeaseContractStatus } from "../../src/modules/leasing/constants"
import LeasingModuleService from "../../src/modules/leasing/service"
import { demoVariant } from "./catalog"
import { DemoFixture } from "./demo-fixture"

export type ContractSeed = {
  company?: "acme" | "helvetia"
  order_id?: string
  sku?: string
  monthly_rent?: number
  lease_term_months?: number
  status?: LeaseContractStatus
  starts_at?: Date | null
  ends_at?: Date | null
}

let sequence = 0

/**
 * Lease contracts as a checkout writes them (one per leased device of an order), created with
 * the leasing module's service: the demo company's users and addresses, a demo device, EUR for
 * Acme and CHF for Helvetia. The order and its lines need not exist for the admin routes.
 */
export async function createLeaseContracts(container: MedusaContainer, demo: DemoFixture, seeds: ContractSeed[]) {
  const service = container.resolve<LeasingModuleService>(LEASING_MODULE)
  const rows: Parameters<LeasingModuleService["createLeaseContracts"]>[0] = []
  for (const seed of seeds) {
    const key = seed.company ?? "acme"
    const company = demo.companies[key]
    const variant = await demoVariant(container, seed.sku ?? "MBA13-M3-16-256")
    sequence++
    rows.push({
      order_id: seed.order_id ?? `order_01TEST${String(sequence).padStart(6, "0")}`,
      order_item_id: `ordli_01TEST${String(sequence).padStart(6, "0")}`,
      cart_id: `cart_01TEST${String(sequence).padStart(6, "0")}`,
      company_id: company.id,
      device_number: 9000 + sequence,
      catalog_number: variant.catalog_number,
      product_id: variant.product_id,
      variant_id: variant.id,
      device_name: `MacBook Air 13 M3 ${variant.title}`,
      keyboard_layout: key === "acme" ? "FRENCH_AZERTY" : "SWISS_QWERTZ",
      delivery_country: key === "acme" ? "FR" : "CH",
      assignee_user_id: company.users[1].id,
      shipping_address_id: company.addresses[0].id,
      signatory_user_id: company.users[0].id,
      lease_term_months: seed.lease_term_months ?? 36,
      monthly_rent: seed.monthly_rent ?? 44.17,
      currency_code: key === "acme" ? "eur" : "chf",
      status: seed.status ?? "PENDING_DELIVERY",
      starts_at: seed.starts_at ?? null,
      ends_at: seed.ends_at ?? null,
    })
  }
  const created = await service.createLeaseContracts(rows)
  return created.map((c) => ({ id: c.id, contract_number: Number(c.contract_number), order_id: c.order_id }))
}

/**
 * The fleet device of a delivered contract as checkout and delivery leave it (ordered, assigned so
 * IN_SERVICE, rented at the contract's rent), written with the leasing module's service.
 */
export async function createContractDevice(container: MedusaContainer, contractId: string) {
  const service = container.resolve<LeasingModuleService>(LEASING_MODULE)
  const contract = await service.retrieveLeaseContract(contractId)
  const [number] = await service.reserveDeviceNumbers(1)
  const [device] = await service.createDevices([
    {
      number,
      company_id: contract.company_id,
      user_id: contract.assignee_user_id,
      source: "ORDER",
      name: contract.device_name,
      type: "COMPUTER",
      category: "COMPUTER",
      client_status: "IN_SERVICE",
      is_rented: true,
      rent: Number(contract.monthly_rent),
      currency: contract.currency_code.toUpperCase(),
      contract_number: String(contract.contract_number),
      order_id: contract.order_id,
      order_item_id: contract.order_item_id,
      lease_contract_id: contract.id,
      catalog_number: contract.catalog_number,
      variant_id: contract.variant_id,
    },
  ])
  return { id: device.id, number: Number(device.number) }
}

/** What the database holds for contracts: status, dates (ISO) and rent. */
export async function contractRows(dbConnection: any, ids: string[]) {
  const { rows } = await dbConnection.raw(
    `select id, status, starts_at, ends_at, monthly_rent::float as monthly_rent
       from lease_contract where id = any(?) and deleted_at is null order by contract_number`,
    [ids]
  )
  return rows.map((r: any) => ({
    id: r.id,
    status: r.status,
    starts_at: r.starts_at ? new Date(r.starts_at).toISOString() : null,
    ends_at: r.ends_at ? new Date(r.ends_at).toISOString() : null,
    monthly_rent: r.monthly_rent,
  }))
}
