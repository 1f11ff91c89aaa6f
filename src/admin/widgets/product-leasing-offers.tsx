import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { LeasingOfferDrawer } from "../components/leasing-offer-drawer"
import { leasingFetch, loadStoreSettings, VariantLeasingOffer } from "../lib/leasing-api"

function formatPrice(offer: VariantLeasingOffer, mode: "LEASING" | "BUY") {
  const prices = offer.prices.filter((p) => p.acquisition_mode === mode && !p.keyboard_layout && !p.delivery_country)
  if (!prices.length) return "—"
  return prices.map((p) => `${p.amount.toFixed(2)} ${p.currency_code.toUpperCase()}`).join(" · ")
}

/** Product page: every variant's leasing offer, with an editor per variant. */
const ProductLeasingOffersWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const [offers, setOffers] = useState<VariantLeasingOffer[]>([])
  const [settings, setSettings] = useState<{ countries: string[]; currencies: string[] }>({ countries: [], currencies: [] })
  const [editing, setEditing] = useState<VariantLeasingOffer | null>(null)
  const [error, setError] = useState<string | null>(null)

  const reload = useCallback(async () => {
    try {
      const { variants } = await leasingFetch<{ variants: VariantLeasingOffer[] }>(
        `/admin/leasing/products/${product.id}/offers`
      )
      setOffers(variants)
      setError(null)
    } catch (e) {
      setError((e as Error).message)
    }
  }, [product.id])

  useEffect(() => {
    reload()
    loadStoreSettings().then(setSettings, (e) => setError(e.message))
  }, [reload])

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
          {error}
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
          {offers.map((o) => (
            <Table.Row key={o.variant.id} data-testid={`leasing-offer-row-${o.variant.id}`}>
              <Table.Cell>
                {o.variant.title}
                {o.offer && <Text size="xsmall" className="text-ui-fg-muted">#{o.offer.catalog_number}</Text>}
              </Table.Cell>
              <Table.Cell data-testid="offer-countries">{o.offer ? o.offer.available_countries.join(", ") : "Not offered"}</Table.Cell>
              <Table.Cell>
                {o.offer?.has_keyboard ? `${o.offer.keyboard_layouts.length} layouts` : o.offer ? "None" : "—"}
              </Table.Cell>
              <Table.Cell>{o.offer ? `${o.offer.lease_term_months} months` : "—"}</Table.Cell>
              <Table.Cell data-testid="offer-lease-price">
                {o.offer && !o.offer.leasable ? <Badge size="2xsmall">Buy only</Badge> : formatPrice(o, "LEASING")}
              </Table.Cell>
              <Table.Cell data-testid="offer-buy-price">{formatPrice(o, "BUY")}</Table.Cell>
              <Table.Cell className="text-right">
                <Button size="small" variant="secondary" onClick={() => setEditing(o)}>
                  {o.offer ? "Edit" : "Offer for leasing"}
                </Button>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {editing && (
        <LeasingOfferDrawer
          current={editing}
          countries={settings.countries}
          currencies={settings.currencies}
          onClose={() => setEditing(null)}
          onSaved={async () => {
            setEditing(null)
            await reload()
          }}
        />
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.after",
})

export default ProductLeasingOffersWidget
