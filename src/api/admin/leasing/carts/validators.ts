import { z } from "@medusajs/framework/zod"
import { AdminCompanyIdFilter, AdminListPage } from "../validators"

export const AdminListLeasingCarts = z.object({
  company_id: AdminCompanyIdFilter.optional(),
  ...AdminListPage.shape,
})
export type AdminListLeasingCartsType = z.infer<typeof AdminListLeasingCarts>
