import { z } from "@medusajs/framework/zod"
import { AdminCompanyIdFilter, AdminListPage } from "../validators"

export const AdminListWebhookEndpoints = z.object({
  company_id: AdminCompanyIdFilter.optional(),
  ...AdminListPage.shape,
})
export type AdminListWebhookEndpointsType = z.infer<typeof AdminListWebhookEndpoints>

export const AdminListWebhookDeliveries = AdminListWebhookEndpoints.omit({ company_id: true })
export type AdminListWebhookDeliveriesType = z.infer<typeof AdminListWebhookDeliveries>
