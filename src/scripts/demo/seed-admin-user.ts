import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createUsersWorkflow } from "@medusajs/medusa/core-flows"
import { DEMO_ADMIN } from "./demo-config"

/** An admin who can log in to Medusa Admin with email and password (as `medusa user` does). */
export async function seedAdminUser(container: MedusaContainer) {
  const userModule = container.resolve(Modules.USER)
  const authModule = container.resolve(Modules.AUTH)
  const [existing] = await userModule.listUsers({ email: DEMO_ADMIN.email })
  if (existing) {
    return existing
  }
  const { result } = await createUsersWorkflow(container).run({
    input: { users: [{ email: DEMO_ADMIN.email }] },
  })
  const user = result[0]
  const { authIdentity, error } = await authModule.register("emailpass", {
    body: { email: DEMO_ADMIN.email, password: DEMO_ADMIN.password },
  })
  if (error || !authIdentity) {
    throw new Error(`Could not create the demo admin login: ${error}`)
  }
  await authModule.updateAuthIdentities({ id: authIdentity.id, app_metadata: { user_id: user.id } })
  return user
}
