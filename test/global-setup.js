// Jest global setup: builds dist/ once before any test file runs, so every test exercises the same built add-in.
const { execFileSync } = require('node:child_process');
const path = require('node:path');

module.exports = async () => {
  execFileSync('node', ['scripts/build.mjs', '--quiet'], { cwd: path.resolve(__dirname, '..'), stdio: 'inherit' });
};
