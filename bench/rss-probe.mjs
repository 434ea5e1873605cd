// Preloaded with `node --import` when GNU time is absent: writes the process's peak RSS (KiB) at exit.
import { writeFileSync } from 'node:fs';
import process from 'node:process';

const out = process.env.OPENNESS_BENCH_RSS_OUT;
if (out) {
  process.on('exit', () => {
    writeFileSync(out, String(process.resourceUsage().maxRSS));
  });
}
