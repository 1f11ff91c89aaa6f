import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Checkout (issue #12): lease contracts, the cart's signatory and order, and leased devices that
 * cost nothing now. A leased device's rent moves from its line's `unit_price` into
 * `metadata.leasing.monthly_rent` on open carts, so that Medusa's totals (and the payment
 * collection) are the one-time part only; the next update or refresh recomputes their taxes.
 */
export class Migration20261124112901 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "lease_contract" drop constraint if exists "lease_contract_order_item_id_unique";`
    )
    this.addSql(
      `alter table if exists "lease_contract" drop constraint if exists "lease_contract_contract_number_unique";`
    )
    this.addSql(
      `create table if not exists "lease_contract" ("id" text not null, "contract_number" serial, "order_id" text not null, "order_item_id" text not null, "cart_id" text not null, "company_id" text not null, "device_number" integer not null, "catalog_number" integer not null, "product_id" text null, "variant_id" text null, "device_name" text not null, "keyboard_layout" text null, "delivery_country" text not null, "assignee_user_id" text null, "shipping_address_id" text null, "signatory_user_id" text null, "lease_term_months" integer not null, "monthly_rent" numeric not null, "currency_code" text not null, "status" text check ("status" in ('PENDING_DELIVERY', 'ACTIVE', 'ENDED', 'CANCELLED')) not null default 'PENDING_DELIVERY', "starts_at" timestamptz null, "ends_at" timestamptz null, "metadata" jsonb null, "raw_monthly_rent" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "lease_contract_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_lease_contract_deleted_at" ON "lease_contract" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_lease_contract_contract_number_unique" ON "lease_contract" ("contract_number") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_lease_contract_order_item_id_unique" ON "lease_contract" ("order_item_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_lease_contract_order_id" ON "lease_contract" ("order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_lease_contract_company_id_status" ON "lease_contract" ("company_id", "status") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_lease_contract_ends_at" ON "lease_contract" ("ends_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "leasing_cart" add column if not exists "signatory_user_id" text null, add column if not exists "order_id" text null;`
    )
    this.addSql(`
      DO $$
      BEGIN
        IF to_regclass('cart_line_item') IS NOT NULL AND to_regclass('cart') IS NOT NULL THEN
          UPDATE cart_line_item li
          SET metadata = jsonb_set(li.metadata, '{leasing,monthly_rent}', to_jsonb(li.unit_price)),
              unit_price = 0, raw_unit_price = '{"value": "0", "precision": 20}'::jsonb
          FROM cart c
          WHERE c.id = li.cart_id AND c.completed_at IS NULL AND li.deleted_at IS NULL
            AND li.metadata -> 'leasing' ->> 'acquisition_mode' = 'LEASING'
            AND NOT (li.metadata -> 'leasing' ? 'monthly_rent');
        END IF;
      END $$;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "lease_contract" cascade;`)

    this.addSql(
      `alter table if exists "leasing_cart" drop column if exists "signatory_user_id", drop column if exists "order_id";`
    )
  }
}
