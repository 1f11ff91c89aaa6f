import Medusa from "@medusajs/js-sdk"

/**
 * The backend the admin talks to. Medusa's build defines `__BACKEND_URL__` from
 * `admin.backendUrl`: a full URL when the admin is built for another host, "" or "/" when
 * the app serves it. The SDK reads "" and "/" as "the page's own origin"; the `typeof`
 * guard covers a bundler that did not define it at all.
 */
export const backendUrl = typeof __BACKEND_URL__ === "string" && __BACKEND_URL__ !== "" ? __BACKEND_URL__ : "/"

/** The JS SDK as Medusa's own admin uses it: the admin user's session cookie authenticates every call. */
export const sdk = new Medusa({
  baseUrl: backendUrl,
  debug: import.meta.env.DEV,
  auth: { type: "session" },
})
