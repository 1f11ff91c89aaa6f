import { MedusaContainer } from "@medusajs/framework/types"
import { WorkflowManager } from "@medusajs/framework/orchestration"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** Words that only an internal message (SQL, ORM, link module, JS parser) would contain. */
export const INTERNAL_WORDS =
  /\b(select|insert into|update .* set|delete from|mikro|knex|postgres|sql|relation|column|link(s)? between|constraint|JSON at position|Unexpected token|stack)\b/i

/**
 * What a bad request must not change: the cart's core fields and line items (leasing data
 * lives in the items' metadata) and the companies with their users and addresses. Core fields
 * only, so the snapshot does not depend on how the leasing module stores its records.
 */
export async function storeState(container: MedusaContainer, cartId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: carts }, { data: companies }, { data: users }, { data: addresses }] = await Promise.all([
    query.graph({
      entity: "cart",
      fields: ["id", "email", "region_id", "currency_code", "customer_id", "metadata", "updated_at", "items.*"],
      filters: { id: cartId },
    }),
    query.graph({ entity: "leasing_company", fields: ["id", "name", "updated_at"] }),
    query.graph({ entity: "leasing_company_user", fields: ["id", "email", "updated_at"] }),
    query.graph({ entity: "leasing_company_address", fields: ["id", "address_1", "updated_at"] }),
  ])
  const byId = (a: any, b: any) => String(a?.id).localeCompare(String(b?.id))
  const cart: any = carts[0]
  cart.items = [...(cart.items ?? [])].sort(byId)
  return JSON.parse(
    JSON.stringify({
      cart,
      companies: [...companies].sort(byId),
      users: [...users].sort(byId),
      addresses: [...addresses].sort(byId),
    })
  )
}

/**
 * The SQL statements the app runs while `action` runs, from the shared knex connection that
 * every module's MikroORM uses.
 */
export async function sqlDuring(container: MedusaContainer, action: () => Promise<unknown>) {
  const knex: any = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const statements: string[] = []
  const listener = (data: { sql: string }) => statements.push(data.sql)
  knex.on("query", listener)
  try {
    await action()
  } finally {
    knex.removeListener("query", listener)
  }
  return statements
}

/**
 * Unschedules every scheduled job (the plugin's webhook delivery, repair and checkout jobs run
 * every 15 to 60 s) and waits for a run already started to end, so `sqlDuring` sees only the
 * request's statements. For specs that count SQL; the app is torn down after the spec.
 */
export async function stopScheduledJobs(settleMs = 1_500) {
  for (const workflow of WorkflowManager.getWorkflows().values()) {
    if (workflow.options?.schedule) {
      await WorkflowManager.scheduler.clearWorkflow(workflow)
    }
  }
  await new Promise((resolve) => setTimeout(resolve, settleMs))
}
