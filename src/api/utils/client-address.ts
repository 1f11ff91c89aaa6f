import { BlockList, isIP } from "node:net"

/**
 * The client address the failed-authentication limit counts on. Medusa sets Express's
 * `trust proxy` to one hop, so `req.ip` is whatever the last `X-Forwarded-For` entry says: anyone
 * reaching the app directly could pick the address they are counted under (dodging the limit,
 * or locking another client out). Here the client is the socket's peer unless that peer is one
 * of the configured trusted proxies; then `X-Forwarded-For` is read from the right, skipping
 * trusted proxies, and the first address that is not one is the client (as Express's
 * `trust proxy` with an address list does).
 */
export class ClientAddressResolver {
  private readonly trusted = new BlockList()
  private readonly hasTrusted: boolean

  constructor(trustedProxies: string[]) {
    for (const entry of trustedProxies) {
      const [address, prefix] = entry.split("/")
      const family = isIP(address)
      if (!family) throw new Error(`medusa-leasing trustedProxies: "${entry}" is not an IP address or CIDR range`)
      const type = family === 6 ? "ipv6" : "ipv4"
      if (prefix === undefined) this.trusted.addAddress(address, type)
      else this.trusted.addSubnet(address, Number(prefix), type)
    }
    this.hasTrusted = trustedProxies.length > 0
  }

  /** The client's address for one request, grouped as the limit counts it (`addressKey`). */
  clientOf(socketAddress: string | undefined, forwardedFor: string | string[] | undefined): string {
    let client = unmapped(socketAddress ?? "")
    if (this.hasTrusted && this.isTrusted(client)) {
      const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
        .split(",")
        .map((hop) => unmapped(hop.trim()))
        .filter(Boolean)
        .reverse()
      for (const hop of hops) {
        if (!isIP(hop)) break
        client = hop
        if (!this.isTrusted(hop)) break
      }
    }
    return addressKey(client)
  }

  private isTrusted(address: string) {
    const family = isIP(address)
    return family !== 0 && this.trusted.check(address, family === 6 ? "ipv6" : "ipv4")
  }
}

/** `::ffff:203.0.113.7` (an IPv4 client on a dual-stack socket) as `203.0.113.7`. */
function unmapped(address: string) {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  return mapped ? mapped[1] : address
}

/** The eight 16-bit groups of an IPv6 address. */
function ipv6Groups(address: string): number[] {
  let text = address.split("%", 1)[0].toLowerCase()
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text)
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number)
    text = text.slice(0, dotted.index) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const [head, tail] = text.includes("::") ? text.split("::") : [text, undefined]
  const left = head ? head.split(":") : []
  const right = tail ? tail.split(":") : []
  const zeros = tail === undefined ? [] : Array(8 - left.length - right.length).fill("0")
  return [...left, ...zeros, ...right].map((group) => parseInt(group, 16))
}

/**
 * The key a client address is counted under: an IPv4 address as is, an IPv6 address by its
 * /64 (one subscriber's allocation: a client holding a /64 could otherwise rotate through 2^64
 * addresses), anything else as given.
 */
export function addressKey(address: string): string {
  const plain = unmapped(address)
  if (isIP(plain) !== 6) return plain || "unknown"
  const prefix = ipv6Groups(plain)
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(":")
  return `${prefix}::/64`
}
