import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Product groups get the platform's integer ids (issue #23): `leasing_product_group`, one row per
 * product with a leasing offer, numbered in the order of their first offer's catalog number so
 * that existing catalogs get small, stable numbers. Written by hand (the lead regenerates the
 * module snapshot on merge).
 */
export class Migration20261206144237 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "leasing_product_group" ("id" text not null, "group_number" serial, "product_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "leasing_product_group_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_leasing_product_group_deleted_at" ON "leasing_product_group" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_leasing_product_group_product_id_unique" ON "leasing_product_group" ("product_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_leasing_product_group_group_number_unique" ON "leasing_product_group" ("group_number") WHERE deleted_at IS NULL;`
    )
    // One group for every product already offered, in the order of its first catalog number.
    this.addSql(`
      INSERT INTO "leasing_product_group" ("id", "product_id")
      SELECT 'lpgrp_' || upper(replace(gen_random_uuid()::text, '-', '')), o.product_id
        FROM "leasing_offer" o
       WHERE NOT EXISTS (SELECT 1 FROM "leasing_product_group" g WHERE g.product_id = o.product_id AND g.deleted_at IS NULL)
       GROUP BY o.product_id
       ORDER BY min(o.catalog_number);`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "leasing_product_group" cascade;`)
  }
}
