import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEASING_MODULE } from "../../../modules/leasing"
import LeasingModuleService from "../../../modules/leasing/service"
import { leasingDataOf } from "../../../modules/leasing/utils/leasing-line-data"

/** An order line as the contracts and the fleet devices are made from it. */
export type RecordedOrderItem = {
  id: string
  title: string | null
  subtitle: string | null
  product_id: string | null
  variant_id: string | null
  unit_price: unknown
  metadata: Record<string, unknown> | null
  product?: { type?: { value?: string | null } | null } | null
}

export type ExistingContract = { id: string; order_item_id: string; contract_number: number }

/** What recording the order needs, read once: its lines and what an earlier run already wrote. */
export type OrderToRecord = {
  currency_code: string
  items: RecordedOrderItem[]
  contracts: ExistingContract[]
  /** Order lines that already have a fleet device. */
  device_item_ids: string[]
  /** Some device replaces a running contract (upgrade). */
  replaces_contracts: boolean
}

export const loadOrderToRecordStepId = "leasing-load-order-to-record"
/**
 * Reads the order core just placed, with the contracts and devices a repaired checkout may
 * already have written for it (none when checkout placed the order itself): one read for the
 * contracts, the devices and the upgrade check.
 */
export const loadOrderToRecordStep = createStep(
  loadOrderToRecordStepId,
  async ({ order_id, order_is_new }: { order_id: string; order_is_new?: boolean }, { container }) => {
    const service = container.resolve<LeasingModuleService>(LEASING_MODULE)
    const [{ data }, contracts, devices] = await Promise.all([
      container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "order",
        fields: [
          "id",
          "currency_code",
          "items.id",
          "items.title",
          "items.subtitle",
          "items.product_id",
          "items.variant_id",
          "items.unit_price",
          "items.metadata",
          "items.product.type.value",
        ],
        filters: { id: order_id },
      }),
      order_is_new
        ? []
        : service.listLeaseContracts({ order_id }, { select: ["id", "order_item_id", "contract_number"] }),
      order_is_new ? [] : service.listDevices({ order_id }, { select: ["order_item_id"] }),
    ])
    const order = data[0] as unknown as { currency_code: string; items?: (RecordedOrderItem | null)[] }
    const items = (order?.items ?? []).filter((i): i is RecordedOrderItem => !!i)
    const loaded: OrderToRecord = {
      currency_code: order.currency_code,
      items,
      contracts: contracts.map((c) => ({
        id: c.id,
        order_item_id: c.order_item_id,
        contract_number: Number(c.contract_number),
      })),
      device_item_ids: devices.flatMap((d) => (d.order_item_id ? [d.order_item_id] : [])),
      replaces_contracts: items.some((i) => !!leasingDataOf(i)?.replaces_contract_id),
    }
    return new StepResponse(loaded)
  }
)
