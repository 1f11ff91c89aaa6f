import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import CompanyModuleService from "../../../modules/company/service"
import { leasingService } from "../../lease-contracts/steps/leasing-service"
import { checkUpgrades } from "../utils/check-upgrades"
import { OrderUpgrade } from "./load-order-upgrades"

export type StartUpgradeReturnsStepInput = {
  order_id: string
  company_id: string
  upgrades: OrderUpgrade[]
}

type ContractFields = {
  id: string
  status: string
  return_address: Record<string, unknown> | null
  return_date: Date | null
  early_return_fee: number | null
  metadata: Record<string, unknown> | null
}

export const startUpgradeReturnsStepId = "leasing-start-upgrade-returns"
/**
 * Starts the return of every contract the order's devices replace, under their locks: checked
 * again (a contract that stopped running or being eligible since the cart was updated refuses the
 * checkout), then RETURN_REQUESTED, the pickup at the new device's address (the merchant agrees
 * the date), the upgrade fee in `early_return_fee` (null when none is owed) and
 * `metadata.upgrade = {order_id, order_item_id, month, fee}`. Undone by writing the previous values back.
 */
export const startUpgradeReturnsStep = createStep(
  startUpgradeReturnsStepId,
  async (input: StartUpgradeReturnsStepInput, { container }) => {
    const checked = await checkUpgrades(container, {
      company_id: input.company_id,
      cart_id: null,
      refs: input.upgrades.map((u) => u.contract_id),
      ignore_other_carts: true,
    })
    const service = leasingService(container)
    const before = (await service.listLeaseContracts(
      { id: input.upgrades.map((u) => u.contract_id) },
      { select: ["id", "status", "return_address", "return_date", "early_return_fee", "metadata"] }
    )) as unknown as ContractFields[]
    const addressIds = input.upgrades.flatMap((u) => (u.shipping_address_id ? [u.shipping_address_id] : []))
    const addresses = addressIds.length
      ? await container
          .resolve<CompanyModuleService>(COMPANY_MODULE)
          .listLeasingCompanyAddresses({ id: addressIds, company_id: input.company_id })
      : []
    const changes = input.upgrades.map((upgrade, index) => {
      const check = checked[index]!
      const previous = before.find((c) => c.id === upgrade.contract_id)!
      const address = addresses.find((a) => a.id === upgrade.shipping_address_id)
      return {
        id: upgrade.contract_id,
        status: "RETURN_REQUESTED",
        return_address: address
          ? {
              address_1: address.address_1,
              address_2: address.address_2 ?? null,
              postal_code: address.postal_code ?? null,
              city: address.city,
              country_code: address.country_code,
              company: address.company ?? null,
              contact_name: [address.first_name, address.last_name].filter(Boolean).join(" ") || null,
              phone: address.phone ?? null,
            }
          : null,
        return_date: null,
        early_return_fee: check.fee > 0 ? check.fee : null,
        metadata: {
          ...(previous.metadata ?? {}),
          upgrade: {
            order_id: input.order_id,
            order_item_id: upgrade.order_item_id,
            month: check.month,
            fee: check.fee,
          },
        },
      }
    })
    if (changes.length) await service.updateLeaseContracts(changes as never)
    const previous = before.map((c) => ({
      id: c.id,
      status: c.status,
      return_address: c.return_address ?? null,
      return_date: c.return_date ?? null,
      early_return_fee: c.early_return_fee == null ? null : Number(c.early_return_fee),
      metadata: c.metadata ?? null,
    }))
    return new StepResponse(
      checked.map((c, index) => ({ ...c!, order_item_id: input.upgrades[index].order_item_id })),
      previous
    )
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await leasingService(container).updateLeaseContracts(
      previous.map((p) => ({ ...p, return_date: p.return_date ? new Date(p.return_date) : null })) as never
    )
  }
)
