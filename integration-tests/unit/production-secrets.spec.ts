import path from "node:path"

const CONFIG = path.join(__dirname, "..", "..", "medusa-config.ts")

/** medusa-config.ts loaded afresh under these environment variables (undefined removes one). */
function loadConfig(env: Record<string, string | undefined>) {
  const saved = { ...process.env }
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
  try {
    let config: any
    jest.isolateModules(() => {
      config = require(CONFIG)
    })
    return config
  } finally {
    process.env = saved
  }
}

describe("medusa-config secrets", () => {
  it.each(["production", "staging"])(
    "NODE_ENV=%s without JWT_SECRET or COOKIE_SECRET stops the server with a message naming the variable",
    (nodeEnv) => {
      expect(() => loadConfig({ NODE_ENV: nodeEnv, JWT_SECRET: undefined, COOKIE_SECRET: "c".repeat(40) })).toThrow(
        /JWT_SECRET is not set.*docs\/security\.md/
      )
      expect(() => loadConfig({ NODE_ENV: nodeEnv, JWT_SECRET: "j".repeat(40), COOKIE_SECRET: undefined })).toThrow(
        /COOKIE_SECRET is not set/
      )
      // An empty value is no secret either.
      expect(() => loadConfig({ NODE_ENV: nodeEnv, JWT_SECRET: "", COOKIE_SECRET: "c".repeat(40) })).toThrow(
        /JWT_SECRET is not set/
      )
    }
  )

  it("production uses the secrets it is given", () => {
    const config = loadConfig({ NODE_ENV: "production", JWT_SECRET: "j".repeat(40), COOKIE_SECRET: "c".repeat(40) })
    expect(config.projectConfig.http.jwtSecret).toBe("j".repeat(40))
    expect(config.projectConfig.http.cookieSecret).toBe("c".repeat(40))
  })

  it.each(["development", "test", undefined])("NODE_ENV=%s falls back to the development secrets", (nodeEnv) => {
    const config = loadConfig({ NODE_ENV: nodeEnv, JWT_SECRET: undefined, COOKIE_SECRET: undefined })
    expect(config.projectConfig.http.jwtSecret).toBe("medusa-leasing-dev-jwt")
    expect(config.projectConfig.http.cookieSecret).toBe("medusa-leasing-dev-cookie")
  })
})
