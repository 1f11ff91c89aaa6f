import { randomBytes } from "node:crypto"

/**
 * A Standard Webhooks signing secret: `whsec_` and 32 random bytes in base64. HMAC signing needs
 * the secret itself, so it is stored as issued (unlike API tokens, which are hashed) and shown
 * only in the answer that created the endpoint.
 */
export const newWebhookSecret = () => `whsec_${randomBytes(32).toString("base64")}`
