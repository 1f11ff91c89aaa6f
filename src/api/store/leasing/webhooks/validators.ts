import { z } from "@medusajs/framework/zod"
import { LEASE_EVENT_NAMES } from "../../../../modules/leasing/constants"

export const StoreCreateWebhookEndpoint = z
  .object({
    url: z.string().max(2000),
    events: z
      .array(
        z.enum(LEASE_EVENT_NAMES as [string, ...string[]], {
          message: `each event must be one of ${LEASE_EVENT_NAMES.join(", ")}`,
        })
      )
      .min(1)
      .max(LEASE_EVENT_NAMES.length),
    description: z.string().trim().max(200).nullish(),
  })
  .strict()
export type StoreCreateWebhookEndpointType = z.infer<typeof StoreCreateWebhookEndpoint>
