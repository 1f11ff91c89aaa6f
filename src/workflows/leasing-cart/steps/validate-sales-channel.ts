import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

export const validateCartSalesChannelStepId = "leasing-validate-cart-sales-channel"
/**
 * As core's cart update: a cart needs a sales channel (core's own step is not exported).
 */
export const validateCartSalesChannelStep = createStep(
  validateCartSalesChannelStepId,
  async ({ salesChannel }: { salesChannel: { id: string } | null | undefined }) => {
    if (!salesChannel?.id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Sales channel is required")
    }
  }
)
