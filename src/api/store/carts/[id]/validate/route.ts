import { validatePlatformCart } from "../../platform/validate-cart"

/**
 * POST /store/carts/:id/validate — the Medusa-path twin of `POST /store/leasing/carts/:order_id/validate`
 * (the same handler; see `platform/validate-cart.ts`).
 */
export const POST = validatePlatformCart
