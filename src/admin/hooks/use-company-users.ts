import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  AdminCreateLeasingCompanyUser,
  AdminLeasingCompanyUserListResponse,
  AdminLeasingCompanyUserResponse,
  AdminLeasingDeleteResponse,
  AdminLeasingListParams,
  AdminUpdateLeasingCompanyUser,
} from "../../types/company"
import { toastError } from "../lib/errors"
import { sdk } from "../lib/sdk"
import { companiesPath } from "./use-companies"
import { leasingKeys } from "./query-keys"

const usersPath = (companyId: string) => `${companiesPath}/${companyId}/users`

export const useCompanyUsers = (companyId: string, params: AdminLeasingListParams) =>
  useQuery({
    queryKey: [...leasingKeys.companies.records(companyId, "users"), params],
    queryFn: () => sdk.client.fetch<AdminLeasingCompanyUserListResponse>(usersPath(companyId), { query: params }),
    placeholderData: keepPreviousData,
  })

/** Invalidates the company's users after any change to them. */
const useUsersMutation = <TInput, TResult>(companyId: string, mutationFn: (input: TInput) => Promise<TResult>) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: leasingKeys.companies.records(companyId, "users") }),
    onError: toastError,
  })
}

export const useCreateCompanyUser = (companyId: string) =>
  useUsersMutation(companyId, (body: AdminCreateLeasingCompanyUser) =>
    sdk.client.fetch<AdminLeasingCompanyUserResponse>(usersPath(companyId), { method: "POST", body })
  )

export const useUpdateCompanyUser = (companyId: string) =>
  useUsersMutation(companyId, ({ id, ...body }: AdminUpdateLeasingCompanyUser & { id: string }) =>
    sdk.client.fetch<AdminLeasingCompanyUserResponse>(`${usersPath(companyId)}/${id}`, { method: "POST", body })
  )

export const useDeleteCompanyUser = (companyId: string) =>
  useUsersMutation(companyId, (id: string) =>
    sdk.client.fetch<AdminLeasingDeleteResponse<"leasing_company_user">>(`${usersPath(companyId)}/${id}`, {
      method: "DELETE",
    })
  )
