import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123035113 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "leasing_offer" drop constraint if exists "leasing_offer_catalog_number_unique";`
    )
    this.addSql(`alter table if exists "leasing_offer" drop constraint if exists "leasing_offer_variant_id_unique";`)
    this.addSql(
      `create table if not exists "leasing_offer" ("id" text not null, "catalog_number" serial, "variant_id" text not null, "product_id" text not null, "available_countries" text[] not null, "has_keyboard" boolean not null default false, "keyboard_layouts" text[] not null, "lease_term_months" integer not null default 36, "leasable" boolean not null default true, "purchasable" boolean not null default true, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "leasing_offer_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_leasing_offer_deleted_at" ON "leasing_offer" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_leasing_offer_variant_id_unique" ON "leasing_offer" ("variant_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_leasing_offer_product_id" ON "leasing_offer" ("product_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_leasing_offer_catalog_number_unique" ON "leasing_offer" ("catalog_number") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "leasing_offer" cascade;`)
  }
}
