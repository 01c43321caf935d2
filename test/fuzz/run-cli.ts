/** Runs the CLI from the sources (`node --import tsx test/fuzz/run-cli.ts ARGS`), so tests need no build. */
import { main } from '../../src/cli/main.ts';

await main(process.argv);
