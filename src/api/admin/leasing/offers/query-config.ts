export const defaultAdminOfferFields = [
  "id",
  "catalog_number",
  "variant_id",
  "product_id",
  "available_countries",
  "has_keyboard",
  "keyboard_layouts",
  "lease_term_months",
  "lease_terms_months",
  "leasable",
  "purchasable",
  "metadata",
  "created_at",
  "updated_at",
]

export const listAdminOffersQueryConfig = {
  defaults: defaultAdminOfferFields,
  isList: true,
}
