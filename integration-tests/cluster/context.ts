import { ClusterDemo } from "./api"
import { Cluster } from "./cluster"

/** What every cluster test uses, filled by the spec's beforeAll. */
export type ClusterContext = { cluster: Cluster; demo: ClusterDemo }

/** Request helpers bound to a context: instance i (of the two servers, in turn) and the store headers. */
export function helpers(ctx: ClusterContext) {
  const store = (extra: Record<string, string> = {}) => ({ "x-publishable-api-key": ctx.demo.publishableKey, ...extra })
  return {
    instance: (i: number) => ctx.cluster.servers[i % 2].baseUrl,
    store,
    bearer: (secret: string, extra: Record<string, string> = {}) =>
      store({ authorization: `Bearer ${secret}`, ...extra }),
  }
}

/** Polls `probe` until it returns a value, at most `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs: number,
  everyMs = 200
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const found = await probe()
    if (found !== undefined) return found
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}`)
    await new Promise((r) => setTimeout(r, everyMs))
  }
}
