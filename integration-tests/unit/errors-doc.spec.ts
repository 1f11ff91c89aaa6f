import { readFileSync } from "node:fs"
import { ERRORS_DOC, renderErrorTable, withErrorTable } from "../../scripts/docs-errors"
import { LEASING_ERROR_STATUS } from "../../src/utils/leasing-errors"

// docs/errors.md is what a client's developer reads: it must list exactly the codes the code can answer.
describe("docs/errors.md", () => {
  const doc = readFileSync(ERRORS_DOC, "utf8")

  it("holds the table of src/utils/leasing-errors.ts (else run `npm run docs:errors` and commit)", () => {
    expect(doc).toEqual(withErrorTable(doc))
  })

  it("the table names every code once, with its status", () => {
    const rows = renderErrorTable().split("\n").slice(2)
    expect(rows).toHaveLength(Object.keys(LEASING_ERROR_STATUS).length)
    for (const [code, status] of Object.entries(LEASING_ERROR_STATUS)) {
      expect(rows.filter((row) => row === `| ${status} | \`${code}\` |`)).toHaveLength(1)
    }
  })
})
