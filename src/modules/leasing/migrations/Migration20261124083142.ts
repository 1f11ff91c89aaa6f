import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Devices move onto their line items (`metadata.leasing`) and ownership onto `leasing_cart`
 * (`company_id`), so that a device, and a claim, are each one write. Existing data is carried
 * over: leasing lines into their line items' metadata, the company-cart link into company_id.
 */
export class Migration20261124083142 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create sequence if not exists "leasing_device_number_seq";`)
    this.addSql(
      `alter table if exists "leasing_cart" add column if not exists "company_id" text null, add column if not exists "device_order" text[] null, add column if not exists "pending_update" jsonb null;`
    )
    this.addSql(`
      DO $$
      DECLARE link_table text;
      BEGIN
        SELECT c.table_name INTO link_table FROM information_schema.columns c
        WHERE c.table_schema = current_schema() AND c.column_name = 'leasing_company_id'
          AND EXISTS (SELECT 1 FROM information_schema.columns d
                      WHERE d.table_schema = c.table_schema AND d.table_name = c.table_name AND d.column_name = 'cart_id')
        LIMIT 1;
        IF link_table IS NOT NULL THEN
          EXECUTE format('UPDATE leasing_cart lc SET company_id = l.leasing_company_id FROM %I l
                          WHERE l.cart_id = lc.cart_id AND l.deleted_at IS NULL', link_table);
        END IF;
        IF to_regclass('leasing_cart_line') IS NOT NULL THEN
          PERFORM setval('leasing_device_number_seq', greatest(coalesce((SELECT max(device_number) FROM leasing_cart_line), 0), 1));
          IF to_regclass('cart_line_item') IS NOT NULL THEN
            UPDATE cart_line_item li SET metadata = coalesce(li.metadata, '{}'::jsonb) || jsonb_build_object('leasing', jsonb_build_object(
              'device_number', l.device_number, 'catalog_number', l.catalog_number, 'acquisition_mode', l.acquisition_mode,
              'keyboard_layout', l.keyboard_layout, 'delivery_country', l.delivery_country, 'assignee_user_id', l.assignee_user_id,
              'shipping_address_id', l.shipping_address_id, 'lease_term_months', l.lease_term_months))
            FROM leasing_cart_line l WHERE l.line_item_id = li.id AND l.deleted_at IS NULL;
          END IF;
          UPDATE leasing_cart c SET device_order = (SELECT array_agg(l.line_item_id ORDER BY l.rank) FROM leasing_cart_line l
                                                    WHERE l.cart_id = c.cart_id AND l.deleted_at IS NULL);
        END IF;
      END $$;`)
    // A leasing record without an owner cannot be reached by any caller.
    this.addSql(`delete from "leasing_cart" where "company_id" is null;`)
    this.addSql(`alter table if exists "leasing_cart" alter column "company_id" set not null;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_leasing_cart_company_id" ON "leasing_cart" ("company_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(`drop table if exists "leasing_cart_line" cascade;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_leasing_cart_company_id";`)
    this.addSql(
      `alter table if exists "leasing_cart" drop column if exists "company_id", drop column if exists "device_order", drop column if exists "pending_update";`
    )
    this.addSql(`drop sequence if exists "leasing_device_number_seq";`)
  }
}
