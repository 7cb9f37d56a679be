// Makes sure the Debian packages the tests use are there: chromium (sidebar browser tests), LibreOffice Calc and poppler-utils
// (the summary and the papers printed to PDF on A4) with the Carlito font. Installs the missing ones when running as root, else says how.
import { execSync } from 'node:child_process';
import fs from 'node:fs';

const NEEDED = [
  { binary: '/usr/bin/chromium', pkg: 'chromium' },
  { binary: '/usr/bin/soffice', pkg: 'libreoffice-calc-nogui' },
  { binary: '/usr/bin/pdftotext', pkg: 'poppler-utils' },
  // Calibri's metrics, the .xlsx default font: without it LibreOffice measures columns in a wider font and prints smaller.
  { binary: '/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf', pkg: 'fonts-crosextra-carlito' },
];

const missing = NEEDED.filter(({ binary }) => !fs.existsSync(binary)).map(({ pkg }) => pkg);
if (missing.length === 0) process.exit(0);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(`The tests need Debian packages: ${missing.join(' ')}. Install them with: sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`);
  process.exit(1);
}
console.log(`Installing Debian packages for the tests: ${missing.join(', ')} (about a minute)...`);
execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')} > /dev/null`, {
  stdio: 'inherit',
  shell: '/bin/bash',
});
const still = NEEDED.filter(({ binary }) => !fs.existsSync(binary));
if (still.length) {
  console.error(`apt-get finished but ${still.map((s) => s.binary).join(', ')} is still missing.`);
  process.exit(1);
}
