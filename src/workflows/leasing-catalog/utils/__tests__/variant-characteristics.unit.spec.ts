import { variantCharacteristics } from "../variant-characteristics"

describe("variantCharacteristics", () => {
  it("reads options by title (and aliases), then fills the rest from metadata.characteristics", () => {
    const result = variantCharacteristics(
      [
        { title: "RAM", value: "16 GB" },
        { title: "Storage", value: "512 GB" },
        { title: "Colour", value: "Silver" },
        { title: "CPU", value: "Apple M3" },
      ],
      { characteristics: { screen_size: "13.6 inch", ram: "8 GB", connectivity: "Wi-Fi 6E", unknown: "x" } }
    )
    expect(result).toEqual({
      screen_size: "13.6 inch",
      processor: "Apple M3",
      ram: "16 GB",
      storage: "512 GB",
      connectivity: "Wi-Fi 6E",
      graphic: null,
    })
  })

  it("answers nulls when the variant says nothing, and ignores malformed metadata", () => {
    const empty = { screen_size: null, processor: null, ram: null, storage: null, connectivity: null, graphic: null }
    expect(variantCharacteristics([], null)).toEqual(empty)
    expect(variantCharacteristics([], { characteristics: ["16 GB"] })).toEqual(empty)
  })
})
