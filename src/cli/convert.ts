/** This module is the `sourcemark convert` command (being built). */
export async function run(_args: string[]): Promise<number> {
  console.error('sourcemark convert: not built yet');
  return 2;
}
