import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { RUNNING_LEASE_STATUSES } from "../../../modules/leasing/constants"
import { leasingDataOf } from "../../../modules/leasing/utils/leasing-line-data"
import { LeasingError } from "../../../utils/leasing-errors"
import { leasingService } from "../../lease-contracts/steps/leasing-service"
import { upgradeTerms } from "../../lease-lifecycle/utils/upgrade-rule"

type ContractRef = string | number

export type CheckedUpgrade = {
  contract_id: string
  contract_number: number
  order_id: string
  monthly_rent: number
  month: number
  fee: number
}

const MAX_NUMBER = 2_147_483_647
const refFilter = (ref: ContractRef) => {
  const text = String(ref).trim()
  if (/^[1-9]\d{0,9}$/.test(text) && Number(text) <= MAX_NUMBER) return { contract_number: Number(text) }
  if (/^lcon_[0-9A-Za-z]+$/.test(text)) return { id: text }
  return null
}

/** The contracts that the devices of the company's other open carts already replace. */
async function replacedByOtherCarts(container: MedusaContainer, company_id: string, cart_id: string | null) {
  const open = await leasingService(container).listLeasingCarts({ company_id, order_id: null }, { select: ["cart_id"] })
  const cartIds = open.map((c) => c.cart_id).filter((id) => id !== cart_id)
  if (!cartIds.length) return new Set<string>()
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["id", "completed_at", "items.metadata"],
    filters: { id: cartIds },
  })
  return new Set(
    (data as { completed_at?: unknown; items?: ({ metadata?: Record<string, unknown> | null } | null)[] | null }[])
      .filter((cart) => !cart.completed_at)
      .flatMap((cart) => (cart.items ?? []).map((item) => leasingDataOf(item)?.replaces_contract_id))
      .filter((id): id is string => !!id)
  )
}

/**
 * Checks the contracts a cart's devices replace (`replaces_contract_id`, one entry per device,
 * null for a device that replaces none), reading only: each must be one of the company's
 * contracts (404 CONTRACT_NOT_FOUND otherwise, another company's included), running (409
 * CONTRACT_NOT_ACTIVE), eligible by the plugin's upgrade rule (409 UPGRADE_NOT_ELIGIBLE) and
 * replaced by no other device of this cart or of the company's other open carts (409
 * UPGRADE_ALREADY_REQUESTED). Answers each device's contract with the fee upgrading it owes now.
 */
export async function checkUpgrades(
  container: MedusaContainer,
  input: {
    company_id: string
    cart_id: string | null
    refs: (ContractRef | null | undefined)[]
    now?: Date
    /** At checkout: the first cart validated wins (another cart naming the contract then finds it not running). */
    ignore_other_carts?: boolean
  }
): Promise<(CheckedUpgrade | null)[]> {
  if (!input.refs.some((ref) => ref != null)) return input.refs.map(() => null)
  const service = leasingService(container)
  const rule = service.getLifecycleOptions().upgrade
  const now = input.now ?? new Date()
  const taken = input.ignore_other_carts
    ? new Set<string>()
    : await replacedByOtherCarts(container, input.company_id, input.cart_id)
  const seen = new Set<string>()
  const checked: (CheckedUpgrade | null)[] = []
  for (const ref of input.refs) {
    if (ref == null) {
      checked.push(null)
      continue
    }
    const filter = refFilter(ref)
    const [contract] = filter
      ? await service.listLeaseContracts({ ...filter, company_id: input.company_id }, { take: 1 })
      : []
    if (!contract) throw new LeasingError("CONTRACT_NOT_FOUND", `Your company has no lease contract ${ref}.`)
    const number = Number(contract.contract_number)
    if (!RUNNING_LEASE_STATUSES.includes(contract.status) || !contract.starts_at) {
      throw new LeasingError(
        "CONTRACT_NOT_ACTIVE",
        `Lease contract ${number} is ${contract.status}: only a running contract (ACTIVE or EXTENDED) can be upgraded.`
      )
    }
    if (seen.has(contract.id) || taken.has(contract.id)) {
      throw new LeasingError(
        "UPGRADE_ALREADY_REQUESTED",
        `Lease contract ${number} is already replaced by another device of your open carts.`
      )
    }
    seen.add(contract.id)
    const toCome = await service.listLeaseInstallments(
      { contract_id: contract.id, status: "SCHEDULED" },
      { select: ["id"] }
    )
    const terms = upgradeTerms(
      { starts_at: contract.starts_at as Date, monthly_rent: Number(contract.monthly_rent) },
      rule,
      now,
      toCome.length
    )
    if (!terms.eligible) {
      throw new LeasingError(
        "UPGRADE_NOT_ELIGIBLE",
        `Lease contract ${number} is in month ${terms.month}: an upgrade is possible from month ${rule.fromMonth} (${terms.eligible_from.toISOString().slice(0, 10)}).`
      )
    }
    checked.push({
      contract_id: contract.id,
      contract_number: number,
      order_id: contract.order_id,
      monthly_rent: Number(contract.monthly_rent),
      month: terms.month,
      fee: terms.fee,
    })
  }
  return checked
}
