/** This module builds word sets from space-separated lists, the form every word list here is written in. */
export function wordSet(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}
