import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { relative, resolve } from 'node:path'
import lockfile from 'proper-lockfile'

/**
 * One process per embedded database: PGlite has no server process of its own, so two processes on the
 * same folder (the server and `npm run apikey`, or two servers) would each write the same files and
 * corrupt them. Whoever opens the folder takes `<folder>.lock` first (proper-lockfile: an atomic mkdir,
 * kept fresh while held, released at exit) and records who holds it in `<folder>.lock.owner.json`.
 *
 * A lock left by a killed process must not block the next start. proper-lockfile alone would wait for
 * the lock to go stale by age; here the owner record decides at once: when the holder's pid is no longer
 * running on this machine, the lock is taken over. Age (STALE_MS) stays the fallback for a holder on
 * another machine (a shared network folder) or one killed before it wrote its record.
 */
const STALE_MS = 10 * 60_000
const UPDATE_MS = 5_000

interface Owner {
  pid: number
  hostname: string
  command: string
  since: string
}

export class DatabaseLockedError extends Error {
  override name = 'DatabaseLockedError'
}

interface FolderLock {
  release(): Promise<void>
}

const held = new Set<string>()

export async function lockDatabaseFolder(dir: string): Promise<FolderLock> {
  const folder = resolve(dir)
  const lockPath = `${folder}.lock`
  const ownerPath = `${folder}.lock.owner.json`
  if (held.has(folder)) throw lockedError(folder, describeSelf())
  for (let attempt = 0; attempt < 20; attempt++) {
    let release: () => Promise<void>
    try {
      release = await lockfile.lock(folder, {
        lockfilePath: lockPath,
        realpath: false,
        stale: STALE_MS,
        update: UPDATE_MS,
        retries: 0,
        onCompromised: (error) => {
          // Someone removed our lock, or the process stalled for STALE_MS: writing on could corrupt.
          process.stderr.write(`The lock on ${folder} was lost (${error.message}); stopping.\n`)
          process.exit(75) // EX_TEMPFAIL
        },
      })
    } catch (error) {
      if ((error as { code?: string }).code !== 'ELOCKED') throw error
      const owner = await readOwner(ownerPath)
      if (owner && !isRunning(owner)) {
        await takeOverStaleLock(ownerPath, lockPath, owner)
        continue
      }
      // No record yet: the holder has just taken the lock and is writing it. Look again shortly.
      if (!owner && attempt < 19) {
        await new Promise((done) => setTimeout(done, 50))
        continue
      }
      throw lockedError(folder, owner)
    }
    const owner: Owner = describeSelf()
    await writeFile(ownerPath, JSON.stringify(owner))
    held.add(folder)
    return {
      async release() {
        held.delete(folder)
        await rm(ownerPath, { force: true })
        await release()
      },
    }
  }
  throw lockedError(folder, await readOwner(ownerPath))
}

function describeSelf(): Owner {
  const script = process.argv[1] ? relative(process.cwd(), process.argv[1]) : 'node'
  return {
    pid: process.pid,
    hostname: hostname(),
    command: `node ${script}`,
    since: new Date().toISOString(),
  }
}

async function readOwner(path: string): Promise<Owner | undefined> {
  try {
    const owner = JSON.parse(await readFile(path, 'utf8')) as Owner
    return Number.isSafeInteger(owner.pid) && typeof owner.hostname === 'string' ? owner : undefined
  } catch {
    return undefined
  }
}

/** Whether the recorded holder may still run. A holder on another machine is assumed to. */
function isRunning(owner: Owner): boolean {
  if (owner.hostname !== hostname()) return true
  // Our own pid in the record is a previous life of this pid (a container restarted with the same pid).
  if (owner.pid === process.pid) return false
  try {
    process.kill(owner.pid, 0)
    return true
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM'
  }
}

/**
 * Several processes may find the same dead holder at once: renaming its record is the claim only one of
 * them wins. The winner checks that it claimed the dead holder's record (not a new live holder's, written
 * meanwhile) before it removes the lock; the others simply try again.
 */
async function takeOverStaleLock(ownerPath: string, lockPath: string, dead: Owner): Promise<void> {
  const claimed = `${ownerPath}.${process.pid}.stale`
  try {
    await rename(ownerPath, claimed)
  } catch {
    return
  }
  const record = await readOwner(claimed)
  if (record && record.pid === dead.pid && record.since === dead.since) {
    await rm(lockPath, { recursive: true, force: true })
    await rm(claimed, { force: true })
  } else {
    await rename(claimed, ownerPath)
  }
}

function lockedError(folder: string, owner: Owner | undefined): DatabaseLockedError {
  const holder = owner
    ? `process ${owner.pid} (${owner.command}${owner.hostname === hostname() ? '' : ` on ${owner.hostname}`}, since ${owner.since})`
    : 'another process'
  return new DatabaseLockedError(
    `The embedded database in ${folder} is in use by ${holder}. ` +
      'Only one process at a time can open an embedded (PGlite) database, so nothing was done. ' +
      'Stop that process and run this again; while the server runs, manage API keys through its admin API ' +
      '(POST/GET/DELETE /v1/api-keys with an admin key) instead of `npm run apikey`; ' +
      'or set DATABASE_URL to a PostgreSQL server, which several processes can share.',
  )
}

/** For the command-line entry points: a locked folder is a message and exit code 75, not a stack trace. */
export function exitIfLocked(error: unknown): never {
  if (error instanceof DatabaseLockedError) {
    process.stderr.write(`${error.message}\n`)
    process.exit(75) // EX_TEMPFAIL: try again once the other process has stopped
  }
  throw error
}
