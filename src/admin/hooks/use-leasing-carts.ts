import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type { AdminLeasingCartListParams, AdminLeasingCartListResponse } from "../../types/leasing"
import { sdk } from "../lib/sdk"
import { leasingKeys } from "./query-keys"

/** One page of open leasing carts; the previous page stays on screen while the next one loads. */
export const useLeasingCarts = (params: AdminLeasingCartListParams) =>
  useQuery({
    queryKey: leasingKeys.carts.list(params),
    queryFn: () => sdk.client.fetch<AdminLeasingCartListResponse>("/admin/leasing/carts", { query: params }),
    placeholderData: keepPreviousData,
  })
