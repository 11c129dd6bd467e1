import { readFileSync, writeFileSync } from 'node:fs'
import { ENV_VARIABLES } from '../src/config.ts'

/** Rewrites the README's configuration table (between markers) and .env.example from src/config.ts. */
const rows = Object.entries(ENV_VARIABLES).map(([name, v]) => {
  const fallback = 'default' in v ? (v.default === '' ? '(empty)' : `\`${v.default}\``) : '(unset)'
  return `| \`${name}\` | ${fallback} | ${v.description} |`
})
const table = ['| Variable | Default | Meaning |', '|---|---|---|', ...rows].join('\n')
const readmeUrl = new URL('../README.md', import.meta.url)
const readme = readFileSync(readmeUrl, 'utf8').replace(
  /<!-- env:start -->[\s\S]*<!-- env:end -->/,
  `<!-- env:start -->\n${table}\n<!-- env:end -->`,
)
writeFileSync(readmeUrl, readme)
const example = Object.entries(ENV_VARIABLES)
  .map(([name, v]) => `# ${v.description}\n# ${name}=${'default' in v ? v.default : ''}`)
  .join('\n\n')
writeFileSync(new URL('../.env.example', import.meta.url), `${example}\n`)
