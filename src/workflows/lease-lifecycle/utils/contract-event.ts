import type { LoadedLeaseContract } from "../steps/load-lease-contract"

/** The data of every `lease_contract.*` event: enough to route it (company) and to fetch the contract. */
export const contractEventData = (
  contract: LoadedLeaseContract,
  status: string,
  extra: Record<string, unknown> = {}
) => ({
  id: contract.id,
  contract_number: contract.contract_number,
  company_id: contract.company_id,
  order_id: contract.order_id,
  status,
  ...extra,
})
