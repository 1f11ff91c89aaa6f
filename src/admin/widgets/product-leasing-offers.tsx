import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Table, Text, Tooltip } from "@medusajs/ui"
import { useState } from "react"
import type { AdminVariantLeasingOffer } from "../../types/leasing"
import { LeasingOfferDrawer } from "../components/leasing-offer-drawer"
import { useProductLeasingOffers } from "../hooks/use-leasing-offers"
import { useStoreSettings } from "../hooks/use-store-settings"
import { formatAmount, formatLayouts } from "../lib/format"

/**
 * The base prices of a mode (any layout, any country, the default term); the more specific ones
 * are counted beside.
 */
function formatPrice(offer: AdminVariantLeasingOffer, mode: "LEASING" | "BUY") {
  const prices = offer.prices.filter((p) => p.acquisition_mode === mode)
  const base = prices.filter((p) => !p.keyboard_layout && !p.delivery_country && !p.lease_term_months)
  const byTerm = prices.filter((p) => p.lease_term_months).length
  const specific = prices.length - base.length - byTerm
  if (!prices.length) return "—"
  return [
    base.map(formatAmount).join(" · ") || "—",
    specific ? `+${specific} by layout or country` : "",
    byTerm ? `+${byTerm} by term` : "",
  ]
    .filter(Boolean)
    .join(" ")
}

/** "18 / 24 / 36 months (default 36)", or the one term. */
function formatTerms(offer: NonNullable<AdminVariantLeasingOffer["offer"]>) {
  const terms = offer.lease_terms_months ?? [offer.lease_term_months]
  return terms.length > 1
    ? `${terms.join(" / ")} months (default ${offer.lease_term_months})`
    : `${offer.lease_term_months} months`
}

/** Product page: every variant's leasing offer, with an editor per variant. */
const ProductLeasingOffersWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const offers = useProductLeasingOffers(product.id)
  const settings = useStoreSettings()
  const [editing, setEditing] = useState<AdminVariantLeasingOffer | null>(null)
  const error = offers.error ?? settings.error

  return (
    <Container className="divide-y p-0" data-testid="leasing-offers-widget">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Leasing offers</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Where each configuration can be delivered, its keyboard layouts, and its monthly lease and purchase prices.
          </Text>
        </div>
      </div>
      {error && (
        <Text className="text-ui-fg-error px-6 py-4" role="alert">
          {error.message}
        </Text>
      )}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Variant</Table.HeaderCell>
            <Table.HeaderCell>Countries</Table.HeaderCell>
            <Table.HeaderCell>Keyboard</Table.HeaderCell>
            <Table.HeaderCell>Term</Table.HeaderCell>
            <Table.HeaderCell>Monthly lease</Table.HeaderCell>
            <Table.HeaderCell>Purchase</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(offers.data?.variants ?? []).map((o) => (
            <Table.Row key={o.variant.id} data-testid={`leasing-offer-row-${o.variant.id}`}>
              <Table.Cell>
                {o.variant.title}
                {o.offer && (
                  <Text size="xsmall" className="text-ui-fg-muted">
                    #{o.offer.catalog_number}
                  </Text>
                )}
              </Table.Cell>
              <Table.Cell data-testid="offer-countries">
                {o.offer ? o.offer.available_countries.join(", ") : "Not offered"}
              </Table.Cell>
              <Table.Cell data-testid="offer-layouts">
                {o.offer?.has_keyboard ? (
                  <Tooltip content={formatLayouts(o.offer.keyboard_layouts)}>
                    <span>{`${o.offer.keyboard_layouts.length} layouts`}</span>
                  </Tooltip>
                ) : o.offer ? (
                  "None"
                ) : (
                  "—"
                )}
              </Table.Cell>
              <Table.Cell data-testid="offer-terms">{o.offer ? formatTerms(o.offer) : "—"}</Table.Cell>
              <Table.Cell data-testid="offer-lease-price">
                {o.offer && !o.offer.leasable ? <Badge size="2xsmall">Buy only</Badge> : formatPrice(o, "LEASING")}
              </Table.Cell>
              <Table.Cell data-testid="offer-buy-price">{formatPrice(o, "BUY")}</Table.Cell>
              <Table.Cell className="text-right">
                <Button size="small" variant="secondary" onClick={() => setEditing(o)} disabled={!settings.data}>
                  {o.offer ? "Edit" : "Offer for leasing"}
                </Button>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {editing && settings.data && (
        <LeasingOfferDrawer
          current={editing}
          countries={settings.data.countries}
          currencies={settings.data.currencies}
          onClose={() => setEditing(null)}
          onSaved={() => setEditing(null)}
        />
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.after",
})

export default ProductLeasingOffersWidget
