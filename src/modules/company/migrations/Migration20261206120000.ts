import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The leasing platform creates a user from an email alone (names optional, and `null` clears
 * them): a company user's first and last names become nullable.
 */
export class Migration20261206120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "leasing_company_user" alter column "first_name" drop not null;`)
    this.addSql(`alter table if exists "leasing_company_user" alter column "last_name" drop not null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`update "leasing_company_user" set "first_name" = '' where "first_name" is null;`)
    this.addSql(`update "leasing_company_user" set "last_name" = '' where "last_name" is null;`)
    this.addSql(`alter table if exists "leasing_company_user" alter column "first_name" set not null;`)
    this.addSql(`alter table if exists "leasing_company_user" alter column "last_name" set not null;`)
  }
}
