import { addressKey, ClientAddressResolver } from "../client-address"

describe("ClientAddressResolver", () => {
  it("by default is the socket's peer: X-Forwarded-For cannot choose the address counted", () => {
    const resolver = new ClientAddressResolver([])
    expect(resolver.clientOf("198.51.100.4", "203.0.113.7")).toBe("198.51.100.4")
    expect(resolver.clientOf("::ffff:198.51.100.4", undefined)).toBe("198.51.100.4")
  })

  it("behind trusted proxies reads X-Forwarded-For from the right, up to the first untrusted hop", () => {
    const resolver = new ClientAddressResolver(["10.0.0.0/8", "127.0.0.1"])
    // The load balancer (10.0.0.5) appended the client; what the client itself sent is further left.
    expect(resolver.clientOf("10.0.0.5", "1.2.3.4, 203.0.113.7")).toBe("203.0.113.7")
    expect(resolver.clientOf("10.0.0.5", "1.2.3.4, 203.0.113.7, 10.0.0.9")).toBe("203.0.113.7")
    // A request straight from the internet is not trusted: its header is ignored.
    expect(resolver.clientOf("198.51.100.4", "203.0.113.7")).toBe("198.51.100.4")
    // A trusted proxy without a header, or with garbage in it.
    expect(resolver.clientOf("127.0.0.1", undefined)).toBe("127.0.0.1")
    expect(resolver.clientOf("127.0.0.1", "not-an-ip")).toBe("127.0.0.1")
  })

  it("refuses a configuration entry that is not an address or range", () => {
    expect(() => new ClientAddressResolver(["proxy.internal"])).toThrow(/not an IP address/)
  })
})

describe("addressKey", () => {
  it("groups IPv6 by /64 and keeps IPv4 as is", () => {
    expect(addressKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:1:2::/64")
    expect(addressKey("2001:db8:1:2::1")).toBe("2001:db8:1:2::/64")
    expect(addressKey("2001:0db8:0001:0002:ffff::")).toBe("2001:db8:1:2::/64")
    expect(addressKey("2001:db8::1")).toBe("2001:db8:0:0::/64")
    expect(addressKey("::1")).toBe("0:0:0:0::/64")
    expect(addressKey("fe80::1%eth0")).toBe("fe80:0:0:0::/64")
    expect(addressKey("::ffff:203.0.113.7")).toBe("203.0.113.7")
    expect(addressKey("203.0.113.7")).toBe("203.0.113.7")
  })
})
