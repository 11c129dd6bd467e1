import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src/db/database.ts'
import { DatabaseLockedError } from '../../src/db/folder-lock.ts'
import { assertMigrated, createMigrator } from '../../src/db/migrator.ts'
import { ROOT, type Started, startNode, stop, waitForStderr } from '../helpers/process.ts'

/** Every file under `dir` with a hash of its content: "writes nothing" compares two of these. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {}
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    files[path] = createHash('sha1')
      .update(await readFile(path))
      .digest('hex')
  }
  return files
}

const started: Started[] = []
const folders: string[] = []
afterAll(async () => {
  for (const s of started) await stop(s)
  for (const f of folders) await rm(f, { recursive: true, force: true })
})

async function tempFolder(): Promise<string> {
  const folder = await mkdtemp('/tmp/ansvar-lock-')
  folders.push(folder)
  return folder
}

describe('one process per embedded database folder', { timeout: 300_000 }, () => {
  it('a second process (CLI, seed, migrate, a second server) stops at once, names the folder, writes nothing', async () => {
    const dir = join(await tempFolder(), 'pglite')
    const holder = await openDatabase({ kind: 'pglite', dir })
    try {
      assertMigrated(await createMigrator(holder.db).migrateToLatest())
      const before = await snapshot(dir)
      const env = { PGLITE_DIR: dir, PORT: '0', LOG_LEVEL: 'warn' }
      for (const args of [
        ['src/apikeys/cli.ts', 'create', '--name', 'x', '--national', '--scopes', 'admin'],
        ['scripts/seed.ts', '--applications', '10'],
        ['src/db/migrate-cli.ts'],
        ['src/server.ts'],
      ]) {
        const second = startNode(args, env)
        started.push(second)
        expect(await second.exited, args[0]).toBe(75)
        expect(second.stderr()).toContain(
          `The embedded database in ${dir} is in use by process ${process.pid}`,
        )
        expect(second.stderr()).toContain('POST/GET/DELETE /v1/api-keys')
        expect(second.stderr()).toContain('DATABASE_URL')
      }
      expect(await snapshot(dir)).toEqual(before)
      // Within one process too: the folder cannot be opened twice.
      await expect(openDatabase({ kind: 'pglite', dir })).rejects.toBeInstanceOf(DatabaseLockedError)
    } finally {
      await holder.close()
    }
    const again = await openDatabase({ kind: 'pglite', dir })
    await again.close()
  })

  it('a lock left by a SIGKILLed server does not block the next start (and npm start reads .env)', async () => {
    const cwd = await tempFolder()
    // The start command of package.json, run where a .env file names the folder: .env is read.
    await writeFile(join(cwd, '.env'), 'PGLITE_DIR=./db\nPORT=0\nLOG_LEVEL=warn\nMAX_EVENT_LOOP_DELAY_MS=0\n')
    const startCommand = ['--env-file-if-exists=.env', join(ROOT, 'src/server.ts')]
    const first = startNode(startCommand, {}, cwd)
    started.push(first)
    const [, url] = await waitForStderr(first, /listening on (http:\/\/127\.0\.0\.1:\d+)/)
    const [key] = await waitForStderr(first, /ansvar_[0-9a-f]{8}_[A-Za-z0-9_-]{43}/)
    const auth = { authorization: `Bearer ${key}` }
    expect((await fetch(`${url}/v1/api-keys`, { headers: auth })).status).toBe(200)

    // While it runs, the CLI cannot open the folder.
    const cli = startNode(['src/apikeys/cli.ts', 'list'], { PGLITE_DIR: join(cwd, 'db') })
    expect(await cli.exited).toBe(75)

    first.child.kill('SIGKILL')
    expect(await first.exited).toBe('SIGKILL')
    expect(existsSync(join(cwd, 'db.lock'))).toBe(true)

    const second = startNode(startCommand, {}, cwd)
    started.push(second)
    const [, url2] = await waitForStderr(second, /listening on (http:\/\/127\.0\.0\.1:\d+)/)
    await waitForStderr(second, /To call \/v1 you need an API key/)
    expect(second.stderr()).not.toMatch(/ansvar_[0-9a-f]{8}_/) // a key exists: no second first key
    const listed = await fetch(`${url2}/v1/api-keys`, { headers: auth })
    expect(listed.status).toBe(200)
    expect(
      ((await listed.json()) as { data: { name: string }[] }).data.map((k: { name: string }) => k.name),
    ).toEqual(['first-admin'])
    await stop(second)

    // Stopped cleanly: the lock is gone and the CLI opens the folder.
    expect(existsSync(join(cwd, 'db.lock'))).toBe(false)
    const list = startNode(['src/apikeys/cli.ts', 'list'], { PGLITE_DIR: join(cwd, 'db') })
    expect(await list.exited).toBe(0)
    expect(list.stdout()).toContain('first-admin')
  })
})
