import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123040246 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "leasing_company_user" drop constraint if exists "leasing_company_user_customer_id_unique";`
    )
    this.addSql(
      `alter table if exists "leasing_company_user" drop constraint if exists "leasing_company_user_company_id_email_unique";`
    )
    this.addSql(
      `alter table if exists "leasing_company_user" drop constraint if exists "leasing_company_user_number_unique";`
    )
    this.addSql(
      `alter table if exists "leasing_company_address" drop constraint if exists "leasing_company_address_number_unique";`
    )
    this.addSql(
      `alter table if exists "leasing_api_token" drop constraint if exists "leasing_api_token_token_hash_unique";`
    )
    this.addSql(`alter table if exists "leasing_company" drop constraint if exists "leasing_company_number_unique";`)
    this.addSql(
      `create table if not exists "leasing_company" ("id" text not null, "number" serial, "name" text not null, "email" text null, "phone" text null, "country_code" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "leasing_company_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_leasing_company_deleted_at" ON "leasing_company" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_leasing_company_number_unique" ON "leasing_company" ("number") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "leasing_api_token" ("id" text not null, "label" text not null, "scope" text check ("scope" in ('READ', 'WRITE')) not null, "token_hash" text not null, "redacted" text not null, "created_by" text null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, "revoked_by" text null, "company_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "leasing_api_token_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_leasing_api_token_company_id" ON "leasing_api_token" ("company_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_leasing_api_token_deleted_at" ON "leasing_api_token" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_leasing_api_token_token_hash_unique" ON "leasing_api_token" ("token_hash") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "leasing_company_address" ("id" text not null, "number" serial, "label" text null, "first_name" text null, "last_name" text null, "company" text null, "address_1" text not null, "address_2" text null, "city" text not null, "postal_code" text null, "province" text null, "country_code" text not null, "phone" text null, "is_default" boolean not null default false, "company_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "leasing_company_address_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_leasing_company_address_deleted_at" ON "leasing_company_address" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_leasing_company_address_number_unique" ON "leasing_company_address" ("number") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_leasing_company_address_company_id" ON "leasing_company_address" ("company_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_leasing_company_address_one_default" ON "leasing_company_address" ("company_id") WHERE is_default IS TRUE AND deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "leasing_company_user" ("id" text not null, "number" serial, "first_name" text not null, "last_name" text not null, "email" text not null, "role" text check ("role" in ('ADMIN', 'EMPLOYEE')) not null default 'EMPLOYEE', "customer_id" text null, "company_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "leasing_company_user_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_leasing_company_user_company_id" ON "leasing_company_user" ("company_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_leasing_company_user_deleted_at" ON "leasing_company_user" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_leasing_company_user_number_unique" ON "leasing_company_user" ("number") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_leasing_company_user_company_id_email_unique" ON "leasing_company_user" ("company_id", "email") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_leasing_company_user_customer_id_unique" ON "leasing_company_user" ("customer_id") WHERE customer_id IS NOT NULL AND deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "leasing_api_token" add constraint "leasing_api_token_company_id_foreign" foreign key ("company_id") references "leasing_company" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "leasing_company_user" add constraint "leasing_company_user_company_id_foreign" foreign key ("company_id") references "leasing_company" ("id") on update cascade on delete cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "leasing_api_token" drop constraint if exists "leasing_api_token_company_id_foreign";`
    )

    this.addSql(
      `alter table if exists "leasing_company_user" drop constraint if exists "leasing_company_user_company_id_foreign";`
    )

    this.addSql(`drop table if exists "leasing_company" cascade;`)

    this.addSql(`drop table if exists "leasing_api_token" cascade;`)

    this.addSql(`drop table if exists "leasing_company_address" cascade;`)

    this.addSql(`drop table if exists "leasing_company_user" cascade;`)
  }
}
