import { pathToFileURL } from 'node:url';
import { CliError } from './signing-key';

/** What a maintainer's command touches besides files: printing, the environment and the clock. */
export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  env: NodeJS.ProcessEnv;
  now: () => Date;
}

export const processIo: CliIo = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  env: process.env,
  now: () => new Date(),
};

/**
 * Runs `main` when the file is the command being run (not when a test imports it), turning a
 * CliError into its message and exit code.
 */
export async function runCli(
  moduleUrl: string,
  name: string,
  main: (argv: string[], io: CliIo) => Promise<number>,
): Promise<void> {
  if (!process.argv[1] || pathToFileURL(process.argv[1]).href !== moduleUrl) return;
  process.exitCode = await runMain(name, main, process.argv.slice(2), processIo);
}

export async function runMain(
  name: string,
  main: (argv: string[], io: CliIo) => Promise<number>,
  argv: string[],
  io: CliIo,
): Promise<number> {
  try {
    return await main(argv, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`${name}: ${error.message}`);
      return error.exitCode;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.err(`${name}: ${error.message}`);
      return 2;
    }
    throw error;
  }
}
