// Runs one command against the dev database (DATABASE_URL, or the embedded server),
// e.g. `node scripts/with-db.mjs -- medusa db:generate leasing`.
import { resolveDevDatabase } from "./lib/database.mjs"
import { childEnv, run } from "./lib/run.mjs"

const separator = process.argv.indexOf("--")
const [command, ...args] = process.argv.slice(separator === -1 ? 2 : separator + 1)
if (!command) {
  console.error("usage: node scripts/with-db.mjs -- <command> [args...]")
  process.exit(2)
}

let database
try {
  database = await resolveDevDatabase({ log: (m) => console.error(m) })
} catch (err) {
  console.error(err.message)
  process.exit(1)
}
const url = new URL(database.url)
const code = await run(command, args, {
  env: childEnv({
    DATABASE_URL: database.url,
    DB_HOST: url.hostname,
    DB_PORT: url.port || "5432",
    DB_USERNAME: decodeURIComponent(url.username),
    DB_PASSWORD: decodeURIComponent(url.password),
    DB_NAME: url.pathname.slice(1),
  }),
})
await database.stop()
process.exit(code)
