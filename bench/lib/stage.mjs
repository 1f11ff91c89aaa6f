// A private copy of the plugin app to migrate, seed, build and start from. Building in the
// project root would share `.medusa/server` with the test suites (integration:plugin runs
// `medusa plugin:build` there and packs it; seen clobbering a bench server mid-run), and the
// copy freezes the sources being measured while others keep editing `src/`.
import { execFileSync } from "node:child_process"
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { ROOT } from "./config.mjs"

export const STAGE = path.join(os.tmpdir(), "medusa-leasing", "bench-plugin-app")
const FILES = ["src", "medusa-config.ts", "tsconfig.json", "package.json"]

/**
 * Copies the app's sources to STAGE, from the work tree or, given `ref`, from that commit
 * (to bench a committed state while the work tree holds unfinished edits). Its node_modules
 * is a link to the project's.
 */
export function stagePluginApp(ref) {
  rmSync(STAGE, { recursive: true, force: true })
  mkdirSync(STAGE, { recursive: true })
  if (ref) {
    const archive = execFileSync("git", ["archive", "--format=tar", ref, ...FILES], { cwd: ROOT, maxBuffer: 1 << 30 })
    execFileSync("tar", ["-x", "-C", STAGE], { input: archive })
  } else {
    for (const file of FILES) cpSync(path.join(ROOT, file), path.join(STAGE, file), { recursive: true })
  }
  symlinkSync(path.join(ROOT, "node_modules"), path.join(STAGE, "node_modules"), "dir")
  return STAGE
}

export function stagedPluginApp() {
  if (!existsSync(path.join(STAGE, "src")))
    throw new Error(`No staged plugin app in ${STAGE}: run without BENCH_SKIP_BUILD`)
  return STAGE
}
