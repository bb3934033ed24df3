/** This module is the `sourcemark analyze` command (being built). */
export async function run(_args: string[]): Promise<number> {
  console.error('sourcemark analyze: not built yet');
  return 2;
}
