import { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** The signed-in customer's groups (none for a guest): their price lists apply to catalog prices. */
export async function customerGroupIds(req: AuthenticatedMedusaRequest<unknown, unknown>): Promise<string[]> {
  if (req.auth_context?.actor_type !== "customer") return []
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "customer",
    fields: ["groups.id"],
    filters: { id: req.auth_context.actor_id },
  })
  return (data[0]?.groups ?? []).flatMap((g) => (g ? [g.id] : []))
}
