// `npm run docs:errors`: writes the table of docs/errors.md from the code's one list of codes
// (src/utils/leasing-errors.ts). integration-tests/unit/errors-doc.spec.ts fails while the doc differs.
import { readFileSync, writeFileSync } from "node:fs"
import path from "node:path"
import { LEASING_ERROR_STATUS, LeasingErrorCode } from "../src/utils/leasing-errors"

export const ERRORS_DOC = path.join(__dirname, "..", "docs", "errors.md")
const BEGIN = "<!-- BEGIN error codes: written by `npm run docs:errors` from src/utils/leasing-errors.ts -->"
const END = "<!-- END error codes -->"

/** One row per code, by status; codes of one status in the list's order. */
export function renderErrorTable(): string {
  const codes = (Object.keys(LEASING_ERROR_STATUS) as LeasingErrorCode[])
    .map((code, index) => ({ code, index, status: LEASING_ERROR_STATUS[code] }))
    .sort((a, b) => a.status - b.status || a.index - b.index)
  return ["| status | code |", "|---|---|", ...codes.map(({ code, status }) => `| ${status} | \`${code}\` |`)].join(
    "\n"
  )
}

/** The doc with its table (between the markers) rewritten from the list. */
export function withErrorTable(doc: string): string {
  const begin = doc.indexOf(BEGIN)
  const end = doc.indexOf(END)
  if (begin === -1 || end < begin) {
    throw new Error(`${ERRORS_DOC} has lost its markers: "${BEGIN}" ... "${END}"`)
  }
  return `${doc.slice(0, begin)}${BEGIN}\n${renderErrorTable()}\n${doc.slice(end)}`
}

if (require.main === module) {
  const doc = readFileSync(ERRORS_DOC, "utf8")
  const updated = withErrorTable(doc)
  writeFileSync(ERRORS_DOC, updated)
  console.log(updated === doc ? "docs/errors.md is up to date" : "docs/errors.md: table rewritten")
}
