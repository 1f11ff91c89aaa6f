import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEASING_MODULE } from "../../../modules/leasing"
import LeasingModuleService from "../../../modules/leasing/service"
import { leasingDataOf } from "../../../modules/leasing/utils/leasing-line-data"
import { ExistingContract, OrderToRecord } from "./load-order-to-record"

export type CreateOrderDevicesStepInput = {
  order_id: string
  company_id: string
  order: OrderToRecord
  /** Every lease contract of the order (a leased device names its own). */
  contracts: ExistingContract[]
}

export const createOrderDevicesStepId = "leasing-create-order-devices"
/**
 * Adds every ordered device (leased or bought) to the company's fleet, in one insert: its order
 * line, its lease contract when leased, its assignee, and IN_PREPARATION until it ships. Lines
 * that already have a device are skipped (a repaired checkout may run this twice; a unique
 * index on the order line forbids a second). Undone by deleting the devices it created.
 */
export const createOrderDevicesStep = createStep(
  createOrderDevicesStepId,
  async ({ order_id, company_id, order, contracts }: CreateOrderDevicesStepInput, { container }) => {
    const done = new Set(order.device_item_ids)
    const contractOf = new Map(contracts.map((c) => [c.order_item_id, c]))
    const devices = order.items.flatMap((item) => {
      const leasing = !done.has(item.id) ? leasingDataOf(item) : null
      if (!leasing) return []
      const leased = leasing.acquisition_mode === "LEASING"
      const contract = contractOf.get(item.id)
      const category = item.product?.type?.value ?? "OTHER"
      return [
        {
          number: leasing.device_number,
          company_id,
          user_id: leasing.assignee_user_id,
          source: "ORDER" as const,
          name: [item.title, item.subtitle].filter(Boolean).join(" ") || `Device ${leasing.device_number}`,
          type: category,
          category,
          keyboard_layout: leasing.keyboard_layout,
          client_status: "IN_PREPARATION" as const,
          is_rented: leased,
          rent: leased ? Number(leasing.monthly_rent ?? 0) : null,
          currency: order.currency_code.toUpperCase(),
          purchase_price: leased ? null : Number(item.unit_price),
          contract_number: contract ? String(contract.contract_number) : null,
          order_id,
          order_item_id: item.id,
          lease_contract_id: contract?.id ?? null,
          catalog_number: leasing.catalog_number,
          variant_id: item.variant_id,
        },
      ]
    })
    const service = container.resolve<LeasingModuleService>(LEASING_MODULE)
    const created = devices.length ? await service.createDevices(devices) : []
    const ids = created.map((d) => d.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<LeasingModuleService>(LEASING_MODULE).deleteDevices(ids)
  }
)
