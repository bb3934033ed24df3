/** This module is the `sourcemark predict` command (being built). */
export async function run(_args: string[]): Promise<number> {
  console.error('sourcemark predict: not built yet');
  return 2;
}
