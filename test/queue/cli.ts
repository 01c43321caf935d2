/** Runs the CLI from source for the queue tests' child processes (no build step, no race with one). */
import { main } from '../../src/cli/main.ts';

await main(process.argv);
