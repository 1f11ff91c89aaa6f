import { MedusaRequest } from "@medusajs/framework/http"
import { COMPANY_MODULE } from "../../modules/company"
import CompanyModuleService from "../../modules/company/service"

/** Who is calling a company-scoped store route, resolved from its credentials only. */
export type LeasingCaller = {
  company_id: string
  scope: "READ" | "WRITE"
  via: "api_token" | "customer"
  /** The API token's id, or the company user's id for a signed-in customer: the rate-limit key. */
  credential_id: string
  /** Set when a signed-in customer calls as a company user. */
  company_user_id?: string
}

declare module "@medusajs/framework/http" {
  interface MedusaRequest {
    leasing_caller?: LeasingCaller
  }
}

export type CallerRefusal = { refused: "UNAUTHORIZED" | "COMPANY_NOT_FOUND"; message: string }
export type IdentifiedCaller = {
  caller: LeasingCaller
  touch?: () => Promise<void>
  /** Known when the credential's lookup read its company too: whether that company still exists. */
  company_exists?: boolean
}

const BEARER_TOKEN = /^Bearer\s+(lsk_\S*)\s*$/i

export const NO_CREDENTIALS =
  "Authentication required: send Authorization: Bearer <company API token>, or sign in as a company user."

export function companyService(req: MedusaRequest) {
  return req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
}

/** Whether the request sends a company API token (`Authorization: Bearer lsk_…`), valid or not. */
export function presentsApiToken(req: MedusaRequest): boolean {
  return BEARER_TOKEN.test(req.headers.authorization ?? "")
}

function signedInCustomerId(req: MedusaRequest): string | undefined {
  const auth = (req as MedusaRequest & { auth_context?: { actor_type?: string; actor_id?: string } }).auth_context
  return auth?.actor_type === "customer" && auth.actor_id ? auth.actor_id : undefined
}

/**
 * Whether the request sends company credentials at all: a company API token, or a signed-in
 * customer who is a company user (one indexed lookup). Medusa's own routes, which a storefront
 * also calls without them, identify a caller only then.
 */
export async function presentsCompanyCredentials(req: MedusaRequest): Promise<boolean> {
  if (presentsApiToken(req)) return true
  const customerId = signedInCustomerId(req)
  if (!customerId) return false
  const [user] = await companyService(req).listLeasingCompanyUsers(
    { customer_id: customerId },
    { take: 1, select: ["id"] }
  )
  return !!user
}

/**
 * The caller from its credentials: a company API token (`Authorization: Bearer lsk_…`), or a
 * signed-in customer linked to a company user (ADMIN: WRITE, EMPLOYEE: READ). Nothing the
 * client sends besides its credentials decides the company. `touch` records the token's use.
 */
export async function identifyCaller(req: MedusaRequest): Promise<IdentifiedCaller | CallerRefusal> {
  const service = companyService(req)
  const bearer = BEARER_TOKEN.exec(req.headers.authorization ?? "")
  if (bearer) {
    const token = await service.findApiTokenBySecret(bearer[1])
    if (!token || token.revoked_at) {
      return { refused: "UNAUTHORIZED", message: "The API token is invalid or has been revoked." }
    }
    return {
      caller: { company_id: token.company_id, scope: token.scope, via: "api_token", credential_id: token.id },
      touch: () => service.touchApiToken(token),
      company_exists: !!(token as { company?: { id: string } | null }).company,
    }
  }
  const customerId = signedInCustomerId(req)
  if (customerId) {
    const [user] = await service.listLeasingCompanyUsers({ customer_id: customerId }, { take: 1 })
    if (!user) {
      return { refused: "UNAUTHORIZED", message: "This customer is not a user of any company." }
    }
    const scope = user.role === "ADMIN" ? "WRITE" : "READ"
    return {
      caller: { company_id: user.company_id, scope, via: "customer", credential_id: user.id, company_user_id: user.id },
    }
  }
  return { refused: "UNAUTHORIZED", message: NO_CREDENTIALS }
}

/** Whether the caller's company still exists (a token outlives nothing: its company may be deleted). */
export async function callerCompanyExists(req: MedusaRequest, identified: IdentifiedCaller): Promise<boolean> {
  if (identified.company_exists !== undefined) return identified.company_exists
  const { caller } = identified
  const [company] = await companyService(req).listLeasingCompanies({ id: caller.company_id }, { select: ["id"] })
  return !!company
}
