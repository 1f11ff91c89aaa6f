// A catalog at a real leasing catalog's size for the catalog scenarios: by default 2,000
// product groups and 10,000 variants, each with its offer, price set, prices and price rules,
// in one SQL transaction (a few seconds; creating them through workflows would take an hour).
//
// Every bench group is a copy of a demo group (round robin), its variants copies of that
// group's offered variants, so they have the demo's shapes: layouts, modes, currencies, rules,
// type (category), collection (brand) and sales channel. Rows are copied with
// jsonb_populate_record, which keeps every column the Medusa version at hand has, and only
// the ids, handles, SKUs and titles are changed. Titles start with "Zeta" so that the demo's
// groups stay the catalog's first page: the same page can be measured at both sizes.
// Ids contain "_bench_", which is how removeLargeCatalog finds them again.

const copy = (table, alias, overrides) =>
  `(jsonb_populate_record(null::${table}, to_jsonb(${alias}) || jsonb_build_object(${overrides}))).*`

const seedSql = ({ groups, variantsPerGroup }) => `
begin;
create temp table bench_templates on commit drop as
  select p.id, row_number() over (order by p.handle) - 1 as k, count(*) over () as n
    from product p
   where p.deleted_at is null and p.id not like '%\\_bench\\_%'
     and exists (select 1 from leasing_offer o where o.product_id = p.id and o.deleted_at is null);
create temp table bench_groups on commit drop as
  select g, t.id as template_id, 'prod_bench_' || lpad(g::text, 5, '0') as id
    from generate_series(0, ${groups - 1}) g join bench_templates t on t.k = g % t.n;
create temp table bench_template_variants on commit drop as
  select v.id, v.product_id, o.id as offer_id, l.price_set_id,
         row_number() over (partition by v.product_id order by v.variant_rank, v.title) - 1 as k,
         count(*) over (partition by v.product_id) as n
    from product_variant v
    join leasing_offer o on o.variant_id = v.id and o.deleted_at is null
    join product_variant_price_set l on l.variant_id = v.id and l.deleted_at is null
   where v.deleted_at is null;
create temp table bench_variants on commit drop as
  select b.g, j, b.id as product_id, tv.id as template_id, tv.offer_id as template_offer_id,
         tv.price_set_id as template_price_set_id, j >= tv.n as repeated,
         'variant_bench_' || b.g || '_' || j as id, 'pset_bench_' || b.g || '_' || j as price_set_id
    from bench_groups b cross join generate_series(0, ${variantsPerGroup - 1}) j
    join bench_template_variants tv on tv.product_id = b.template_id and tv.k = j % tv.n;

insert into product
  select ${copy(
    "product",
    "p",
    `'id', b.id, 'handle', p.handle || '-bench-' || b.g,
    'title', 'Zeta ' || p.title || ' ' || lpad(b.g::text, 5, '0'), 'created_at', now(), 'updated_at', now()`
  )}
    from bench_groups b join product p on p.id = b.template_id;
insert into product_sales_channel
  select ${copy("product_sales_channel", "l", `'id', 'prodsc_bench_' || b.g || '_' || l.sales_channel_id, 'product_id', b.id`)}
    from bench_groups b join product_sales_channel l on l.product_id = b.template_id and l.deleted_at is null;
insert into product_variant
  select ${copy(
    "product_variant",
    "v",
    `'id', bv.id, 'product_id', bv.product_id, 'sku', v.sku || '-B' || bv.g || '-' || bv.j,
    'title', v.title || case when bv.repeated then ' (' || bv.j || ')' else '' end, 'variant_rank', bv.j`
  )}
    from bench_variants bv join product_variant v on v.id = bv.template_id;
insert into price_set
  select ${copy("price_set", "s", `'id', bv.price_set_id`)}
    from bench_variants bv join price_set s on s.id = bv.template_price_set_id;
insert into product_variant_price_set
  select ${copy("product_variant_price_set", "l", `'id', 'pvps_bench_' || bv.g || '_' || bv.j, 'variant_id', bv.id, 'price_set_id', bv.price_set_id`)}
    from bench_variants bv join product_variant_price_set l on l.variant_id = bv.template_id and l.deleted_at is null;
insert into price
  select ${copy("price", "p", `'id', 'price_bench_' || bv.g || '_' || bv.j || '_' || p.id, 'price_set_id', bv.price_set_id`)}
    from bench_variants bv join price p on p.price_set_id = bv.template_price_set_id and p.deleted_at is null and p.price_list_id is null;
insert into price_rule
  select ${copy("price_rule", "r", `'id', 'prule_bench_' || bv.g || '_' || bv.j || '_' || r.id, 'price_id', 'price_bench_' || bv.g || '_' || bv.j || '_' || p.id`)}
    from bench_variants bv
    join price p on p.price_set_id = bv.template_price_set_id and p.deleted_at is null and p.price_list_id is null
    join price_rule r on r.price_id = p.id and r.deleted_at is null;
insert into leasing_offer
  select ${copy(
    "leasing_offer",
    "o",
    `'id', 'loff_bench_' || bv.g || '_' || bv.j, 'variant_id', bv.id, 'product_id', bv.product_id,
    'catalog_number', nextval(pg_get_serial_sequence('leasing_offer', 'catalog_number'))`
  )}
    from bench_variants bv join leasing_offer o on o.id = bv.template_offer_id
    order by bv.g, bv.j;
commit;
analyze;
`

const BENCH_TABLES = [
  "price_rule",
  "price",
  "product_variant_price_set",
  "price_set",
  "leasing_offer",
  "product_variant",
  "product_sales_channel",
  "product",
]

/** Adds the large catalog; returns what the database then holds. */
export async function seedLargeCatalog(db, { groups, variantsPerGroup }) {
  await db.query(seedSql({ groups, variantsPerGroup }))
  return catalogSize(db)
}

/** Removes it again (back to the demo's size). */
export async function removeLargeCatalog(db) {
  await db.query(
    [
      "begin;",
      ...BENCH_TABLES.map((t) => `delete from ${t} where id like '%\\_bench\\_%';`),
      "commit;",
      "analyze;",
    ].join("\n")
  )
  return catalogSize(db)
}

export async function catalogSize(db) {
  const [row] = await db.query(
    `select (select count(distinct product_id) from leasing_offer where deleted_at is null)::int as groups,
            (select count(*) from leasing_offer where deleted_at is null)::int as variants,
            (select count(*) from price where deleted_at is null)::int as prices,
            (select count(*) from price_rule where deleted_at is null)::int as price_rules`
  )
  return row
}
