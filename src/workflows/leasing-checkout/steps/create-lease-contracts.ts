import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEASING_MODULE } from "../../../modules/leasing"
import LeasingModuleService from "../../../modules/leasing/service"
import { contractsFromOrder } from "../utils/contracts-from-order"
import { ExistingContract, OrderToRecord } from "./load-order-to-record"

export type CreateLeaseContractsStepInput = {
  order_id: string
  cart_id: string
  company_id: string
  signatory_user_id: string | null
  order: OrderToRecord
}

export const createLeaseContractsStepId = "leasing-create-lease-contracts"
/**
 * Creates the order's lease contracts in one insert, from its items. Lines that already have a
 * contract are skipped (a repaired checkout may run this twice; a unique index on the order
 * line forbids a second contract anyway). Answers the ids it created and every contract of the
 * order. Undone by deleting the contracts it created.
 */
export const createLeaseContractsStep = createStep(
  createLeaseContractsStepId,
  async ({ order, ...input }: CreateLeaseContractsStepInput, { container }) => {
    const existing = new Set(order.contracts.map((c) => c.order_item_id))
    const items = order.items.filter((i) => !existing.has(i.id))
    const contracts = contractsFromOrder(items, { ...input, currency_code: order.currency_code })
    const service = container.resolve<LeasingModuleService>(LEASING_MODULE)
    const created = contracts.length ? await service.createLeaseContracts(contracts) : []
    const ids = created.map((c) => c.id)
    const all: ExistingContract[] = [
      ...order.contracts,
      ...created.map((c) => ({ id: c.id, order_item_id: c.order_item_id, contract_number: Number(c.contract_number) })),
    ]
    return new StepResponse({ created_ids: ids, contracts: all }, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<LeasingModuleService>(LEASING_MODULE).deleteLeaseContracts(ids)
  }
)
