import type { Kysely } from 'kysely'
import type { Database } from '../db/schema.ts'

/**
 * The hashes of every active API key, held in memory, so that an unknown key is refused without a
 * database round trip (issue 13, item 4: 60,873 wrong keys in 10 s cost 54,847 transactions). Reloaded
 * every `refreshMs` (a key created or revoked by another instance or `npm run apikey` counts within
 * that time); a change made through this process's handle marks it stale, and the next unknown key
 * reloads it first. Until the first load succeeds (the database was down at start) every key is looked
 * up, as before.
 */
export class ActiveKeyIndex {
  #hashes: ReadonlySet<string> | undefined
  #loading: Promise<void> | undefined
  #timer: NodeJS.Timeout | undefined

  readonly #db: Kysely<Database>
  readonly #refreshMs: number

  constructor(db: Kysely<Database>, refreshMs: number) {
    this.#db = db
    this.#refreshMs = refreshMs
  }

  #stale = false

  /** Whether the hash may belong to an active key: false only when the index is loaded and lacks it. */
  async mayExist(hash: string): Promise<boolean> {
    if (this.#hashes === undefined || this.#hashes.has(hash)) return true
    if (!this.#stale) return false
    await this.reload()
    return this.#hashes.has(hash)
  }

  /** A key was created or revoked: the next unknown key reloads the index before it is refused. */
  markStale(): void {
    this.#stale = true
  }

  /** Loads the hashes again; concurrent calls share one query. */
  reload(): Promise<void> {
    if (this.#loading) return this.#loading
    this.#stale = false
    this.#loading = this.#db
      .selectFrom('api_key')
      .select('key_hash')
      .where('revoked_at', 'is', null)
      .execute()
      .then((rows) => {
        this.#hashes = new Set(rows.map((r) => r.key_hash))
      })
      .finally(() => {
        this.#loading = undefined
      })
    return this.#loading
  }

  start(onError: (err: unknown) => void): void {
    this.reload().catch(onError)
    this.#timer = setInterval(() => this.reload().catch(onError), this.#refreshMs).unref()
  }

  stop(): void {
    clearInterval(this.#timer)
  }
}

/**
 * Failed authentications per client address in a fixed window: past `max` the address gets 429 before
 * its key is even hashed or looked up. In memory per instance (like the request rate limit); the map is
 * bounded, and forgets every address when a flood of distinct ones would overflow it.
 */
export class FailureLimiter {
  readonly #windows = new Map<string, { failures: number; resetAt: number }>()

  readonly #max: number
  readonly #windowMs: number
  readonly #maxAddresses: number

  constructor(max: number, windowMs: number, maxAddresses = 100_000) {
    this.#max = max
    this.#windowMs = windowMs
    this.#maxAddresses = maxAddresses
  }

  /** Seconds until the address may try again; 0 when it may now. */
  blockedFor(address: string, now = Date.now()): number {
    const window = this.#windows.get(address)
    if (!window || window.resetAt <= now || window.failures < this.#max) return 0
    return Math.ceil((window.resetAt - now) / 1000)
  }

  recordFailure(address: string, now = Date.now()): void {
    const window = this.#windows.get(address)
    if (window && window.resetAt > now) {
      window.failures++
      return
    }
    if (this.#windows.size >= this.#maxAddresses) this.#windows.clear()
    this.#windows.set(address, { failures: 1, resetAt: now + this.#windowMs })
  }
}
