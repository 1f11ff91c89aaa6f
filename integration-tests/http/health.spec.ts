import { medusaIntegrationTestRunner } from "@medusajs/test-utils"

jest.setTimeout(120_000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api }) => {
    describe("the app", () => {
      it("answers /health", async () => {
        const response = await api.get("/health")
        expect(response.status).toBe(200)
      })
    })
  },
})
