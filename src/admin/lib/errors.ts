import { toast } from "@medusajs/ui"

/** The API's own sentence (the JS SDK's FetchError carries the response's `message`). */
export const errorMessage = (error: unknown) =>
  error instanceof Error && error.message ? error.message : "Something went wrong. Try again."

/** Every mutation's `onError`: Medusa's toast with the API's message. */
export const toastError = (error: unknown) => {
  toast.error(errorMessage(error))
}
