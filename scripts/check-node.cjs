'use strict'
/*
 * Stops `npm ci` (preinstall) and `npm start`, `npm run dev`, `npm run start:dist` (their pre-scripts)
 * at once on a Node.js major other than 24, with what to do. Written for any Node.js version (ES5, no
 * syntax newer than 2009, CommonJS): on an old Node the service itself would fail with a cryptic
 * ERR_UNKNOWN_FILE_EXTENSION ".ts" instead.
 */
var REQUIRED_MAJOR = 24

/** The message for a Node.js version string such as "v20.19.2", or null when it is the right major. */
function problemWith(version) {
  var major = Number(String(version).replace(/^v/, '').split('.')[0])
  if (major === REQUIRED_MAJOR) return null
  return (
    'Node.js ' +
    REQUIRED_MAJOR +
    ' is required, found ' +
    version +
    '.\n' +
    'Ansvar runs its TypeScript sources directly, which needs Node.js ' +
    REQUIRED_MAJOR +
    ' LTS. Get it from\n' +
    'https://nodejs.org/en/download (or: nvm install ' +
    REQUIRED_MAJOR +
    ' && nvm use ' +
    REQUIRED_MAJOR +
    ', as .nvmrc says; or: fnm use; or the node:' +
    REQUIRED_MAJOR +
    ' container image),\n' +
    'check that `node --version` prints v' +
    REQUIRED_MAJOR +
    '.x, and run the command again.'
  )
}

function main() {
  var problem = problemWith(process.version)
  if (problem) {
    // biome-ignore lint/style/useTemplate: ES5 on purpose, so that it runs on any Node.js version
    process.stderr.write(problem + '\n')
    process.exit(1)
  }
}

if (require.main === module) main()

module.exports = { problemWith: problemWith, REQUIRED_MAJOR: REQUIRED_MAJOR }
