import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { ACQUISITION_MODES } from "../../../../modules/leasing/constants"

export const AdminListLeasingOffers = createFindParams({ limit: 20, offset: 0 }).extend({
  product_id: z.union([z.string(), z.array(z.string())]).optional(),
  delivery_country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, "delivery_country must be an ISO 3166-1 alpha-2 code")
    .transform((c) => c.toUpperCase())
    .optional(),
  acquisition_mode: z.enum(ACQUISITION_MODES).optional(),
})
export type AdminListLeasingOffersType = z.infer<typeof AdminListLeasingOffers>
