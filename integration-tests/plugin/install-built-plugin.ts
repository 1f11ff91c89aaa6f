import { execFileSync } from "child_process"
import { mkdirSync, mkdtempSync, rmSync } from "fs"
import os from "os"
import path from "path"

export const ROOT = path.resolve(__dirname, "..", "..")
export const HOST_APP = path.join(ROOT, "integration-tests", "host-app")

/**
 * Builds the plugin with `medusa plugin:build`, packs it as npm would publish it
 * (only the `files` of package.json) and unpacks it into the host app's node_modules,
 * which is what `npm install medusa-leasing` gives a leasing business.
 */
export function installBuiltPlugin() {
  const bin = path.join(ROOT, "node_modules", ".bin")
  execFileSync(path.join(bin, "medusa"), ["plugin:build"], { cwd: ROOT, stdio: "inherit" })

  const packDir = mkdtempSync(path.join(os.tmpdir(), "medusa-leasing-pack-"))
  const packed = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", packDir], {
      cwd: ROOT,
      encoding: "utf8",
    })
  )
  const tarball = path.join(packDir, packed[0].filename)
  const target = path.join(HOST_APP, "node_modules", "medusa-leasing")
  rmSync(target, { recursive: true, force: true })
  mkdirSync(target, { recursive: true })
  execFileSync("tar", ["-xzf", tarball, "-C", target, "--strip-components=1"])
  rmSync(packDir, { recursive: true, force: true })
  return packed[0].files.map((f: { path: string }) => f.path) as string[]
}
