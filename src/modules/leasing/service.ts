import { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { LeaseLifecycleOptions, ResolvedLeaseLifecycleOptions, resolveLeaseLifecycleOptions } from "./lifecycle-options"
import Device from "./models/device"
import LeaseBuybackQuote from "./models/lease-buyback-quote"
import LeaseContract from "./models/lease-contract"
import LeaseInstallment from "./models/lease-installment"
import LeaseWebhookDelivery from "./models/lease-webhook-delivery"
import LeaseWebhookEndpoint from "./models/lease-webhook-endpoint"
import LeasingCart from "./models/leasing-cart"
import LeasingOffer from "./models/leasing-offer"
import LeasingProductGroup from "./models/leasing-product-group"

class LeasingModuleService extends MedusaService({
  LeasingOffer,
  LeasingProductGroup,
  LeasingCart,
  LeaseContract,
  LeaseInstallment,
  LeaseBuybackQuote,
  LeaseWebhookEndpoint,
  LeaseWebhookDelivery,
  Device,
}) {
  protected readonly lifecycleOptions_: ResolvedLeaseLifecycleOptions

  constructor(container: Record<string, unknown>, options?: LeaseLifecycleOptions) {
    super(container)
    this.lifecycleOptions_ = resolveLeaseLifecycleOptions(options)
  }

  /** End-of-lease, schedule and webhook options (plugin options, with defaults). */
  getLifecycleOptions(): ResolvedLeaseLifecycleOptions {
    return { ...this.lifecycleOptions_ }
  }

  /**
   * Reserves `count` device numbers (the platform's integer device ids) in one statement. They
   * come from a sequence, so numbers of an update that never committed are simply skipped.
   */
  @InjectManager()
  async reserveDeviceNumbers(
    count: number,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<number[]> {
    if (count <= 0) return []
    const rows: { n: string }[] = await sharedContext.manager!.execute(
      "select nextval('leasing_device_number_seq') as n from generate_series(1, ?)",
      [count]
    )
    return rows.map((r) => Number(r.n))
  }

  /**
   * Writes fields of one leasing cart in a single UPDATE. Every device update writes its pending
   * marker twice (set, then cleared with the devices' order), every checkout its signatory and then
   * its order; the generated `updateLeasingCarts` reads the record first inside a transaction of
   * its own, four statements for each write.
   */
  @InjectManager()
  async writeLeasingCart(
    id: string,
    fields: LeasingCartWrite,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<void> {
    const updated = await sharedContext.manager!.nativeUpdate(
      "LeasingCart",
      { id, deleted_at: null },
      { ...fields, updated_at: new Date() }
    )
    if (!updated) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `LeasingCart with id: ${id} was not found`)
    }
  }
}

export type LeasingCartWrite = Partial<{
  pending_update: Record<string, unknown> | null
  device_order: string[] | null
  purchaser_user_id: string | null
  default_address_id: string | null
  signatory_user_id: string | null
  order_id: string | null
}>

export default LeasingModuleService
