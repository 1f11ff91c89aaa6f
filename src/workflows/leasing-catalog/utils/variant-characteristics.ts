/** The characteristics the platform's catalog shows for a product, in its key names. */
export const CHARACTERISTIC_KEYS = ["screen_size", "processor", "ram", "storage", "connectivity", "graphic"] as const
export type CharacteristicKey = (typeof CHARACTERISTIC_KEYS)[number]
export type Characteristics = Record<CharacteristicKey, string | null>

const OPTION_ALIASES: Record<string, CharacteristicKey> = {
  screen: "screen_size",
  screen_size: "screen_size",
  display: "screen_size",
  processor: "processor",
  cpu: "processor",
  chip: "processor",
  ram: "ram",
  memory: "ram",
  storage: "storage",
  disk: "storage",
  connectivity: "connectivity",
  network: "connectivity",
  graphic: "graphic",
  graphics: "graphic",
  gpu: "graphic",
}

const keyOf = (title: string) =>
  OPTION_ALIASES[
    title
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, "_")
  ]

/**
 * A variant's characteristics: from its product options first (an option titled "RAM",
 * "Storage", "Processor", "Screen size", "Connectivity", "Graphics" or an alias), then from
 * `metadata.characteristics` for what the options do not say (e.g. a screen size that is the
 * same for every variant and so is no option). Unknown ones are null.
 */
export function variantCharacteristics(
  options: { title: string; value: string }[],
  metadata: Record<string, unknown> | null | undefined
): Characteristics {
  const result = Object.fromEntries(CHARACTERISTIC_KEYS.map((k) => [k, null])) as Characteristics
  const fromMetadata = metadata?.characteristics
  if (fromMetadata && typeof fromMetadata === "object" && !Array.isArray(fromMetadata)) {
    for (const key of CHARACTERISTIC_KEYS) {
      const value = (fromMetadata as Record<string, unknown>)[key]
      if (typeof value === "string" || typeof value === "number") result[key] = String(value)
    }
  }
  for (const option of options) {
    const key = keyOf(option.title)
    if (key) result[key] = option.value
  }
  return result
}
