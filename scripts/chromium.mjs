// How every browser test here launches Chromium: Debian's build (or CHROME_PATH), never one a
// tool downloads. Without the background-networking flags Chromium keeps dialling hosts this
// machine cannot reach.
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
