'use strict'
// Preloaded with --require by a test: the process reports Node.js 20, as /usr/bin/node on a fresh Debian.
Object.defineProperty(process, 'version', { value: 'v20.11.1' })
Object.defineProperty(process.versions, 'node', { value: '20.11.1' })
