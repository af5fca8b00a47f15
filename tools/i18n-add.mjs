// Adds messages to the web app's catalogues, keeping ids sorted:
//   node tools/i18n-add.mjs messages.json
// where messages.json is { "en": { "id": "English" }, "fr": { "id": "Français" } }.
// Re-reads each catalogue just before writing, so several people can add messages in turn.
// French messages get French typography's no-break spaces (before : ; ! ? », after «), which
// apps/web/src/i18n/french-typography.test.ts requires.
import { readFileSync, writeFileSync } from 'node:fs';

const frenchSpaces = (text) => text.replace(/ ([:;!?»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');

const additions = JSON.parse(readFileSync(process.argv[2], 'utf8'));
for (const [locale, messages] of Object.entries(additions)) {
  const file = new URL(`../apps/web/src/i18n/${locale}.json`, import.meta.url);
  const added =
    locale === 'fr'
      ? Object.fromEntries(Object.entries(messages).map(([id, text]) => [id, frenchSpaces(text)]))
      : messages;
  const catalogue = { ...JSON.parse(readFileSync(file, 'utf8')), ...added };
  const sorted = Object.fromEntries(Object.entries(catalogue).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(file, `${JSON.stringify(sorted, null, 2)}\n`);
  console.log(`${locale}: ${Object.keys(messages).length} message(s) added or changed`);
}
