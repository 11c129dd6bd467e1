import net from 'node:net'

/** A TCP proxy in front of PostgreSQL that the test can cut and restore, as if the server stopped. */
export function startProxy(
  target: URL,
): Promise<{ port: number; cut(): void; restore(): Promise<void>; close(): void }> {
  const sockets = new Set<net.Socket>()
  const listen = (server: net.Server, port: number) =>
    new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const make = () =>
    net.createServer((client) => {
      const upstream = net.connect(Number(target.port || 5432), target.hostname)
      for (const s of [client, upstream]) {
        sockets.add(s)
        s.on('error', () => s.destroy())
        s.on('close', () => sockets.delete(s))
      }
      client.pipe(upstream).pipe(client)
    })
  let server = make()
  return listen(server, 0).then(() => {
    const port = (server.address() as net.AddressInfo).port
    return {
      port,
      cut() {
        server.close()
        for (const s of sockets) s.destroy()
      },
      async restore() {
        server = make()
        await listen(server, port)
      },
      close() {
        server.close()
        for (const s of sockets) s.destroy()
      },
    }
  })
}
