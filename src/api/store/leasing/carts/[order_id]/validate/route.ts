import { validatePlatformCart } from "../../../../carts/platform/validate-cart"

/** POST /store/leasing/carts/:order_id/validate — the platform's "validate a cart" (twin: `POST /store/carts/:id/validate`). */
export const POST = validatePlatformCart
