import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * A lease from delivery to its end (issue #20): the billing schedule (lease_installment), buyback
 * quotes, per-company webhook endpoints and their delivery log, and the contract's end-of-lease
 * columns and statuses. Written by hand (the lead regenerates the module snapshot on merge).
 */
export class Migration20261206121500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "lease_contract" drop constraint if exists "lease_contract_status_check";`)
    this.addSql(
      `alter table if exists "lease_contract" add constraint "lease_contract_status_check" check ("status" in ('PENDING_DELIVERY', 'ACTIVE', 'RETURN_REQUESTED', 'EXTENDED', 'ENDED', 'BOUGHT_OUT', 'CANCELLED'));`
    )
    this.addSql(
      `alter table if exists "lease_contract" add column if not exists "extension_mode" text check ("extension_mode" in ('MONTH_TO_MONTH', 'NEW_TERM')) null, add column if not exists "return_address" jsonb null, add column if not exists "return_date" timestamptz null, add column if not exists "ended_at" timestamptz null, add column if not exists "early_return_fee" numeric null, add column if not exists "raw_early_return_fee" jsonb null, add column if not exists "ending_soon_notified_at" timestamptz null;`
    )

    this.addSql(
      `create table if not exists "lease_installment" ("id" text not null, "contract_id" text not null, "company_id" text not null, "sequence" integer not null, "due_date" timestamptz not null, "amount" numeric not null, "currency_code" text not null, "status" text check ("status" in ('SCHEDULED', 'DUE', 'INVOICED', 'PAID', 'CANCELLED')) not null default 'SCHEDULED', "invoice_number" text null, "invoiced_at" timestamptz null, "paid_at" timestamptz null, "payment_reference" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "lease_installment_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_lease_installment_deleted_at" ON "lease_installment" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_lease_installment_contract_id_sequence_unique" ON "lease_installment" ("contract_id", "sequence") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_lease_installment_status_due_date" ON "lease_installment" ("status", "due_date") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_lease_installment_company_id" ON "lease_installment" ("company_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "lease_buyback_quote" ("id" text not null, "contract_id" text not null, "company_id" text not null, "amount" numeric not null, "currency_code" text not null, "remaining_installments" integer not null, "rule" jsonb not null, "expires_at" timestamptz not null, "status" text check ("status" in ('OPEN', 'ACCEPTED', 'SUPERSEDED')) not null default 'OPEN', "accepted_at" timestamptz null, "payment_collection_id" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "lease_buyback_quote_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_lease_buyback_quote_deleted_at" ON "lease_buyback_quote" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_lease_buyback_quote_contract_id_status" ON "lease_buyback_quote" ("contract_id", "status") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "lease_webhook_endpoint" ("id" text not null, "company_id" text not null, "url" text not null, "events" jsonb not null, "description" text null, "secret" text not null, "enabled" boolean not null default true, "consecutive_failures" integer not null default 0, "disabled_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "lease_webhook_endpoint_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_lease_webhook_endpoint_deleted_at" ON "lease_webhook_endpoint" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_lease_webhook_endpoint_company_id" ON "lease_webhook_endpoint" ("company_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "lease_webhook_delivery" ("id" text not null, "endpoint_id" text not null, "company_id" text not null, "event_type" text not null, "event_key" text not null, "payload" jsonb not null, "status" text check ("status" in ('PENDING', 'SUCCEEDED', 'FAILED')) not null default 'PENDING', "attempts" integer not null default 0, "next_attempt_at" timestamptz null, "last_attempt_at" timestamptz null, "last_response_status" integer null, "last_error" text null, "delivered_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "lease_webhook_delivery_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_lease_webhook_delivery_deleted_at" ON "lease_webhook_delivery" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_lease_webhook_delivery_endpoint_id_event_key_unique" ON "lease_webhook_delivery" ("endpoint_id", "event_key") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_lease_webhook_delivery_status_next_attempt_at" ON "lease_webhook_delivery" ("status", "next_attempt_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_lease_webhook_delivery_company_id" ON "lease_webhook_delivery" ("company_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "lease_webhook_delivery" cascade;`)
    this.addSql(`drop table if exists "lease_webhook_endpoint" cascade;`)
    this.addSql(`drop table if exists "lease_buyback_quote" cascade;`)
    this.addSql(`drop table if exists "lease_installment" cascade;`)
    this.addSql(
      `alter table if exists "lease_contract" drop column if exists "extension_mode", drop column if exists "return_address", drop column if exists "return_date", drop column if exists "ended_at", drop column if exists "early_return_fee", drop column if exists "raw_early_return_fee", drop column if exists "ending_soon_notified_at";`
    )
  }
}
