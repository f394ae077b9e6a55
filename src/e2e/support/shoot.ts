// Ad-hoc screenshots for looking at the app: npx tsx src/e2e/support/shoot.ts "?point=16" out.png
import { launchBrowser } from './browser';
import { startBuiltApp } from './server';

const [query = '', out = '/tmp/atlas.png', width = '1280', height = '800'] = process.argv.slice(2);
const server = await startBuiltApp();
const { context, close } = await launchBrowser();
try {
  const page = await context.newPage();
  await page.setViewportSize({ width: Number(width), height: Number(height) });
  page.on('console', (m) => console.log('console:', m.type(), m.text()));
  await page.goto(server.url + query);
  await page.waitForSelector('html[data-atlas-live] .atlas');
  await page.waitForTimeout(Number(process.env.WAIT ?? 500));
  await page.screenshot({ path: out });
} finally {
  await close();
  await server.stop();
}
console.log('wrote', out);
