import { randomBytes } from 'node:crypto'
import pg from 'pg'

/** What the global setup chose, handed to every test file through vitest's provide/inject. */
export type TestDatabaseInfo =
  | {
      kind: 'postgres'
      source: 'DATABASE_URL' | 'testcontainers' | 'local'
      adminUrl: string
      template: string
    }
  | { kind: 'pglite' }

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: TestDatabaseInfo
  }
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${database}`
  return parsed.toString()
}

export async function adminQuery(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3_000 })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}

export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`
}
