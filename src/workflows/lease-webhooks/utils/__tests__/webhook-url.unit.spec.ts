import { webhookUrlProblem } from "../webhook-url"

describe("webhookUrlProblem", () => {
  it("accepts public HTTPS URLs only", () => {
    expect(webhookUrlProblem("https://hooks.example.com/leasing?x=1", false)).toBeNull()
    expect(webhookUrlProblem("http://hooks.example.com/leasing", false)).toBe("url must use https")
    expect(webhookUrlProblem("https://user:pw@hooks.example.com/", false)).toBe("url must not contain credentials")
    expect(webhookUrlProblem("not a url", false)).toBe("url must be an absolute URL")
    for (const internal of [
      "https://127.0.0.1/",
      "https://localhost/",
      "https://10.0.0.8/",
      "https://169.254.169.254/latest",
      "https://192.168.1.2/",
      "https://[::1]/",
    ]) {
      expect([internal, webhookUrlProblem(internal, false)]).toEqual([internal, "url must point to a public host"])
    }
  })

  it("accepts loopback HTTP receivers only with the test/dev option", () => {
    expect(webhookUrlProblem("http://127.0.0.1:4567/hook", false)).toBe("url must use https")
    expect(webhookUrlProblem("http://127.0.0.1:4567/hook", true)).toBeNull()
    expect(webhookUrlProblem("http://localhost:4567/hook", true)).toBeNull()
    expect(webhookUrlProblem("http://10.0.0.8/hook", true)).toBe("url must use https")
  })
})
