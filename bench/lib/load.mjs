// Load through autocannon: one connection per request template (each on its own cart), a
// request count (`amount`) and a hard time limit, whichever ends the run first.
import autocannon from "autocannon"

/**
 * One request of a template with fetch, outside autocannon: answers whether the scenario can
 * run at all, with the start of the body when it cannot.
 */
export async function probe(baseUrl, request) {
  try {
    const res = await fetch(baseUrl + request.path, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: AbortSignal.timeout(120_000),
    })
    const body = await res.text()
    return { ok: res.status === 200, status: res.status, body: body.slice(0, 400) }
  } catch (err) {
    return { ok: false, status: 0, body: String(err?.message || err) }
  }
}

/**
 * Runs `amount` requests against `baseUrl`, stopped early after `maxSeconds`. `templates` holds
 * one list of requests per connection, which that connection sends in turn (A, B, A, B...).
 * `cut` tells that the time limit stopped the run: then up to one request per connection was
 * still in flight on the server.
 */
export function runLoad({ baseUrl, templates, amount, maxSeconds }) {
  return new Promise((resolve, reject) => {
    let next = 0
    let firstAt = null
    let lastAt = null
    let cut = false
    const startedAt = Date.now()
    const instance = autocannon(
      {
        url: baseUrl,
        connections: templates.length,
        amount: Math.max(amount, templates.length),
        timeout: Math.max(30, maxSeconds), // seconds per request
        // Each connection gets its own requests (its own cart): clients are created in order.
        setupClient: (client) => client.setRequests(templates[next++ % templates.length]),
      },
      (err, result) => {
        clearTimeout(limit)
        if (err) return reject(err)
        const elapsed = ((lastAt ?? Date.now()) - startedAt) / 1000
        resolve({
          completed: result.latency.totalCount ?? result.requests.total,
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
          statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats || {}).map(([k, v]) => [k, v.count])),
          p50: result.latency.p50,
          p99: result.latency.p99,
          mean: result.latency.average,
          max: result.latency.max,
          elapsedSeconds: elapsed,
          firstResponseSeconds: firstAt ? (firstAt - startedAt) / 1000 : null,
          cut,
        })
      }
    )
    instance.on("response", () => {
      lastAt = Date.now()
      firstAt ??= lastAt
    })
    const limit = setTimeout(() => {
      cut = true
      instance.stop()
    }, maxSeconds * 1000)
  })
}
