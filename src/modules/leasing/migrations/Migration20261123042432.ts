import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123042432 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "leasing_cart_line" drop constraint if exists "leasing_cart_line_device_number_unique";`
    )
    this.addSql(
      `alter table if exists "leasing_cart_line" drop constraint if exists "leasing_cart_line_line_item_id_unique";`
    )
    this.addSql(`alter table if exists "leasing_cart" drop constraint if exists "leasing_cart_order_number_unique";`)
    this.addSql(`alter table if exists "leasing_cart" drop constraint if exists "leasing_cart_cart_id_unique";`)
    this.addSql(
      `create table if not exists "leasing_cart" ("id" text not null, "order_number" serial, "cart_id" text not null, "purchaser_user_id" text null, "default_address_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "leasing_cart_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_leasing_cart_deleted_at" ON "leasing_cart" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_leasing_cart_cart_id_unique" ON "leasing_cart" ("cart_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_leasing_cart_order_number_unique" ON "leasing_cart" ("order_number") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "leasing_cart_line" ("id" text not null, "device_number" serial, "cart_id" text not null, "line_item_id" text not null, "variant_id" text not null, "catalog_number" integer not null, "acquisition_mode" text check ("acquisition_mode" in ('LEASING', 'BUY')) not null, "keyboard_layout" text check ("keyboard_layout" in ('FRENCH_AZERTY', 'SPANISH_QWERTY', 'ITALIAN_QWERTY', 'INTERNATIONAL_ENGLISH_QWERTY', 'GERMAN_QWERTZ', 'PORTUGUESE_QWERTY', 'ENGLISH_QWERTY', 'SWISS_QWERTZ', 'AMERICAN_ENGLISH_QWERTY', 'CANADIAN_ENGLISH_QWERTY', 'DUTCH_QWERTY')) null, "delivery_country" text not null, "assignee_user_id" text null, "shipping_address_id" text null, "lease_term_months" integer null, "rank" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "leasing_cart_line_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_leasing_cart_line_deleted_at" ON "leasing_cart_line" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_leasing_cart_line_line_item_id_unique" ON "leasing_cart_line" ("line_item_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_leasing_cart_line_cart_id" ON "leasing_cart_line" ("cart_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_leasing_cart_line_device_number_unique" ON "leasing_cart_line" ("device_number") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "leasing_cart" cascade;`)

    this.addSql(`drop table if exists "leasing_cart_line" cascade;`)
  }
}
