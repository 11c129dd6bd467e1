import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Webhook } from 'standardwebhooks'

interface Received {
  path: string
  webhookId: string
  event: { id: string; type: string; subject: string; data: Record<string, unknown> }
  at: number
}

/**
 * A real HTTP receiver on 127.0.0.1 that verifies every delivery with the reference
 * `standardwebhooks` package (an independent implementation of the signature) before accepting it.
 * Each path is one subscription's endpoint; a path answers with its configured status.
 */
export class WebhookReceiver {
  readonly received: Received[] = []
  readonly rejected: { path: string; reason: string }[] = []
  /** Requests to a path set to answer 0: held open, never answered. */
  readonly held: string[] = []
  private readonly secrets = new Map<string, string>()
  private readonly statuses = new Map<string, number>()
  private server: Server | undefined
  port = 0

  async start(): Promise<this> {
    const server = createServer((request, response) => {
      void this.handle(request).then(
        ({ status, body }) => response.writeHead(status, { 'content-type': 'text/plain' }).end(body),
        () => response.writeHead(500).end(),
      )
    })
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve))
    this.port = (server.address() as AddressInfo).port
    this.server = server
    return this
  }

  /** Stops listening (the port then refuses connections) until start() again. */
  async stop(): Promise<void> {
    const server = this.server
    this.server = undefined
    if (!server) return
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }

  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`
  }

  verifyWith(path: string, secret: string): void {
    this.secrets.set(path, secret)
  }

  /** The status a path answers with (after verifying); 0 = never answer. */
  answer(path: string, status: number): void {
    this.statuses.set(path, status)
  }

  at(path: string): Received[] {
    return this.received.filter((r) => r.path === path)
  }

  private async handle(request: IncomingMessage): Promise<{ status: number; body: string }> {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks).toString('utf8')
    const path = request.url ?? ''
    const status = this.statuses.get(path) ?? 204
    if (status === 0) {
      this.held.push(path)
      return new Promise(() => {})
    }
    if (status >= 300) return { status, body: 'x'.repeat(5000) } // longer than the 1 KB kept
    const secret = this.secrets.get(path)
    if (!secret) {
      this.rejected.push({ path, reason: 'no secret' })
      return { status: 401, body: 'unknown path' }
    }
    try {
      const event = new Webhook(secret).verify(body, {
        'webhook-id': String(request.headers['webhook-id']),
        'webhook-timestamp': String(request.headers['webhook-timestamp']),
        'webhook-signature': String(request.headers['webhook-signature']),
      }) as Received['event']
      this.received.push({ path, webhookId: String(request.headers['webhook-id']), event, at: Date.now() })
      return { status, body: '' }
    } catch (error) {
      this.rejected.push({ path, reason: (error as Error).message })
      return { status: 401, body: 'bad signature' }
    }
  }
}

/** Polls `condition` every 100 ms until it holds or `timeoutMs` passes (then fails with `what`). */
export async function waitFor(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
