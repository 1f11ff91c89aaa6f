import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  AdminCreateLeasingCompanyAddress,
  AdminLeasingCompanyAddressListResponse,
  AdminLeasingCompanyAddressResponse,
  AdminLeasingDeleteResponse,
  AdminLeasingListParams,
  AdminUpdateLeasingCompanyAddress,
} from "../../types/company"
import { toastError } from "../lib/errors"
import { sdk } from "../lib/sdk"
import { companiesPath } from "./use-companies"
import { leasingKeys } from "./query-keys"

const addressesPath = (companyId: string) => `${companiesPath}/${companyId}/addresses`

export const useCompanyAddresses = (companyId: string, params: AdminLeasingListParams) =>
  useQuery({
    queryKey: [...leasingKeys.companies.records(companyId, "addresses"), params],
    queryFn: () =>
      sdk.client.fetch<AdminLeasingCompanyAddressListResponse>(addressesPath(companyId), { query: params }),
    placeholderData: keepPreviousData,
  })

/** Any address change can move the default: the whole list is refetched. */
const useAddressesMutation = <TInput, TResult>(companyId: string, mutationFn: (input: TInput) => Promise<TResult>) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: leasingKeys.companies.records(companyId, "addresses") }),
    onError: toastError,
  })
}

export const useCreateCompanyAddress = (companyId: string) =>
  useAddressesMutation(companyId, (body: AdminCreateLeasingCompanyAddress) =>
    sdk.client.fetch<AdminLeasingCompanyAddressResponse>(addressesPath(companyId), { method: "POST", body })
  )

export const useUpdateCompanyAddress = (companyId: string) =>
  useAddressesMutation(companyId, ({ id, ...body }: AdminUpdateLeasingCompanyAddress & { id: string }) =>
    sdk.client.fetch<AdminLeasingCompanyAddressResponse>(`${addressesPath(companyId)}/${id}`, { method: "POST", body })
  )

export const useSetDefaultCompanyAddress = (companyId: string) =>
  useAddressesMutation(companyId, (id: string) =>
    sdk.client.fetch<AdminLeasingCompanyAddressResponse>(`${addressesPath(companyId)}/${id}/default`, {
      method: "POST",
      body: {},
    })
  )

export const useDeleteCompanyAddress = (companyId: string) =>
  useAddressesMutation(companyId, (id: string) =>
    sdk.client.fetch<AdminLeasingDeleteResponse<"leasing_company_address">>(`${addressesPath(companyId)}/${id}`, {
      method: "DELETE",
    })
  )
