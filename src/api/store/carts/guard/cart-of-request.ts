import { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type Source = "path" | "body" | "query" | "payment_collection"

const asId = (value: unknown) => (typeof value === "string" && value.length > 0 && value.length <= 100 ? value : null)

/**
 * The cart a store request acts on: the `:id` of any `/store/carts/:id/...` path (so a route a
 * later Medusa version adds there is covered too), the `cart_id` a body or query names, or the
 * cart of the payment collection in the path.
 */
export async function cartIdOfRequest(req: MedusaRequest, source: Source): Promise<string | null> {
  switch (source) {
    case "path":
      return asId(req.params.id)
    case "body":
      return asId((req.body as Record<string, unknown> | undefined)?.cart_id)
    case "query":
      return asId(req.query.cart_id)
    case "payment_collection": {
      const collectionId = asId(req.params.id)
      if (!collectionId) return null
      const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "payment_collection",
        fields: ["id", "cart.id"],
        filters: { id: collectionId },
      })
      return (data[0] as { cart?: { id: string } | null } | undefined)?.cart?.id ?? null
    }
  }
}
