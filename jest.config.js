const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

module.exports = {
  transform: {
    "^.+\\.[jt]sx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", decorators: true, tsx: true },
          transform: { react: { runtime: "automatic" } },
        },
      },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/"],
  setupFiles: ["./integration-tests/setup.js"],
}

const TEST_MATCH = {
  // Unit tests beside the code, and those of integration-tests/unit that use test helpers
  // (kept out of src/, which `medusa build` compiles on its own).
  unit: [
    "**/src/**/__tests__/**/*.unit.spec.[jt]s",
    "**/integration-tests/unit/**/*.spec.[jt]s",
    "**/integration-tests/cli/**/*.spec.[jt]s",
  ],
  "integration:modules": ["**/src/modules/*/__tests__/**/*.spec.[jt]s"],
  "integration:http": ["**/integration-tests/http/**/*.spec.[jt]s"],
  "integration:plugin": ["**/integration-tests/plugin/**/*.spec.[jt]s"],
  "integration:crash": ["**/integration-tests/crash/**/*.spec.[jt]s"],
  "e2e:admin": ["**/integration-tests/admin-ui/**/*.spec.[jt]s"],
  "integration:cluster": ["**/integration-tests/cluster/**/*.spec.[jt]s"],
}
if (TEST_MATCH[process.env.TEST_TYPE]) {
  module.exports.testMatch = TEST_MATCH[process.env.TEST_TYPE]
  if (process.env.TEST_TYPE === "e2e:admin") {
    // One production build and one running app for all browser specs.
    module.exports.globalSetup = "./integration-tests/admin-ui/global-setup.ts"
    module.exports.globalTeardown = "./integration-tests/admin-ui/global-teardown.ts"
  }
  if (process.env.TEST_TYPE === "integration:modules") {
    module.exports.testPathIgnorePatterns = ["\\.unit\\.spec\\.[jt]s$"]
  }
}
