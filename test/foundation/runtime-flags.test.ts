import { readFile } from 'node:fs/promises'
import { expect, it } from 'vitest'
import { PRODUCTION_NODE_OPTIONS } from '../../bench/options.ts'

const read = (path: string) => readFile(new URL(`../../${path}`, import.meta.url), 'utf8')

it('npm start, npm run start:dist, the Dockerfile and the benchmark run the service with the same Node flags', async () => {
  const start = JSON.parse(await read('package.json')).scripts.start as string
  expect(start).toBe(`node --env-file-if-exists=.env ${PRODUCTION_NODE_OPTIONS.join(' ')} src/server.ts`)
  const startDist = JSON.parse(await read('package.json')).scripts['start:dist'] as string
  expect(startDist).toBe(
    `node --env-file-if-exists=.env ${PRODUCTION_NODE_OPTIONS.join(' ')} dist/src/server.js`,
  )
  const cmd = (await read('Dockerfile')).split('\n').find((line) => line.startsWith('CMD '))
  expect(cmd).toBe(
    `CMD ${JSON.stringify(['node', ...PRODUCTION_NODE_OPTIONS, 'dist/src/server.js']).replaceAll(',', ', ')}`,
  )
})

it('every npm script that reads the configuration reads .env when present', async () => {
  const { scripts } = JSON.parse(await read('package.json'))
  for (const name of ['start', 'start:dist', 'dev', 'apikey', 'seed', 'db:migrate']) {
    expect(scripts[name], name).toMatch(/^node --env-file-if-exists=\.env /)
  }
})
