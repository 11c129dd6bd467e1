import type { AddressInfo } from 'node:net'
import closeWithGrace from 'close-with-grace'
import { createFirstAdminKey, startMessage } from './apikeys/first-run.ts'
import { buildApp } from './app.ts'
import { ConfigError, loadConfig } from './config.ts'
import { exitIfLocked } from './db/folder-lock.ts'

/** Entry point: config → buildApp → listen; graceful shutdown on SIGTERM/SIGINT (style.md). */
async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>
  try {
    config = loadConfig()
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Configuration error: ${error.message}\n`)
      process.exit(78) // EX_CONFIG
    }
    throw error
  }
  // A second process on the embedded database's folder stops here, before it touches anything.
  const app = await buildApp(config).catch(exitIfLocked)
  closeWithGrace({ delay: config.shutdownGraceMs }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'shutting down after an error')
    else app.log.info({ signal }, 'shutting down')
    await app.close()
  })
  await app.listen({ port: config.port, host: config.host })
  const firstKey = await createFirstAdminKey(app.database.db, config)
  if (firstKey) app.log.info({ keyId: firstKey.id }, 'first admin key created')
  // For a person at the terminal: plain text on stderr, apart from the JSON log on stdout.
  process.stderr.write(startMessage(baseUrl(app.server.address() as AddressInfo), config, firstKey))
}

function baseUrl(address: AddressInfo): string {
  const host = ['0.0.0.0', '::'].includes(address.address) ? '127.0.0.1' : address.address
  return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`
}

await main()
