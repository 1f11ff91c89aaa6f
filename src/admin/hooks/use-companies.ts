import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  AdminCreateLeasingCompany,
  AdminLeasingCompanyListParams,
  AdminLeasingCompanyListResponse,
  AdminLeasingCompanyResponse,
  AdminLeasingDeleteResponse,
  AdminUpdateLeasingCompany,
} from "../../types/company"
import { toastError } from "../lib/errors"
import { sdk } from "../lib/sdk"
import { leasingKeys } from "./query-keys"

export const companiesPath = "/admin/leasing/companies"

/** One page of companies; the previous page stays on screen while the next one loads. */
export const useCompanies = (params: AdminLeasingCompanyListParams) =>
  useQuery({
    queryKey: leasingKeys.companies.list(params),
    queryFn: () => sdk.client.fetch<AdminLeasingCompanyListResponse>(companiesPath, { query: params }),
    placeholderData: keepPreviousData,
  })

export const useCompany = (id: string) =>
  useQuery({
    queryKey: leasingKeys.companies.detail(id),
    queryFn: () => sdk.client.fetch<AdminLeasingCompanyResponse>(`${companiesPath}/${id}`),
  })

export const useCreateCompany = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: AdminCreateLeasingCompany) =>
      sdk.client.fetch<AdminLeasingCompanyResponse>(companiesPath, { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: leasingKeys.companies.all }),
    onError: toastError,
  })
}

export const useUpdateCompany = (id: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: AdminUpdateLeasingCompany) =>
      sdk.client.fetch<AdminLeasingCompanyResponse>(`${companiesPath}/${id}`, { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: leasingKeys.companies.all }),
    onError: toastError,
  })
}

export const useDeleteCompany = (id: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () =>
      sdk.client.fetch<AdminLeasingDeleteResponse<"leasing_company">>(`${companiesPath}/${id}`, { method: "DELETE" }),
    onSuccess: () => {
      // The deleted company's own queries would only answer 404 now.
      queryClient.removeQueries({ queryKey: leasingKeys.companies.detail(id) })
      return queryClient.invalidateQueries({ queryKey: leasingKeys.companies.all })
    },
    onError: toastError,
  })
}
