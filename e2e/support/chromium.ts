import { existsSync } from "node:fs";

/** The system Chromium (Debian package `chromium`); tests never download a browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function assertChromium(): void {
  if (existsSync(CHROMIUM_PATH)) return;
  throw new Error(
    `No Chromium at ${CHROMIUM_PATH}. The browser tests drive the system Chromium:\n` +
      `  Debian/Ubuntu: sudo apt-get install -y chromium\n` +
      `  elsewhere: install Chromium or Chrome and set CHROMIUM_PATH=/path/to/the/binary`,
  );
}
