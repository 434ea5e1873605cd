// Builds the two committed bundles: the action (dist/index.js) and the CLI (dist/cli/index.js).
// ncc type-checks with the tsconfig nearest the entry (src/tsconfig.json: sources only, so a test's type error cannot block a bundle).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ncc = ['node_modules/@vercel/ncc/dist/ncc/cli.js'];
const builds = [
  { entry: 'src/action/index.ts', out: 'dist' },
  { entry: 'src/cli.ts', out: 'dist/cli' },
];
rmSync('dist', { recursive: true, force: true });
for (const { entry, out } of builds) {
  const stats = join(out, '.stats.json');
  execFileSync(process.execPath, [...ncc, 'build', entry, '-o', out, '--stats-out', stats, '--target', 'es2022', '-q'], {
    stdio: 'inherit',
  });
  // ncc's own --license keeps only the last chunk's packages once a bundle is split into chunks:
  // the notice is written here from every module webpack bundled, in every chunk.
  writeFileSync(join(out, 'licenses.txt'), licenses(bundledPackages(JSON.parse(readFileSync(stats, 'utf8')))));
  rmSync(stats);
}

/** Folders of the npm packages whose modules are in the bundle, from webpack's stats. */
function bundledPackages(stats) {
  const dirs = new Set();
  const visit = (modules) => {
    for (const m of modules ?? []) {
      // Identifiers may carry loaders (`loader!path`); the package is the one after the last node_modules/.
      const id = String(m.nameForCondition ?? m.identifier ?? m.name ?? '').split('!').pop().replace(/\\/g, '/');
      const at = id.lastIndexOf('node_modules/');
      if (at >= 0) {
        const parts = id.slice(at + 'node_modules/'.length).split('/');
        const name = parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
        dirs.add(`${id.slice(0, at)}node_modules/${name}`);
      }
      visit(m.modules);
    }
  };
  visit(stats.modules);
  return [...dirs];
}

function licenses(dirs) {
  const entries = [];
  for (const dir of dirs) {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const license = typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? 'UNKNOWN');
    const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    const text = file ? readFileSync(join(dir, file), 'utf8').trim() : '';
    entries.push({ name: pkg.name, text: `${pkg.name}\n${license}\n${text}\n` });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // Two bundled versions of one package under the same license need one notice.
  return [...new Set(entries.map((e) => e.text))].join('\n');
}
