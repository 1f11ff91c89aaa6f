import { createReadStream, existsSync, mkdtempSync, statSync } from "fs"
import { createServer, Server } from "http"
import os from "os"
import path from "path"
import { ROOT } from "./app-harness"

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".json": "application/json",
}

/**
 * Builds Medusa Admin with this project's extensions as `medusa build --admin-only` does, but
 * with `backendUrl` pointing at the running app, into a temporary folder. What a merchant
 * hosting the admin on its own domain deploys.
 */
export async function buildAdminForBackend(backendUrl: string) {
  const outDir = mkdtempSync(path.join(os.tmpdir(), "medusa-leasing-remote-admin-"))
  const { build } = await import("@medusajs/admin-bundler")
  await build({
    path: "/app",
    backendUrl,
    sources: [path.join(ROOT, "src", "admin")],
    plugins: [],
    outDir,
  })
  return outDir
}

/** Serves a built admin under /app on its own port, as a static host would (unknown paths get index.html). */
export async function serveAdmin(dir: string, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname).replace(/^\/app/, "")
    const candidate = path.join(dir, path.normalize(pathname))
    const file =
      candidate.startsWith(dir) && existsSync(candidate) && statSync(candidate).isFile()
        ? candidate
        : path.join(dir, "index.html")
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" })
    createReadStream(file).pipe(res)
  })
  await new Promise<void>((resolve) => server.listen(port, "localhost", resolve))
  return server
}
