import { describe, expect, it } from 'vitest';
import { sourceKey } from '../../../src/model/source-note';

describe('the key a source is looked up by', () => {
  it('ignores case, punctuation and a leading "the"', () => {
    expect(sourceKey('The Associated Press')).toBe('associated press');
    expect(sourceKey('  Agence France-Presse. ')).toBe('agence france presse');
    expect(sourceKey("McDonald's")).toBe('mcdonalds');
  });

  it('ignores accents, and keeps letters and digits of any script', () => {
    expect(sourceKey('Zoë’s Café')).toBe('zoes cafe');
    expect(sourceKey('Le Monde — Paris')).toBe('le monde paris');
    expect(sourceKey('Агентство ТАСС')).toBe('агентство тасс');
    expect(sourceKey('新华社 2024')).toBe('新华社 2024');
  });

  it('gives a name and its accented or curly-quoted spelling the same key', () => {
    expect(sourceKey('Zoe’s Cafe')).toBe(sourceKey("Zoe's Cafe"));
    expect(sourceKey('Société Générale')).toBe(sourceKey('Societe Generale'));
    expect(sourceKey('THE  K.C.N.A.')).toBe(sourceKey('the k c n a'));
  });
});
