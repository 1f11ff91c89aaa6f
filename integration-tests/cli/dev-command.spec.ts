import { spawnSync } from "child_process"
import path from "path"

const ROOT = path.resolve(__dirname, "..", "..")

describe("npm run dev with an unreachable DATABASE_URL", () => {
  it("exits non-zero within 30 s, naming host and database but never the password", () => {
    const started = Date.now()
    const result = spawnSync(process.execPath, [path.join(ROOT, "scripts", "dev.mjs")], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: "postgres://u:secret@localhost:1/none" },
      encoding: "utf8",
      timeout: 30_000,
    })
    const output = `${result.stdout}${result.stderr}`

    expect(result.signal).toBeNull()
    expect(result.status).not.toBe(0)
    expect(Date.now() - started).toBeLessThan(30_000)
    expect(output).toContain("localhost:1/none")
    expect(output).not.toContain("secret")
    // One line that says what went wrong, not a stack trace.
    expect(output.trim().split("\n")).toHaveLength(1)
  })
})
