import { MedusaContainer } from "@medusajs/framework/types"
import { DEMO_ADMIN } from "../../src/scripts/demo/demo-config"
import { seedDemoData } from "../../src/scripts/demo/seed-demo-data"
import { useOpenApiValidation } from "./openapi-validation"

type RunnerOptions = { api: any; getContainer: () => MedusaContainer }
type Headers = { headers: Record<string, string> }

export type DemoFixture = Awaited<ReturnType<typeof seedDemoData>> & {
  adminHeaders: Headers
  storeHeaders: Headers
  /** Store headers plus extra ones, e.g. a company token. */
  storeHeadersWith: (extra: Record<string, string>) => Headers
}

/**
 * Seeds the demo once per spec file, inside a `beforeAll` of the test suite: the test runner
 * snapshots the database after the suite's beforeAll hooks and restores that snapshot before
 * every test, so each test starts from the seeded demo without paying for the seed again.
 * Call it at the top of `testSuite`.
 */
export function useDemoFixture({ api, getContainer }: RunnerOptions): DemoFixture {
  const fixture = {} as DemoFixture
  useOpenApiValidation(api)
  beforeAll(async () => {
    const demo = await seedDemoData(getContainer())
    const login = await api.post("/auth/user/emailpass", DEMO_ADMIN)
    Object.assign(fixture, demo, {
      adminHeaders: { headers: { authorization: `Bearer ${login.data.token}` } },
      storeHeaders: { headers: { "x-publishable-api-key": demo.publishableKey } },
      storeHeadersWith: (extra: Record<string, string>) => ({
        headers: { "x-publishable-api-key": demo.publishableKey, ...extra },
      }),
    })
  })
  return fixture
}

/** The error response of a request that is expected to fail. */
export async function failure(request: Promise<unknown>) {
  const error: any = await request.then(
    (response: any) => {
      throw new Error(`Expected the request to fail, it answered ${response.status}`)
    },
    (e: any) => e
  )
  if (!error.response) {
    throw error
  }
  // Axios errors hold circular request/response objects that jest's JSON report cannot write.
  error.request = undefined
  return error.response as { status: number; data: any; headers: Record<string, string> }
}
