/** This module is the `sourcemark validate` command (being built). */
export async function run(_args: string[]): Promise<number> {
  console.error('sourcemark validate: not built yet');
  return 2;
}
