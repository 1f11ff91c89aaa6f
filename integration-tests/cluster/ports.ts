import net from "net"

/**
 * Throws when something already listens on 127.0.0.1:`port` (a process left over from an
 * interrupted run, say): a test must never talk to a server it did not start.
 */
export async function assertPortFree(port: number, what: string) {
  const busy = await new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port })
    socket.setTimeout(1000)
    socket.once("connect", () => (socket.destroy(), resolve(true)))
    socket.once("timeout", () => (socket.destroy(), resolve(false)))
    socket.once("error", () => resolve(false))
  })
  if (busy)
    throw new Error(`127.0.0.1:${port} (for ${what}) is already in use: stop what listens there or pick another port`)
}
