import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { DeviceClientStatus } from "../../modules/leasing/device-constants"
import { toastError } from "../lib/errors"
import { sdk } from "../lib/sdk"
import { companiesPath } from "./use-companies"

/** A device of a company's fleet as the admin API answers it. */
export type AdminCompanyDevice = {
  id: string
  number: number
  source: "ORDER" | "REGISTERED"
  name: string
  category: string
  client_status: DeviceClientStatus
  serial_number: string | null
  is_rented: boolean
  user_id: string | null
  user: { id: string; number: number; first_name: string | null; last_name: string | null; email: string } | null
}
export type AdminCompanyDeviceListParams = {
  limit: number
  offset: number
  q?: string
  client_status?: DeviceClientStatus
}
export type AdminUpdateCompanyDevice = {
  name?: string
  serial_number?: string | null
  user_id?: string | null
  client_status?: DeviceClientStatus
}

const devicesPath = (companyId: string) => `${companiesPath}/${companyId}/devices`
const devicesKey = (companyId: string) => ["leasing", "companies", "detail", companyId, "devices"] as const

export const useCompanyDevices = (companyId: string, params: AdminCompanyDeviceListParams) =>
  useQuery({
    queryKey: [...devicesKey(companyId), params],
    queryFn: () =>
      sdk.client.fetch<{ devices: AdminCompanyDevice[]; count: number; limit: number; offset: number }>(
        devicesPath(companyId),
        { query: params }
      ),
    placeholderData: keepPreviousData,
  })

export const useUpdateCompanyDevice = (companyId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, ...body }: AdminUpdateCompanyDevice & { id: string }) =>
      sdk.client.fetch<{ device: AdminCompanyDevice }>(`${devicesPath(companyId)}/${id}`, { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: devicesKey(companyId) }),
    onError: toastError,
  })
}
