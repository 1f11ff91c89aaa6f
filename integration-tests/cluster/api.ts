import { DEMO_ADMIN, DEMO_PUBLISHABLE_KEY_TITLE } from "../../src/scripts/demo/demo-config"
import { demoTokenSeed } from "../../src/scripts/demo/demo-companies"
import { demoApiTokenSecret } from "../../src/modules/company/utils/api-token-secret"

export type Reply = { status: number; headers: Headers; data: any }

/** One HTTP request with a bounded wait; answers any status (no throw on 4xx/5xx). */
export async function call(
  baseUrl: string,
  method: string,
  path: string,
  opts: { headers?: Record<string, string>; body?: unknown; timeoutMs?: number } = {}
): Promise<Reply> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { ...(opts.body === undefined ? {} : { "content-type": "application/json" }), ...opts.headers },
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    signal: AbortSignal.timeout(opts.timeoutMs ?? 30_000),
  })
  const text = await response.text()
  let data: any = text
  try {
    data = JSON.parse(text)
  } catch {}
  return { status: response.status, headers: response.headers, data }
}

export type CatalogDevice = { id: number; variant_id: string; has_keyboard: boolean; leasing: unknown; buy: unknown }

export type ClusterDemo = {
  publishableKey: string
  regionId: string
  /** Secrets of the demo companies' API tokens (derived from public strings: demo only). */
  token: (company: "acme" | "helvetia", scope: "READ" | "WRITE") => string
  /** Two different keyboard-less FR devices: one that can be leased, one that can be bought. */
  leasable: CatalogDevice
  purchasable: CatalogDevice
}

/** What the tests need of the seeded demo, read through the HTTP API like any client would. */
export async function loadDemo(baseUrl: string): Promise<ClusterDemo> {
  const login = await call(baseUrl, "POST", "/auth/user/emailpass", { body: DEMO_ADMIN })
  const admin = { authorization: `Bearer ${login.data.token}` }
  const keys = await call(baseUrl, "GET", "/admin/api-keys?type=publishable&fields=id,title,token", { headers: admin })
  const publishableKey = keys.data.api_keys?.find((k: any) => k.title === DEMO_PUBLISHABLE_KEY_TITLE)?.token
  const store = { "x-publishable-api-key": publishableKey }
  const regions = await call(baseUrl, "GET", "/store/regions?fields=id,currency_code", { headers: store })
  const regionId = regions.data.regions?.find((r: any) => r.currency_code === "eur")?.id
  const catalog = await call(baseUrl, "GET", "/store/leasing/catalog/product-groups?delivery_country=FR&limit=100", {
    headers: store,
  })
  const devices: CatalogDevice[] = (catalog.data.data ?? []).flatMap((group: any) => group.products)
  const leasable = devices.find((d) => !d.has_keyboard && d.leasing)
  const purchasable = devices.find((d) => !d.has_keyboard && d.buy && d.variant_id !== leasable?.variant_id)
  if (!publishableKey || !regionId || !leasable || !purchasable) {
    throw new Error(
      `The seeded demo is incomplete: key ${!!publishableKey}, EUR region ${!!regionId}, devices ${devices.length}`
    )
  }
  return {
    publishableKey,
    regionId,
    token: (company, scope) => demoApiTokenSecret(demoTokenSeed(company, scope)).secret,
    leasable,
    purchasable,
  }
}
