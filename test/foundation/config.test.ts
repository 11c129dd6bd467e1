import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ConfigError, ENV_VARIABLES, loadConfig } from '../../src/config.ts'

describe('configuration from the environment', () => {
  it('starts with defaults: embedded PGlite under ./data, port 3000, commute threshold 90', () => {
    const config = loadConfig({})
    expect(config.database).toEqual({ kind: 'pglite', dir: './data/pglite' })
    expect(config.port).toBe(3000)
    expect(config.reasonableOneWayCommuteMinutes).toBe(90)
  })

  it('uses a pg pool when DATABASE_URL is set, and memory:// for a throwaway embedded database', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }).database).toMatchObject({
      kind: 'postgres',
      url: 'postgres://u@h/db',
    })
    expect(loadConfig({ PGLITE_DIR: 'memory://' }).database).toEqual({ kind: 'pglite', dir: 'memory://' })
  })

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x'],
    ['LOG_LEVEL', 'loud'],
    ['MIGRATE_ON_START', 'yes'],
    ['AUTH_BOOTSTRAP_KEY', 'short'],
    ['REASONABLE_ONE_WAY_COMMUTE_MINUTES', '0'],
  ])('stops on a bad %s, naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError)
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`^${name}`))
  })

  it('documents every variable in the README table and in .env.example', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
    const example = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8')
    for (const name of Object.keys(ENV_VARIABLES)) {
      expect(readme, `README lacks ${name}`).toMatch(new RegExp(`^\\| \`${name}\` \\|`, 'm'))
      expect(example, `.env.example lacks ${name}`).toMatch(new RegExp(`^#? ?${name}=`, 'm'))
    }
  })
})
