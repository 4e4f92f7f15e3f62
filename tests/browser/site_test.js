// Browser tests of a built site (usage: node site_test.js SITE_DIR [SCREENSHOT_DIR]):
// - every internal link and asset of every page exists (links work from file://);
// - every page passes axe-core's WCAG 2.1 A/AA rules, and colour contrast holds in the
//   black and yellow schemes too;
// - every page passes the Nu HTML Checker with no errors;
// - search works offline (在宅 finds pages with 在宅医療); the text-size and colour
//   switches work by keyboard and are remembered across pages.
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { chromium } = require('playwright-core');
const axeSource = require('axe-core').source;

const site = path.resolve(process.argv[2] || 'site_out');
const shots = process.argv[3] ? path.resolve(process.argv[3]) : '';
const failures = [];
const fail = (msg) => { failures.push(msg); console.log('FAIL: ' + msg); };

function htmlFiles(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...htmlFiles(p));
    else if (e.name.endsWith('.html')) out.push(p);
  }
  return out.sort();
}

function checkLinks(files) {
  const ids = new Map();
  const idsOf = (file) => {
    if (!ids.has(file)) {
      const html = fs.readFileSync(file, 'utf8');
      ids.set(file, new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1])));
    }
    return ids.get(file);
  };
  let count = 0;
  for (const file of files) {
    const html = fs.readFileSync(file, 'utf8');
    for (const m of html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)) {
      const url = m[1].replace(/&amp;/g, '&');
      if (/^(https?:|mailto:|tel:|data:)/.test(url)) continue;
      const rel = path.relative(site, file);
      if (url === '') { fail(`${rel}: empty link`); continue; }
      const [target, fragment] = url.split('#');
      const resolved = target === '' ? file : path.resolve(path.dirname(file), target.split('?')[0]);
      count++;
      if (!resolved.startsWith(site)) { fail(`${rel}: link leaves the site: ${url}`); continue; }
      if (!fs.existsSync(resolved) || fs.statSync(resolved).isDirectory()) {
        fail(`${rel}: broken link ${url}`);
        continue;
      }
      if (fragment && resolved.endsWith('.html') && !idsOf(resolved).has(decodeURIComponent(fragment)))
        fail(`${rel}: link to a missing anchor ${url}`);
    }
  }
  console.log(`links: ${count} internal links checked in ${files.length} pages`);
}

function checkHtml(files) {
  const vnu = require('vnu-jar');
  try {
    execFileSync('java', ['-jar', vnu, '--errors-only', ...files], { stdio: 'pipe' });
    console.log(`vnu: ${files.length} pages valid`);
  } catch (e) {
    fail('vnu reported errors:\n' + String(e.stderr || e.stdout || e.message).slice(0, 4000));
  }
}

async function axeRun(page, rules) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate((onlyRules) => {
    const opts = onlyRules
      ? { runOnly: { type: 'rule', values: onlyRules } }
      : { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } };
    return axe.run(document, opts);
  }, rules);
}

function report(rel, scheme, res) {
  for (const v of res.violations)
    fail(`${rel} [${scheme}]: ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

async function main() {
  const files = htmlFiles(site);
  checkLinks(files);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('pageerror', (e) => fail(`script error on ${page.url()}: ${e.message}`));
  for (const file of files) {
    const rel = path.relative(site, file);
    await page.goto('file://' + file);
    report(rel, 'standard', await axeRun(page));
    for (const scheme of ['dark', 'yellow']) {
      await page.evaluate((s) => document.documentElement.setAttribute('data-scheme', s), scheme);
      report(rel, scheme, await axeRun(page, ['color-contrast', 'link-in-text-block']));
    }
  }
  console.log(`axe: ${files.length} pages checked in 3 colour schemes`);

  // Search from file://: 在宅 finds pages that say 在宅医療.
  await page.goto('file://' + path.join(site, 'search/index.html') + '?q=' + encodeURIComponent('在宅'));
  await page.waitForFunction(() => document.getElementById('search-status').textContent !== '');
  const found = await page.$$eval('#search-results a', (as) => as.map((a) => a.textContent));
  if (found.length === 0) fail('search: 在宅 found nothing');
  else console.log(`search: 在宅 found ${found.length} pages, first: ${found[0]}`);
  for (const href of await page.$$eval('#search-results a', (as) => as.map((a) => a.href)))
    if (!fs.existsSync(decodeURIComponent(new URL(href).pathname))) fail(`search: result link broken: ${href}`);

  // Switches: keyboard usable and remembered on the next page.
  await page.goto('file://' + path.join(site, 'index.html'));
  const large = page.locator('#prefs button[data-value="large"]');
  await large.focus();
  await page.keyboard.press('Enter');
  await page.locator('#prefs button[data-value="dark"]').focus();
  await page.keyboard.press('Space');
  await page.goto('file://' + path.join(site, 'items/index.html'));
  const attrs = await page.evaluate(() => [document.documentElement.dataset.size, document.documentElement.dataset.scheme]);
  if (attrs[0] !== 'large' || attrs[1] !== 'dark') fail(`switches not remembered: ${attrs}`);
  if (await page.getAttribute('#prefs button[data-value="large"]', 'aria-pressed') !== 'true')
    fail('the 大 button is not marked as pressed');

  if (shots) {
    fs.mkdirSync(shots, { recursive: true });
    for (const [name, rel] of [['home', 'index.html'], ['item', 'items/f/index.html'], ['budgets', 'budgets/index.html'],
      ['news-2', 'news/page/2/index.html']])
      for (const width of [375, 1280])
        for (const scheme of ['standard', 'dark', 'yellow']) {
          const p = await browser.newPage({ viewport: { width, height: 900 } });
          await p.goto('file://' + path.join(site, rel));
          await p.evaluate((s) => document.documentElement.setAttribute('data-scheme', s), scheme);
          await p.screenshot({ path: path.join(shots, `${name}-${width}-${scheme}.png`), fullPage: true });
          await p.close();
        }
  }
  await browser.close();
  checkHtml(files);
  if (failures.length) {
    console.log(`${failures.length} failures`);
    process.exit(1);
  }
  console.log('all browser checks passed');
}

main().catch((e) => { console.error(e); process.exit(1); });
