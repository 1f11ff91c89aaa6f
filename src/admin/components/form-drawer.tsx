import { Button, Drawer, Input, Label, Select, Text } from "@medusajs/ui"
import { FormEvent, useState } from "react"

export type FormField = {
  name: string
  label: string
  required?: boolean
  type?: "text" | "email"
  /** Makes the field a select with these values (a string is its own label). */
  options?: (string | { value: string; label: string })[]
  initial?: string
}

const optionOf = (option: string | { value: string; label: string }) =>
  typeof option === "string" ? { value: option, label: option } : option

type Props = {
  title: string
  fields: FormField[]
  submitLabel: string
  testId: string
  onClose: () => void
  /** Resolves when saved; a rejection's message is shown in the drawer. */
  onSubmit: (values: Record<string, string>) => Promise<void>
}

/** One drawer for every small create or edit form of the company pages (`initial` pre-fills an edit). */
export const FormDrawer = ({ title, fields, submitLabel, testId, onClose, onSubmit }: Props) => {
  const [values, setValues] = useState<Record<string, string>>(
    Object.fromEntries(fields.map((f) => [f.name, f.initial ?? ""]))
  )
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const set = (name: string, value: string) => setValues((v) => ({ ...v, [name]: value }))

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const missing = fields.filter((f) => f.required && !values[f.name].trim())
    if (missing.length) {
      setError(`Fill in ${missing.map((f) => f.label).join(", ")}.`)
      return
    }
    setSaving(true)
    setError(null)
    try {
      await onSubmit(values)
    } catch (e) {
      setError((e as Error).message)
      setSaving(false)
    }
  }

  return (
    <Drawer open onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content data-testid={testId}>
        <form onSubmit={submit} className="flex h-full flex-col">
          <Drawer.Header>
            <Drawer.Title>{title}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            {fields.map((field) => (
              <div key={field.name} className="flex flex-col gap-y-2">
                <Label htmlFor={`${testId}-${field.name}`} size="small" weight="plus">
                  {field.label}
                  {!field.required && <span className="text-ui-fg-muted font-normal"> (optional)</span>}
                </Label>
                {field.options ? (
                  <Select value={values[field.name]} onValueChange={(v) => set(field.name, v)}>
                    <Select.Trigger id={`${testId}-${field.name}`} aria-label={field.label}>
                      <Select.Value />
                    </Select.Trigger>
                    <Select.Content>
                      {field.options.map(optionOf).map((option) => (
                        <Select.Item key={option.value} value={option.value}>
                          {option.label}
                        </Select.Item>
                      ))}
                    </Select.Content>
                  </Select>
                ) : (
                  <Input
                    id={`${testId}-${field.name}`}
                    name={field.name}
                    type={field.type ?? "text"}
                    value={values[field.name]}
                    onChange={(e) => set(field.name, e.target.value)}
                  />
                )}
              </div>
            ))}
            {error && (
              <Text className="text-ui-fg-error" role="alert">
                {error}
              </Text>
            )}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button type="submit" isLoading={saving}>
              {submitLabel}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
