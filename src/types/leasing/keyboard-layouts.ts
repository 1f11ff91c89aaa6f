import { KEYBOARD_LAYOUTS, KeyboardLayout } from "../../modules/leasing/constants"

/**
 * The one place a keyboard layout gets its human name. The API and the database keep the
 * platform's enum constants; the admin shows these names wherever a layout appears.
 */
export const KEYBOARD_LAYOUT_NAMES: Record<KeyboardLayout, string> = {
  FRENCH_AZERTY: "French (AZERTY)",
  SPANISH_QWERTY: "Spanish (QWERTY)",
  ITALIAN_QWERTY: "Italian (QWERTY)",
  INTERNATIONAL_ENGLISH_QWERTY: "International English (QWERTY)",
  GERMAN_QWERTZ: "German (QWERTZ)",
  PORTUGUESE_QWERTY: "Portuguese (QWERTY)",
  ENGLISH_QWERTY: "UK English (QWERTY)",
  SWISS_QWERTZ: "Swiss (QWERTZ)",
  AMERICAN_ENGLISH_QWERTY: "US English (QWERTY)",
  CANADIAN_ENGLISH_QWERTY: "Canadian English (QWERTY)",
  DUTCH_QWERTY: "Dutch (QWERTY)",
}

/** A layout's human name; an unknown value is shown as it is rather than hidden. */
export function keyboardLayoutName(layout: string | null | undefined): string {
  if (!layout) return "Any layout"
  return (KEYBOARD_LAYOUT_NAMES as Record<string, string>)[layout] ?? layout
}

/** Every layout with its name, in the platform's order: the options of a layout picker. */
export const KEYBOARD_LAYOUT_OPTIONS = KEYBOARD_LAYOUTS.map((value) => ({ value, label: KEYBOARD_LAYOUT_NAMES[value] }))
