import { run } from './run.js';

// The bundle's entry (dist/index.js): the runner starts it with INPUT_* and GITHUB_* set.
await run();
