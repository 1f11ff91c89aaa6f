import { z } from "@medusajs/framework/zod"

/** `?company_id=` of the admin lists: a company's Medusa id. */
export const AdminCompanyIdFilter = z.string().regex(/^lcomp_[0-9A-Za-z]+$/, "company_id must be a company id")

/** `limit`/`offset` of the admin lists (spread into a list's validator: `...AdminListPage.shape`). */
export const AdminListPage = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(2_147_483_647).default(0),
})
