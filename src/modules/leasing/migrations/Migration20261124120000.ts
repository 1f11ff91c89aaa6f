import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Lease terms per offer (issue #12, item 2): the terms (months) a device may be leased for, a
 * jsonb array of integers. Written by hand (the lead regenerates the module snapshot on merge).
 * Existing offers keep exactly what they sold: their one term.
 */
export class Migration20261124120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "leasing_offer" add column if not exists "lease_terms_months" jsonb null;`)
    this.addSql(
      `update "leasing_offer" set "lease_terms_months" = jsonb_build_array("lease_term_months") where "lease_terms_months" is null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "leasing_offer" drop column if exists "lease_terms_months";`)
  }
}
