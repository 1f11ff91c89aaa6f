import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Catalog indexes (issue #15), on `leasing_offer` only. Written by hand rather than generated:
 * a GIN index is what `available_countries @> array['FR']` (the catalog's country filter) can
 * use, and keeping it out of the DML model leaves the module's snapshot to the migrations
 * generated from the models. `IF NOT EXISTS` keeps it safe to re-run.
 */
export class Migration20261124090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_leasing_offer_available_countries_gin" ON "leasing_offer" USING gin ("available_countries") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_leasing_offer_available_countries_gin";`)
  }
}
