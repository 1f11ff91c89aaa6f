/** Drops empty optional form fields, so the API sees "absent" rather than "". */
export function compact(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value.trim() !== ""))
}

/** An edit form's values: an emptied optional field becomes null, which clears it. */
export function emptyToNull(values: Record<string, string>): Record<string, string | null> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value.trim() === "" ? null : value]))
}
