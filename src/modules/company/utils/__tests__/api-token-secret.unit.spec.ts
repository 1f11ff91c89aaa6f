import { createHash } from "crypto"
import { demoApiTokenSecret, generateApiTokenSecret, looksLikeApiTokenSecret, sameTokenHash } from "../api-token-secret"
import { parseRecordRef } from "../record-ref"

describe("API token secrets", () => {
  it("are lsk_ plus 43 base64url characters, stored as a SHA-256 hash and a short redacted form", () => {
    const { secret, token_hash, redacted } = generateApiTokenSecret()
    expect(secret).toMatch(/^lsk_[A-Za-z0-9_-]{43}$/)
    expect(token_hash).toBe(createHash("sha256").update(secret).digest("hex"))
    expect(redacted).toBe(`lsk_…${secret.slice(-4)}`)
    expect(generateApiTokenSecret().secret).not.toBe(secret)
  })

  it("demo secrets are deterministic and well-formed", () => {
    expect(demoApiTokenSecret("x").secret).toBe(demoApiTokenSecret("x").secret)
    expect(looksLikeApiTokenSecret(demoApiTokenSecret("x").secret)).toBe(true)
    expect(demoApiTokenSecret("y").secret).not.toBe(demoApiTokenSecret("x").secret)
  })

  it("compares hashes in constant time and refuses malformed input", () => {
    const a = generateApiTokenSecret().token_hash
    expect(sameTokenHash(a, a)).toBe(true)
    expect(sameTokenHash(a, generateApiTokenSecret().token_hash)).toBe(false)
    expect(sameTokenHash(a, a.slice(2))).toBe(false)
    expect(sameTokenHash("", "")).toBe(false)
    expect(looksLikeApiTokenSecret("lsk_short")).toBe(false)
  })
})

describe("parseRecordRef", () => {
  it("reads the platform's positive integers and Medusa ids, and nothing else", () => {
    expect(parseRecordRef("42")).toEqual({ number: 42 })
    expect(parseRecordRef(7)).toEqual({ number: 7 })
    expect(parseRecordRef("lcusr_01ABC")).toEqual({ id: "lcusr_01ABC" })
    expect(parseRecordRef("0")).toBeNull()
    expect(parseRecordRef("042")).toBeNull()
    expect(parseRecordRef("2147483648")).toBeNull()
    expect(parseRecordRef("1; drop table")).toBeNull()
  })
})
