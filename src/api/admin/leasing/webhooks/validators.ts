import { z } from "@medusajs/framework/zod"

export const AdminListWebhookEndpoints = z.object({
  company_id: z
    .string()
    .regex(/^lcomp_[0-9A-Za-z]+$/, "company_id must be a company id")
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(2_147_483_647).default(0),
})
export type AdminListWebhookEndpointsType = z.infer<typeof AdminListWebhookEndpoints>

export const AdminListWebhookDeliveries = AdminListWebhookEndpoints.omit({ company_id: true })
export type AdminListWebhookDeliveriesType = z.infer<typeof AdminListWebhookDeliveries>
