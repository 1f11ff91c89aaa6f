// What the company module and the carts' ownership (leasing_cart.company_id) hold, read straight from PostgreSQL,
// so a test can assert that a refused call wrote nothing.

// A token's last_used_at (and with it updated_at) changes on any authenticated call, refused
// or not: it is the one write a refused call may make, so it is left out of the fingerprint.
const TOKEN_COLUMNS =
  "id, company_id, label, scope, token_hash, redacted, created_by, revoked_at, revoked_by, created_at, deleted_at"

const TABLES: Record<string, string> = {
  leasing_company: "*",
  leasing_company_user: "*",
  leasing_company_address: "*",
  leasing_api_token: TOKEN_COLUMNS,
  leasing_cart: "*",
}

/** Row count and an md5 of every row of each company table (deleted rows included). */
export async function companyDbState(dbConnection: any) {
  const tables = TABLES
  const state: Record<string, { rows: number; md5: string }> = {}
  for (const [table, columns] of Object.entries(tables)) {
    const { rows } = await dbConnection.raw(
      `select count(*)::int as rows, md5(coalesce(string_agg(row_to_json(t)::text, ',' order by t.id), '')) as md5
       from (select ${columns} from "${table}") t`
    )
    state[table] = rows[0]
  }
  return state
}

/** Live (not deleted) rows of a company table for one company. */
export async function liveRows(dbConnection: any, table: string, companyId: string) {
  const column = table === "leasing_company" ? "id" : "company_id"
  const { rows } = await dbConnection.raw(`select * from "${table}" where ${column} = ? and deleted_at is null`, [
    companyId,
  ])
  return rows as any[]
}
