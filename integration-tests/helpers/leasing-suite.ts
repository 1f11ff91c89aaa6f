import { MedusaContainer } from "@medusajs/framework/types"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DemoFixture, useDemoFixture } from "./demo-fixture"

type AppContext = { api: any; getContainer: () => MedusaContainer; dbConnection: any }
type SuiteContext = AppContext & { demo: DemoFixture }

type SuiteOptions = {
  /**
   * Environment variables the app must boot with, set when the spec file loads (before the app starts).
   * `undefined` removes a variable, e.g. to test an option's documented default.
   */
  env?: Record<string, string | undefined>
}
/** A spec about the demo seed itself, or about the bare app, seeds nothing (and validates no responses). */
type BareOptions = SuiteOptions & { seedDemo: false }

/** The real app on a fresh database with the demo seeded once per file (restored before every test). */
export function leasingSuite(testSuite: (context: SuiteContext) => void): void
export function leasingSuite(options: SuiteOptions, testSuite: (context: SuiteContext) => void): void
export function leasingSuite(options: BareOptions, testSuite: (context: AppContext) => void): void
export function leasingSuite(
  optionsOrSuite: (SuiteOptions & { seedDemo?: boolean }) | ((context: SuiteContext) => void),
  suite?: (context: SuiteContext) => void
) {
  const options = typeof optionsOrSuite === "function" ? {} : optionsOrSuite
  const testSuite = typeof optionsOrSuite === "function" ? optionsOrSuite : suite!
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) {
      delete process.env[name]
    } else {
      process.env[name] = value
    }
  }
  medusaIntegrationTestRunner({
    inApp: true,
    env: {},
    testSuite: ({ api, getContainer, dbConnection }) => {
      if (options.seedDemo === false) {
        testSuite({ api, getContainer, dbConnection } as SuiteContext)
        return
      }
      const demo = useDemoFixture({ api, getContainer })
      testSuite({ api, getContainer, dbConnection, demo })
    },
  })
}
