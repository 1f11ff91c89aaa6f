import { isIP } from "node:net"

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"])

/** Literal addresses a receiver must not have: loopback, private, link-local (cloud metadata) and unspecified ranges. */
function isInternalAddress(host: string) {
  const bare = host.replace(/^\[|\]$/g, "")
  if (bare === "localhost" || bare.endsWith(".localhost")) return true
  const version = isIP(bare)
  if (version === 4) {
    const [a, b] = bare.split(".").map(Number)
    return (
      a === 10 ||
      a === 127 ||
      a === 0 ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 100 && b >= 64 && b <= 127)
    )
  }
  if (version === 6)
    return bare === "::1" || bare === "::" || /^f[cd]/i.test(bare) || /^fe[89ab]/i.test(bare) || /^::ffff:/i.test(bare)
  return false
}

/**
 * Why a webhook URL is refused, or null when it is fine: it must be HTTPS, without credentials,
 * to a public host. `allowLoopbackHttp` (test/dev only) also accepts http://localhost and
 * http://127.0.0.1, so a test receiver can listen on loopback.
 */
export function webhookUrlProblem(raw: string, allowLoopbackHttp: boolean): string | null {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return "url must be an absolute URL"
  }
  if (url.username || url.password) return "url must not contain credentials"
  const loopback = LOOPBACK_HOSTS.has(url.hostname)
  if (allowLoopbackHttp && loopback && (url.protocol === "http:" || url.protocol === "https:")) return null
  if (url.protocol !== "https:") return "url must use https"
  if (isInternalAddress(url.hostname)) return "url must point to a public host"
  return null
}
