import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEASING_MODULE } from "../../../modules/leasing"
import LeasingModuleService from "../../../modules/leasing/service"
import { contractsFromOrder, OrderItemForContract } from "../utils/contracts-from-order"

export type CreateLeaseContractsStepInput = {
  order_id: string
  cart_id: string
  company_id: string
  signatory_user_id: string | null
}

export const createLeaseContractsStepId = "leasing-create-lease-contracts"
/**
 * Creates the order's lease contracts in one insert, from its items. Lines that already have a
 * contract are skipped (a repaired checkout may run this twice; a unique index on the order
 * line forbids a second contract anyway). Undone by deleting the contracts it created.
 */
export const createLeaseContractsStep = createStep(
  createLeaseContractsStepId,
  async (input: CreateLeaseContractsStepInput, { container }) => {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: [
        "id",
        "currency_code",
        "items.id",
        "items.title",
        "items.subtitle",
        "items.product_id",
        "items.variant_id",
        "items.metadata",
      ],
      filters: { id: input.order_id },
    })
    const order = data[0]
    const service = container.resolve<LeasingModuleService>(LEASING_MODULE)
    const existing = new Set(
      (await service.listLeaseContracts({ order_id: input.order_id }, { select: ["order_item_id"] })).map(
        (c) => c.order_item_id
      )
    )
    const items = ((order?.items ?? []) as (OrderItemForContract | null)[]).filter(
      (i): i is OrderItemForContract => !!i && !existing.has(i.id)
    )
    const contracts = contractsFromOrder(items, { ...input, currency_code: order.currency_code })
    const created = contracts.length ? await service.createLeaseContracts(contracts) : []
    const ids = created.map((c) => c.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<LeasingModuleService>(LEASING_MODULE).deleteLeaseContracts(ids)
  }
)
