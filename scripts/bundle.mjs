// Builds the two committed bundles: the action (dist/index.js) and the CLI (dist/cli/index.js).
// ncc type-checks with the tsconfig nearest the entry (src/tsconfig.json: sources only, so a test's type error cannot block a bundle).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const ncc = ['node_modules/@vercel/ncc/dist/ncc/cli.js'];
const builds = [
  { entry: 'src/action/index.ts', out: 'dist' },
  { entry: 'src/cli.ts', out: 'dist/cli' },
];
rmSync('dist', { recursive: true, force: true });
for (const { entry, out } of builds) {
  execFileSync(process.execPath, [...ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--target', 'es2022', '-q'], {
    stdio: 'inherit',
  });
}
