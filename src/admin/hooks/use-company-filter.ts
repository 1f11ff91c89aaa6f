import { DataTableFilter } from "@medusajs/ui"
import { useMemo } from "react"
import { useCompanies } from "./use-companies"

/** The `company_id` radio filter of the admin lists, offering the companies by name. */
export function useCompanyFilter(): DataTableFilter {
  const companies = useCompanies({ limit: 100, order: "name" })
  return useMemo(
    () => ({
      id: "company_id",
      type: "radio",
      label: "Company",
      options: (companies.data?.companies ?? []).map((c) => ({ label: c.name, value: c.id })),
    }),
    [companies.data]
  )
}
