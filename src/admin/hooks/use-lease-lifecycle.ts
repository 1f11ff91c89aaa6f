import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { AdminBuybackQuote, AdminLeaseContractResponse, AdminLeaseScheduleResponse } from "../../types/leasing"
import { sdk } from "../lib/sdk"
import { leasingKeys } from "./query-keys"

const contractPath = (id: string) => `/admin/leasing/contracts/${id}`

export const useLeaseContract = (id: string) =>
  useQuery({
    queryKey: leasingKeys.contracts.detail(id),
    queryFn: () => sdk.client.fetch<AdminLeaseContractResponse>(contractPath(id)),
  })

/** The contract's billing schedule, what remains to pay and its open buyback quote. */
export const useLeaseSchedule = (id: string) =>
  useQuery({
    queryKey: leasingKeys.contracts.schedule(id),
    queryFn: () => sdk.client.fetch<AdminLeaseScheduleResponse>(`${contractPath(id)}/installments`),
  })

export type LeaseAction =
  | { action: "buyback-quote" }
  | { action: "buyback"; body: { quote_id: string } }
  | { action: "return"; body: { address: Record<string, string>; return_date: string } }
  | { action: "receive"; body: { received_at?: string } }
  | { action: "extend"; body: { mode: "MONTH_TO_MONTH" | "NEW_TERM"; months?: number } }
  | { action: `installments/${string}/invoice`; body: { invoice_number: string } }
  | { action: `installments/${string}/pay`; body: { payment_reference?: string } }

/**
 * Every change of a running contract (schedule and end of lease) posts to its own route; each
 * refreshes every contract view (this page, the list, the order widget). Errors go to the caller.
 */
export const useLeaseContractAction = (id: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: LeaseAction) =>
      sdk.client.fetch<AdminLeaseContractResponse | AdminLeaseScheduleResponse | { buyback_quote: AdminBuybackQuote }>(
        `${contractPath(id)}/${input.action}`,
        {
          method: "POST",
          body: "body" in input ? input.body : {},
        }
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: leasingKeys.contracts.all }),
  })
}
