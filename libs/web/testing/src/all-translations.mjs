// Every translation namespace of the web libraries, read from disk for component tests (the
// app fetches them on demand instead): libs/web/<library>/src/i18n/<language>.json is namespace
// <library>; the shell's bundled texts (src/i18n/locales/) are namespace `translation`.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const webLibraries = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const languages = ['en', 'nb', 'sl'];
let cached = null;

function read(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

export function allTranslations() {
  if (cached) return cached;
  const all = Object.fromEntries(languages.map((language) => [language, {}]));
  for (const library of readdirSync(webLibraries).sort()) {
    const folder = path.join(webLibraries, library, 'src/i18n');
    for (const language of languages) {
      if (existsSync(path.join(folder, `${language}.json`))) {
        all[language][library] = read(path.join(folder, `${language}.json`));
      }
      if (existsSync(path.join(folder, 'locales', `${language}.json`))) {
        all[language].translation = read(path.join(folder, 'locales', `${language}.json`));
      }
    }
  }
  cached = all;
  return all;
}
