import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEASING_MODULE } from "../../../modules/leasing"
import LeasingModuleService from "../../../modules/leasing/service"
import { leasingDataOf } from "../../../modules/leasing/utils/leasing-line-data"

export type CreateOrderDevicesStepInput = { order_id: string; company_id: string }

type OrderItemRow = {
  id: string
  title: string | null
  subtitle: string | null
  variant_id: string | null
  unit_price: unknown
  metadata: Record<string, unknown> | null
  product?: { type?: { value?: string | null } | null } | null
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
  async ({ order_id, company_id }: CreateOrderDevicesStepInput, { container }) => {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: [
        "id",
        "currency_code",
        "items.id",
        "items.title",
        "items.subtitle",
        "items.variant_id",
        "items.unit_price",
        "items.metadata",
        "items.product.type.value",
      ],
      filters: { id: order_id },
    })
    const order = data[0] as unknown as { currency_code: string; items?: (OrderItemRow | null)[] }
    const service = container.resolve<LeasingModuleService>(LEASING_MODULE)
    const [existing, contracts] = await Promise.all([
      service.listDevices({ order_id }, { select: ["order_item_id"] }),
      service.listLeaseContracts({ order_id }, { select: ["id", "order_item_id", "contract_number"] }),
    ])
    const done = new Set(existing.map((d) => d.order_item_id))
    const contractOf = new Map(contracts.map((c) => [c.order_item_id, c]))
    const devices = (order?.items ?? []).flatMap((item) => {
      const leasing = item && !done.has(item.id) ? leasingDataOf(item) : null
      if (!item || !leasing) return []
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
    const created = devices.length ? await service.createDevices(devices) : []
    const ids = created.map((d) => d.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<LeasingModuleService>(LEASING_MODULE).deleteDevices(ids)
  }
)
