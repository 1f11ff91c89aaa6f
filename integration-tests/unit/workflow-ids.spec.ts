import { readdirSync, readFileSync, statSync } from "node:fs"
import path from "node:path"

const WORKFLOWS = path.join(__dirname, "..", "..", "src", "workflows")

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name)
    if (statSync(file).isDirectory()) return name === "__tests__" ? [] : sourceFiles(file)
    return file.endsWith(".ts") ? [file] : []
  })
}

// Ids a workflow engine stores and a host app sees (steps, workflows, `when` and `.config` names):
// the prefix keeps them apart from core's and from the host's own.
const ID_PATTERNS = [
  /(?:Step|Workflow)Id\s*=\s*"([^"]+)"/g,
  /create(?:Step|Workflow)\(\s*"([^"]+)"/g,
  /\bwhen\(\s*"([^"]+)"/g,
  /config\(\{\s*name:\s*"([^"]+)"/g,
]

describe("workflow and step ids", () => {
  it("every id under src/workflows starts with leasing-", () => {
    const ids = sourceFiles(WORKFLOWS).flatMap((file) => {
      const text = readFileSync(file, "utf8")
      return ID_PATTERNS.flatMap((pattern) =>
        [...text.matchAll(pattern)].map((m) => `${path.relative(WORKFLOWS, file)}: ${m[1]}`)
      )
    })
    expect(ids.length).toBeGreaterThan(50)
    expect(ids.filter((id) => !id.split(": ")[1].startsWith("leasing-"))).toEqual([])
  })
})
