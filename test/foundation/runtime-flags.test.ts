import { readFile } from 'node:fs/promises'
import { expect, it } from 'vitest'
import { PRODUCTION_NODE_OPTIONS } from '../../bench/options.ts'

const read = (path: string) => readFile(new URL(`../../${path}`, import.meta.url), 'utf8')

it('npm start, the Dockerfile and the benchmark run the service with the same Node flags', async () => {
  const start = JSON.parse(await read('package.json')).scripts.start as string
  expect(start).toBe(`node ${PRODUCTION_NODE_OPTIONS.join(' ')} src/server.ts`)
  const cmd = (await read('Dockerfile')).split('\n').find((line) => line.startsWith('CMD '))
  expect(cmd).toBe(
    `CMD ${JSON.stringify(['node', ...PRODUCTION_NODE_OPTIONS, 'dist/src/server.js']).replaceAll(',', ', ')}`,
  )
})
