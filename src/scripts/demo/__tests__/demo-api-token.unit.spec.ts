import { spawnSync } from "child_process"
import path from "path"
import { demoApiTokenSecret } from "../../../modules/company/utils/api-token-secret"
import { DEMO_COMPANIES, demoTokenSeed } from "../demo-companies"

const ROOT = path.resolve(__dirname, "..", "..", "..", "..")

describe("the dev banner's demo token", () => {
  it("is the token the demo seed issues to Acme Robotics SAS with WRITE scope", () => {
    const script = `import * as t from "./scripts/lib/demo-api-token.mjs"
      const secret = t.demoApiTokenSecret(t.DEMO_WRITE_TOKEN_SEED)
      console.log(JSON.stringify({ seed: t.DEMO_WRITE_TOKEN_SEED, secret, hash: t.hashApiTokenSecret(secret) }))`
    const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8" })
    expect(result.stderr).toBe("")
    const banner = JSON.parse(result.stdout)

    const acme = DEMO_COMPANIES.find((c) => c.name === "Acme Robotics SAS")!
    expect(banner.seed).toBe(demoTokenSeed(acme.key, "WRITE"))
    const seeded = demoApiTokenSecret(banner.seed)
    expect(banner.secret).toBe(seeded.secret)
    expect(banner.hash).toBe(seeded.token_hash)
  })
})
