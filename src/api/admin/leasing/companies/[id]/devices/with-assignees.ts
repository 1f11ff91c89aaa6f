import { MedusaContainer } from "@medusajs/framework/types"
import { COMPANY_MODULE } from "../../../../../../modules/company"
import CompanyModuleService from "../../../../../../modules/company/service"

type WithUser = { user_id?: string | null }

/** Devices as staff see them: every field, with the assignee's name and email (one query). */
export async function withAssignees<T extends WithUser>(scope: MedusaContainer, devices: T[]) {
  const ids = [...new Set(devices.flatMap((d) => (d.user_id ? [d.user_id] : [])))]
  const users = ids.length
    ? await scope
        .resolve<CompanyModuleService>(COMPANY_MODULE)
        .listLeasingCompanyUsers(
          { id: ids },
          { select: ["id", "number", "first_name", "last_name", "email"], withDeleted: true }
        )
    : []
  const byId = new Map(
    users.map(
      (u) =>
        [
          u.id,
          {
            id: u.id,
            number: Number(u.number),
            first_name: u.first_name ?? null,
            last_name: u.last_name ?? null,
            email: u.email,
          },
        ] as const
    )
  )
  return devices.map((d) => ({ ...d, user: d.user_id ? (byId.get(d.user_id) ?? null) : null }))
}
