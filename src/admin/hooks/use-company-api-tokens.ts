import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  AdminCreateLeasingApiToken,
  AdminLeasingApiTokenListResponse,
  AdminLeasingApiTokenResponse,
  AdminLeasingIssuedApiTokenResponse,
  AdminLeasingListParams,
} from "../../types/company"
import { toastError } from "../lib/errors"
import { sdk } from "../lib/sdk"
import { companiesPath } from "./use-companies"
import { leasingKeys } from "./query-keys"

const tokensPath = (companyId: string) => `${companiesPath}/${companyId}/api-tokens`

export const useCompanyApiTokens = (companyId: string, params: AdminLeasingListParams) =>
  useQuery({
    queryKey: [...leasingKeys.companies.records(companyId, "api-tokens"), params],
    queryFn: () => sdk.client.fetch<AdminLeasingApiTokenListResponse>(tokensPath(companyId), { query: params }),
    placeholderData: keepPreviousData,
  })

const useTokensMutation = <TInput, TResult>(companyId: string, mutationFn: (input: TInput) => Promise<TResult>) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: leasingKeys.companies.records(companyId, "api-tokens") }),
    onError: toastError,
  })
}

/** The response is the only place the secret ever appears: the caller shows it once. */
export const useIssueApiToken = (companyId: string) =>
  useTokensMutation(companyId, (body: AdminCreateLeasingApiToken) =>
    sdk.client.fetch<AdminLeasingIssuedApiTokenResponse>(tokensPath(companyId), { method: "POST", body })
  )

export const useRevokeApiToken = (companyId: string) =>
  useTokensMutation(companyId, (id: string) =>
    sdk.client.fetch<AdminLeasingApiTokenResponse>(`${tokensPath(companyId)}/${id}/revoke`, {
      method: "POST",
      body: {},
    })
  )
