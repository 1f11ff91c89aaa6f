import { MedusaContainer } from "@medusajs/framework/types"
import { LEASING_MODULE } from "../../../../modules/leasing"
import LeasingModuleService from "../../../../modules/leasing/service"
import type {
  AdminBuybackQuote,
  AdminLeaseContractResponse,
  AdminLeaseScheduleResponse,
} from "../../../../types/leasing"
import { LeasingError } from "../../../../utils/leasing-errors"
import { contractSchedules } from "../../../utils/lease-schedule"
import { findLeaseContract } from "./queries/list-lease-contracts"

/** A buyback quote as the admin shows it. */
export async function adminQuote(scope: MedusaContainer, id: string): Promise<AdminBuybackQuote> {
  const q = await scope.resolve<LeasingModuleService>(LEASING_MODULE).retrieveLeaseBuybackQuote(id)
  return {
    id: q.id,
    amount: Number(q.amount),
    currency_code: q.currency_code,
    remaining_installments: q.remaining_installments,
    expires_at: new Date(q.expires_at).toISOString(),
    status: q.status,
    payment_collection_id: q.payment_collection_id ?? null,
  }
}

/** A contract's billing schedule, what remains to pay and its open buyback quote; NOT_FOUND for an unknown contract. */
export async function adminLeaseSchedule(
  scope: MedusaContainer,
  contractId: string
): Promise<AdminLeaseScheduleResponse> {
  const service = scope.resolve<LeasingModuleService>(LEASING_MODULE)
  const [contract] = await service.listLeaseContracts({ id: contractId }, { select: ["id", "currency_code"], take: 1 })
  if (!contract) throw new LeasingError("NOT_FOUND", `No lease contract with id ${contractId}.`)
  const [schedule, [open]] = await Promise.all([
    contractSchedules(scope, [contractId]).then((m) => m.get(contractId)!),
    service.listLeaseBuybackQuotes(
      { contract_id: contractId, status: "OPEN", expires_at: { $gt: new Date() } },
      { select: ["id"], take: 1 }
    ),
  ])
  return {
    installments: schedule.installments,
    remaining_to_pay: schedule.remaining_to_pay,
    currency_code: contract.currency_code,
    buyback_quote: open ? await adminQuote(scope, open.id) : null,
  }
}

/** The contract after a change, as `GET /admin/leasing/contracts/:id` answers it. */
export async function adminContractAnswer(scope: MedusaContainer, id: string): Promise<AdminLeaseContractResponse> {
  const lease_contract = await findLeaseContract(scope, id)
  if (!lease_contract) throw new LeasingError("NOT_FOUND", `No lease contract with id ${id}.`)
  return { lease_contract }
}
