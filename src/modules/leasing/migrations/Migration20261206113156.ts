import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261206113156 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "leasing_device" drop constraint if exists "leasing_device_order_item_id_unique";`
    )
    this.addSql(`alter table if exists "leasing_device" drop constraint if exists "leasing_device_number_unique";`)
    this.addSql(
      `create table if not exists "leasing_device" ("id" text not null, "number" integer not null, "company_id" text not null, "user_id" text null, "source" text check ("source" in ('ORDER', 'REGISTERED')) not null, "name" text not null, "type" text not null, "category" text not null, "serial_number" text null, "keyboard_layout" text null, "client_status" text check ("client_status" in ('PENDING_VALIDATION', 'IN_PREPARATION', 'SHIPPED', 'DELIVERED', 'IN_SERVICE', 'AVAILABLE', 'IN_MAINTENANCE', 'OUT_OF_SERVICE', 'ARCHIVED')) not null, "is_rented" boolean not null default false, "rent" real null, "currency" text null, "rental_start_date" timestamptz null, "rental_end_date" timestamptz null, "purchase_price" real null, "contract_number" text null, "order_id" text null, "order_item_id" text null, "lease_contract_id" text null, "catalog_number" integer null, "variant_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "leasing_device_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_leasing_device_deleted_at" ON "leasing_device" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_leasing_device_number_unique" ON "leasing_device" ("number") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_leasing_device_company_id_client_status" ON "leasing_device" ("company_id", "client_status") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_leasing_device_company_id_user_id" ON "leasing_device" ("company_id", "user_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_leasing_device_order_item_id_unique" ON "leasing_device" ("order_item_id") WHERE deleted_at IS NULL AND order_item_id IS NOT NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_leasing_device_order_id" ON "leasing_device" ("order_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "leasing_device" cascade;`)
  }
}
