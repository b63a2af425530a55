#!/usr/bin/env node
// Screenshots a page in headless Chromium: node scripts/screenshot.mjs URL out.png [width] [--click=SELECTOR] [--type=TEXT] [--viewport] [--element=SELECTOR]
// [--scheme=dark] (the visitor's prefers-color-scheme: the demo page turns into a dark host)
import { launchChromium } from './chromium.mjs';

const [url, out = 'screenshot.png', width = '1024', ...rest] = process.argv.slice(2);
const browser = await launchChromium();
const scheme = rest.find((arg) => arg.startsWith('--scheme='))?.slice(9);
const page = await browser.newPage({ viewport: { width: Number(width), height: 800 }, ...(scheme && { colorScheme: scheme }) });
page.on('console', (message) => console.log(`[console.${message.type()}] ${message.text()}`));
page.on('pageerror', (error) => console.log(`[pageerror] ${error.message}`));
await page.goto(url, { waitUntil: 'networkidle' });
for (const arg of rest) {
  if (arg.startsWith('--click=')) await page.click(arg.slice(8));
  if (arg.startsWith('--type=')) await page.keyboard.type(arg.slice(7));
}
await page.waitForTimeout(800);
const element = rest.find((arg) => arg.startsWith('--element='));
if (element) await page.locator(element.slice(10)).first().screenshot({ path: out });
else await page.screenshot({ path: out, fullPage: !rest.includes('--viewport') });
await browser.close();
