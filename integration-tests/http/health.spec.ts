import { leasingSuite } from "../helpers/leasing-suite"

jest.setTimeout(120_000)

leasingSuite({ seedDemo: false }, ({ api }) => {
  describe("the app", () => {
    it("answers /health", async () => {
      const response = await api.get("/health")
      expect(response.status).toBe(200)
    })
  })
})
