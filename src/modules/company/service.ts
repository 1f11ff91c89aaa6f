import { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import {
  CompanyModuleOptions,
  DEFAULT_FAILED_AUTH_LIMIT_PER_MINUTE,
  DEFAULT_RATE_LIMIT_PER_MINUTE,
  ResolvedCompanyModuleOptions,
} from "./constants"
import ApiToken from "./models/api-token"
import Company from "./models/company"
import CompanyAddress from "./models/company-address"
import CompanyUser from "./models/company-user"
import { hashApiTokenSecret, looksLikeApiTokenSecret, sameTokenHash } from "./utils/api-token-secret"
import { parseRecordRef } from "./utils/record-ref"

// last_used_at is informative: writing it on every request would double each call's cost.
const LAST_USED_RESOLUTION_MS = 60_000

function positiveInteger(value: unknown, fallback: number) {
  const n = Number(value)
  return Number.isInteger(n) && n > 0 ? n : fallback
}

type CreateAddressInput = { company_id: string; country_code: string; is_default?: boolean } & Record<string, unknown>

class CompanyModuleService extends MedusaService({
  LeasingCompany: Company,
  LeasingCompanyUser: CompanyUser,
  LeasingCompanyAddress: CompanyAddress,
  LeasingApiToken: ApiToken,
}) {
  protected readonly options_: ResolvedCompanyModuleOptions

  constructor(container: Record<string, unknown>, options?: CompanyModuleOptions) {
    super(container)
    this.options_ = {
      rateLimitPerMinute: positiveInteger(options?.rateLimitPerMinute, DEFAULT_RATE_LIMIT_PER_MINUTE),
      failedAuthLimitPerMinute: positiveInteger(
        options?.failedAuthLimitPerMinute,
        DEFAULT_FAILED_AUTH_LIMIT_PER_MINUTE
      ),
      redisUrl: options?.redisUrl || undefined,
      trustedProxies: (Array.isArray(options?.trustedProxies)
        ? options!.trustedProxies
        : String(options?.trustedProxies ?? "").split(",")
      )
        .map((entry) => entry.trim())
        .filter(Boolean),
      defaultShippingOptions: Object.fromEntries(
        Object.entries(options?.defaultShippingOptions ?? {}).map(([country, option]) => [
          country.toUpperCase(),
          option,
        ])
      ),
    }
  }

  getOptions(): ResolvedCompanyModuleOptions {
    return { ...this.options_ }
  }

  /**
   * The token a secret belongs to, revoked or not (the caller decides), or null.
   * Looked up by hash, then compared in constant time so the answer never depends on
   * how many leading characters of a guess were right.
   */
  async findApiTokenBySecret(secret: string) {
    if (!looksLikeApiTokenSecret(secret)) {
      return null
    }
    const hash = hashApiTokenSecret(secret)
    // With its company (null once deleted) in the same statement: every company request asks.
    const [token] = await this.listLeasingApiTokens(
      { token_hash: hash },
      { take: 1, relations: ["company"], select: ["*", "company.id"] as any }
    )
    return token && sameTokenHash(token.token_hash, hash) ? token : null
  }

  /** Records a token's use, at most once a minute. */
  async touchApiToken(token: { id: string; last_used_at?: Date | string | null }, now = new Date()) {
    const last = token.last_used_at ? new Date(token.last_used_at).getTime() : 0
    if (now.getTime() - last >= LAST_USED_RESOLUTION_MS) {
      await this.updateLeasingApiTokens({ id: token.id, last_used_at: now })
    }
  }

  /** A user of this company named by its number or id; null for anyone else's. */
  async findCompanyUser(companyId: string, ref: string | number) {
    const key = parseRecordRef(ref)
    if (!key) return null
    const [user] = await this.listLeasingCompanyUsers({ ...key, company_id: companyId }, { take: 1 })
    return user ?? null
  }

  /** A saved address of this company named by its number or id; null for anyone else's. */
  async findCompanyAddress(companyId: string, ref: string | number) {
    const key = parseRecordRef(ref)
    if (!key) return null
    const [address] = await this.listLeasingCompanyAddresses({ ...key, company_id: companyId }, { take: 1 })
    return address ?? null
  }

  async findDefaultCompanyAddress(companyId: string) {
    const [address] = await this.listLeasingCompanyAddresses({ company_id: companyId, is_default: true }, { take: 1 })
    return address ?? null
  }

  /**
   * Saves an address. A company's first address becomes its default whatever was asked,
   * so a company with addresses always has exactly one default.
   */
  @InjectTransactionManager()
  async addCompanyAddress(data: CreateAddressInput, @MedusaContext() sharedContext: Context = {}) {
    const { is_default, ...fields } = data
    const [existing] = await this.listLeasingCompanyAddresses(
      { company_id: data.company_id },
      { take: 1 },
      sharedContext
    )
    const address = await this.createLeasingCompanyAddresses(
      { ...fields, country_code: data.country_code.toUpperCase(), is_default: !existing } as any,
      sharedContext
    )
    const previousDefaultId =
      existing && is_default ? await this.setDefaultCompanyAddress(data.company_id, address.id, sharedContext) : null
    return { address: { ...address, is_default: !existing || !!is_default }, previous_default_id: previousDefaultId }
  }

  /**
   * Makes an address its company's default and unsets the previous one (first, since the
   * database allows only one). Returns the previous default's id, for compensation.
   */
  @InjectTransactionManager()
  async setDefaultCompanyAddress(companyId: string, addressId: string, @MedusaContext() sharedContext: Context = {}) {
    const [address] = await this.listLeasingCompanyAddresses(
      { id: addressId, company_id: companyId },
      { take: 1 },
      sharedContext
    )
    if (!address) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Address ${addressId} was not found in company ${companyId}`)
    }
    const [current] = await this.listLeasingCompanyAddresses(
      { company_id: companyId, is_default: true },
      { take: 1 },
      sharedContext
    )
    if (current?.id === addressId) {
      return addressId
    }
    if (current) {
      await this.updateLeasingCompanyAddresses({ id: current.id, is_default: false }, sharedContext)
    }
    await this.updateLeasingCompanyAddresses({ id: addressId, is_default: true }, sharedContext)
    return current?.id ?? null
  }
}

export default CompanyModuleService
