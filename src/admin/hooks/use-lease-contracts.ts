import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  AdminLeaseContractListParams,
  AdminLeaseContractListResponse,
  AdminLeaseContractResponse,
} from "../../types/leasing"
import { sdk } from "../lib/sdk"
import { leasingKeys } from "./query-keys"

const contractsPath = "/admin/leasing/contracts"

/** One page of lease contracts with the monthly rent they add up to; the previous page stays while the next loads. */
export const useLeaseContracts = (params: AdminLeaseContractListParams) =>
  useQuery({
    queryKey: leasingKeys.contracts.list(params),
    queryFn: () => sdk.client.fetch<AdminLeaseContractListResponse>(contractsPath, { query: params }),
    placeholderData: keepPreviousData,
  })

/**
 * Records a device's delivery (its contract starts). Errors are left to the caller, which
 * shows the API's sentence beside the date it refers to; every contract list is refreshed.
 */
export const useDeliverLeaseContract = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, delivered_at }: { id: string; delivered_at?: string }) =>
      sdk.client.fetch<AdminLeaseContractResponse>(`${contractsPath}/${id}/deliver`, {
        method: "POST",
        body: delivered_at ? { delivered_at } : {},
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: leasingKeys.contracts.all }),
  })
}
