// DEMO ONLY. Mirrors demoApiTokenSecret() of src/modules/company/utils/api-token-secret.ts
// (a unit test keeps the two equal) so the dev banner can print a demo token that works.
import { createHash } from "node:crypto"

/** The seed of the token the banner prints: the WRITE token of "Acme Robotics SAS". */
export const DEMO_WRITE_TOKEN_SEED = "acme/WRITE"

export function demoApiTokenSecret(seed) {
  return "lsk_" + createHash("sha256").update(`medusa-leasing demo token: ${seed}`).digest("base64url")
}

export function hashApiTokenSecret(secret) {
  return createHash("sha256").update(secret, "utf8").digest("hex")
}
