import { companyDbState } from "../helpers/company-db"
import { failure } from "../helpers/demo-fixture"
import { leasingSuite } from "../helpers/leasing-suite"

jest.setTimeout(180_000)

const env = {
  // The documented default (100 a minute) is what is tested here.
  LEASING_RATE_LIMIT_PER_MINUTE: undefined,
  // The test client stands for the load balancer (loopback): its X-Forwarded-For names the client.
  LEASING_TRUSTED_PROXIES: "127.0.0.1,::1",
}

leasingSuite({ env }, ({ api, dbConnection, demo: fixture }) => {
  const as = (secret: string) => fixture.storeHeadersWith({ authorization: `Bearer ${secret}` })

  it("answers the 101st request of a minute from one token with 429 and Retry-After; other tokens go on", async () => {
    const { acme, helvetia } = fixture.companies
    const started = Date.now()
    const statuses: number[] = []
    for (let i = 0; i < 100; i++) {
      const response = await api.get("/store/leasing/company", as(acme.tokens.WRITE.secret))
      statuses.push(response.status)
    }
    expect(statuses.every((s) => s === 200)).toBe(true)

    const refused = await failure(api.get("/store/leasing/company", as(acme.tokens.WRITE.secret)))
    // The whole burst must fit in the minute for the test to mean anything.
    expect(Date.now() - started).toBeLessThan(60_000)
    expect(refused.status).toBe(429)
    expect(refused.data).toEqual({ error: "RATE_LIMITED", message: expect.stringContaining("100") })
    expect(refused.headers["ratelimit-remaining"]).toBe("0")
    expect(refused.headers["ratelimit-reset"]).toBe(refused.headers["retry-after"])
    const retryAfter = Number(refused.headers["retry-after"])
    expect(Number.isInteger(retryAfter)).toBe(true)
    expect(retryAfter).toBeGreaterThan(0)
    // The burst's first request leaves the 60 s window first: never more than the window.
    expect(retryAfter).toBeLessThanOrEqual(60)
    expect(retryAfter).toBeGreaterThanOrEqual(Math.ceil((started + 60_000 - Date.now()) / 1000) - 1)

    // Another token of the same company, and another company's token, are unaffected.
    for (const secret of [acme.tokens.READ.secret, helvetia.tokens.WRITE.secret]) {
      const response = await api.get("/store/leasing/company", as(secret))
      expect(response.status).toBe(200)
      expect(response.headers["x-ratelimit-remaining"]).toBe("99")
      // The IETF draft's headers say the same, with the seconds until the budget grows again.
      expect(response.headers["ratelimit-limit"]).toBe("100")
      expect(response.headers["ratelimit-remaining"]).toBe("99")
      const reset = Number(response.headers["ratelimit-reset"])
      expect(Number.isInteger(reset) && reset >= 1 && reset <= 70).toBe(true)
    }
    // Writes count against the same budget: still refused, before anything is written.
    const before = await companyDbState(dbConnection)
    const write = await failure(
      api.post(
        "/store/leasing/users",
        { first_name: "A", last_name: "B", email: "a@b.test" },
        as(acme.tokens.WRITE.secret)
      )
    )
    expect(write.status).toBe(429)
    expect(await companyDbState(dbConnection)).toEqual(before)
  })

  it("answers 429 to an address's bad tokens after 20 failed authentications a minute, and never refuses a valid token", async () => {
    const { helvetia } = fixture.companies
    const from = (address: string, secret: string) =>
      fixture.storeHeadersWith({ authorization: `Bearer ${secret}`, "x-forwarded-for": address })
    const lastUsed = async () =>
      (await dbConnection.raw("select last_used_at from leasing_api_token where id = ?", [helvetia.tokens.READ.id]))
        .rows[0].last_used_at
    const before = await companyDbState(dbConnection)
    expect(await lastUsed()).toBeNull()

    for (let i = 0; i < 20; i++) {
      const guess = await failure(api.get("/store/leasing/company", from("198.51.100.9", `lsk_guess${i}`)))
      expect(guess.status).toBe(401)
      expect(guess.data.error).toBe("UNAUTHORIZED")
    }
    for (let i = 20; i < 140; i++) {
      const refused = await failure(api.get("/store/leasing/company", from("198.51.100.9", `lsk_guess${i}`)))
      expect(refused.status).toBe(429)
      expect(refused.data).toEqual({ error: "RATE_LIMITED", message: expect.stringContaining("20 a minute") })
      expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0)
      expect(Number(refused.headers["retry-after"])).toBeLessThanOrEqual(60)
    }
    expect(await companyDbState(dbConnection)).toEqual(before)
    // The attacker cannot lock a valid token out of its own address.
    const valid = await api.get("/store/leasing/company", from("198.51.100.9", helvetia.tokens.READ.secret))
    expect(valid.status).toBe(200)
    expect(valid.data.data.id).toBe(helvetia.id)
    expect(await lastUsed()).not.toBeNull()

    // Another address is not affected.
    const neighbour = await failure(api.get("/store/leasing/company", from("198.51.100.10", "lsk_guess21")))
    expect(neighbour.status).toBe(401)
  })

  it("counts an IPv6 client by its /64, so rotating addresses inside it does not escape the limit", async () => {
    const from = (address: string, secret: string) =>
      fixture.storeHeadersWith({ authorization: `Bearer ${secret}`, "x-forwarded-for": address })
    for (let i = 0; i < 20; i++) {
      const guess = await failure(
        api.get("/store/leasing/company", from(`2001:db8:1:2::${(i + 1).toString(16)}`, `lsk_guess${i}`))
      )
      expect(guess.status).toBe(401)
    }
    const rotated = await failure(
      api.get("/store/leasing/company", from("2001:db8:1:2:ffff:ffff:ffff:ffff", "lsk_guess20"))
    )
    expect(rotated.status).toBe(429)
    const otherNetwork = await failure(api.get("/store/leasing/company", from("2001:db8:1:3::1", "lsk_guess21")))
    expect(otherNetwork.status).toBe(401)
  })
})
