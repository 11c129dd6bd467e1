/**
 * What each folder may import (docs/architecture.md explains why). Checked by `npm run lint`
 * (`npm run lint:deps`). A rule broken on purpose is listed under "Known exceptions" in the doc.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules form a tree: a cycle means two modules are one, or one is in the wrong folder.',
      from: { path: '^(src|migrations|scripts|bench)/' },
      to: { circular: true },
    },
    {
      name: 'law-is-pure',
      severity: 'error',
      comment:
        'src/law is the rules as code: pure functions, no I/O. It imports only itself, src/errors.ts ' +
        'and plain libraries (date-holidays, intl-messageformat) — no other src folder, no database, no HTTP, no logger.',
      from: { path: '^src/law/' },
      to: {
        pathNot: [
          '^src/law/',
          '^src/errors\\.ts$',
          'node_modules/date-holidays/',
          'node_modules/intl-messageformat/',
        ],
        dependencyTypesNot: ['core'],
      },
    },
    {
      name: 'errors-is-a-leaf',
      severity: 'error',
      comment: 'src/errors.ts holds the domain errors; every layer imports it, so it imports nothing.',
      from: { path: '^src/errors\\.ts$' },
      to: {},
    },
    {
      name: 'migrations-are-frozen',
      severity: 'error',
      comment:
        'A migration is frozen in time: it may import kysely (and node built-ins), never src/ or another ' +
        "migration, so that changing today's code never changes what an old migration does.",
      from: { path: '^migrations/' },
      to: { pathNot: ['node_modules/kysely/'], dependencyTypesNot: ['core'] },
    },
    {
      name: 'fastify-only-at-the-edge',
      severity: 'error',
      comment:
        'Only src/http, src/app.ts, src/server.ts and feature route files (routes.ts, *-routes.ts) speak ' +
        'Fastify; services, repositories and the law are plain functions a test or a CLI can call.',
      from: {
        path: '^src/',
        pathNot: ['^src/http/', '^src/app\\.ts$', '^src/server\\.ts$', '^src/[^/]+/[a-z-]*routes\\.ts$'],
      },
      to: { path: 'node_modules/(fastify|@fastify/|fastify-plugin)' },
    },
    {
      name: 'http-problems-only-at-the-edge',
      severity: 'error',
      comment:
        'Services and repositories throw domain errors (src/errors.ts); only src/http and route files ' +
        'build HTTP problems.',
      from: {
        path: '^src/',
        pathNot: ['^src/http/', '^src/app\\.ts$', '^src/[^/]+/[a-z-]*routes\\.ts$'],
      },
      to: { path: '^src/http/problem\\.ts$' },
    },
    {
      name: 'src-is-self-contained',
      severity: 'error',
      comment: 'The service never imports tests, benchmarks, scripts or migrations.',
      from: { path: '^src/' },
      to: { path: '^(test|bench|scripts|migrations)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(openapi|docs)/' },
  },
}
