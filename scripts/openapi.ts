import { readFile, writeFile } from 'node:fs/promises'
import { buildApp } from '../src/app.ts'
import { loadConfig } from '../src/config.ts'

/**
 * `write` regenerates openapi/openapi.json from the route schemas; `check` fails when the committed file
 * differs (drift check in CI). Uses a throwaway in-memory database.
 */
const FILE = new URL('../openapi/openapi.json', import.meta.url)
const mode = process.argv[2]
const app = await buildApp({
  ...loadConfig({ LOG_LEVEL: 'silent' }),
  database: { kind: 'pglite', dir: 'memory://' },
})
await app.ready()
const generated = `${JSON.stringify(app.swagger(), null, 2)}\n`
await app.close()
if (mode === 'write') {
  await writeFile(FILE, generated)
  process.stdout.write('openapi/openapi.json written\n')
} else {
  const committed = await readFile(FILE, 'utf8').catch(() => '')
  if (committed !== generated) {
    process.stderr.write(
      'openapi/openapi.json is out of date: run `npm run openapi:generate` and commit it\n',
    )
    process.exit(1)
  }
  process.stdout.write('openapi/openapi.json is up to date\n')
}
