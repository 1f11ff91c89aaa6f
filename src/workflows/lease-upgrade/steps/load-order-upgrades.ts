import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { leasingDataOf } from "../../../modules/leasing/utils/leasing-line-data"
import { leasingService } from "../../lease-contracts/steps/leasing-service"

export type OrderUpgrade = { contract_id: string; order_item_id: string; shipping_address_id: string | null }

export const loadOrderUpgradesStepId = "leasing-load-order-upgrades"
/**
 * The contracts an order's devices replace (`metadata.leasing.replaces_contract_id`, copied by
 * core from the cart's lines), leaving out those whose return this order already started (a
 * repaired checkout runs this twice). Reads only.
 */
export const loadOrderUpgradesStep = createStep(
  loadOrderUpgradesStepId,
  async (input: { order_id: string }, { container }) => {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: ["id", "items.id", "items.metadata"],
      filters: { id: input.order_id },
    })
    const wanted = (
      (data[0]?.items ?? []) as ({ id: string; metadata?: Record<string, unknown> | null } | null)[]
    ).flatMap((item) => {
      const leasing = item && leasingDataOf(item)
      return leasing?.replaces_contract_id
        ? [
            {
              contract_id: leasing.replaces_contract_id,
              order_item_id: item!.id,
              shipping_address_id: leasing.shipping_address_id,
            },
          ]
        : []
    })
    if (!wanted.length) return new StepResponse([] as OrderUpgrade[])
    const contracts = await leasingService(container).listLeaseContracts(
      { id: wanted.map((w) => w.contract_id) },
      { select: ["id", "metadata"] }
    )
    const done = new Set(
      contracts
        .filter((c) => (c.metadata as { upgrade?: { order_id?: string } } | null)?.upgrade?.order_id === input.order_id)
        .map((c) => c.id)
    )
    return new StepResponse(wanted.filter((w) => !done.has(w.contract_id)) as OrderUpgrade[])
  }
)
