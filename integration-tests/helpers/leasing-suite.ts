import { MedusaContainer } from "@medusajs/framework/types"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DemoFixture, useDemoFixture } from "./demo-fixture"

type SuiteContext = { api: any; getContainer: () => MedusaContainer; dbConnection: any; demo: DemoFixture }

/** The real app on a fresh database with the demo seeded once per file (restored before every test). */
export function leasingSuite(testSuite: (context: SuiteContext) => void) {
  medusaIntegrationTestRunner({
    inApp: true,
    env: {},
    testSuite: ({ api, getContainer, dbConnection }) => {
      const demo = useDemoFixture({ api, getContainer })
      testSuite({ api, getContainer, dbConnection, demo })
    },
  })
}
