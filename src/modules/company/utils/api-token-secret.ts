import { createHash, randomBytes, timingSafeEqual } from "crypto"

const PREFIX = "lsk_"
// "lsk_" followed by 43 base64url characters: the encoding of 32 random bytes.
const SECRET_SHAPE = /^lsk_[A-Za-z0-9_-]{43}$/

export type ApiTokenSecret = { secret: string; token_hash: string; redacted: string }

export function hashApiTokenSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex")
}

/** What the admin sees of a token after creation: enough to recognise it, useless to use. */
export function redactApiTokenSecret(secret: string): string {
  return `${PREFIX}…${secret.slice(-4)}`
}

export function looksLikeApiTokenSecret(value: string): boolean {
  return SECRET_SHAPE.test(value)
}

function fromSecret(secret: string): ApiTokenSecret {
  return { secret, token_hash: hashApiTokenSecret(secret), redacted: redactApiTokenSecret(secret) }
}

/** A new random secret with its stored forms. The secret itself must never be stored. */
export function generateApiTokenSecret(): ApiTokenSecret {
  return fromSecret(PREFIX + randomBytes(32).toString("base64url"))
}

/**
 * DEMO ONLY: a secret derived from a public string, so the demo seed and `npm run dev` can
 * print a token that works. Never use it for a real company: anyone can recompute it.
 * scripts/lib/demo-api-token.mjs mirrors this derivation for the dev banner.
 */
export function demoApiTokenSecret(seed: string): ApiTokenSecret {
  return fromSecret(PREFIX + createHash("sha256").update(`medusa-leasing demo token: ${seed}`).digest("base64url"))
}

/** Constant-time comparison of two hex digests of equal length. */
export function sameTokenHash(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex")
  const right = Buffer.from(b, "hex")
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right)
}
