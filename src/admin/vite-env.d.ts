/// <reference types="vite/client" />

/** Set by Medusa's admin build from `admin.backendUrl`: "" or "/" when the app serves the admin itself. */
declare const __BACKEND_URL__: string | undefined
