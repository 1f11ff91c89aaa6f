import { demoApiTokenSecret } from "../../src/modules/company/utils/api-token-secret"
import { DEMO_PUBLISHABLE_KEY_TITLE } from "../../src/scripts/demo/demo-config"
import { sql } from "../helpers/production-app"

/** A small deterministic PRNG (mulberry32), so a failing crash run can be replayed from its seed. */
export function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * JSON requests to whichever server is current (a crash test restarts it), with the given
 * headers; a request that outlives the server resolves when it is killed, never hangs.
 */
export function jsonClient(baseUrl: () => string, headers: () => Record<string, string>) {
  return async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${baseUrl()}${path}`, {
      method,
      headers: headers(),
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    })
    return { status: response.status, body: await response.json().catch(() => null) }
  }
}

/**
 * What the demo's Acme client sends: the demo storefront's publishable key (its sales channel is
 * the one the demo sells and ships devices from) and Acme's WRITE API token.
 */
export async function demoAcmeHeaders(databaseUrl: string): Promise<Record<string, string>> {
  const [key] = await sql<{ token: string }>(
    databaseUrl,
    "select token from api_key where type = 'publishable' and title = $1 and revoked_at is null",
    [DEMO_PUBLISHABLE_KEY_TITLE]
  )
  return {
    "content-type": "application/json",
    "x-publishable-api-key": key.token,
    authorization: `Bearer ${demoApiTokenSecret("acme/WRITE").secret}`,
  }
}
