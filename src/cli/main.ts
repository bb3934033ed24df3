/**
 * This module is the `sourcemark` command line: it picks the subcommand and loads only its module. Each
 * subcommand lives in its own file and exports `run(args): Promise<number>` (the exit status).
 */

interface Command {
  readonly summary: string;
  readonly load: () => Promise<{ run(args: string[]): Promise<number> }>;
}

const COMMANDS: Readonly<Record<string, Command>> = {
  analyze: {
    summary: 'analyze FILE [--json]             who said what in an article (.txt or .html)',
    load: () => import('./analyze'),
  },
  predict: {
    summary: 'predict GOLD.jsonl                 predictions for a corpus, for eval/score.mjs',
    load: () => import('./predict'),
  },
  convert: {
    summary: 'convert FILE --to FORMAT [-o OUT]  backup | w3c | csv | markdown',
    load: () => import('./convert'),
  },
  validate: {
    summary:
      'validate FILE... [--json]          check backup, W3C or Hypothesis files and what of them imports',
    load: () => import('./validate'),
  },
};

export function usage(): string {
  return ['usage: sourcemark COMMAND ...', '', ...Object.values(COMMANDS).map((c) => `  ${c.summary}`)].join(
    '\n',
  );
}

export async function main(args: string[]): Promise<number> {
  const [name, ...rest] = args;
  if (!name || name === '--help' || name === '-h') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    console.error(`sourcemark: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  const module = await command.load();
  return module.run(rest);
}
