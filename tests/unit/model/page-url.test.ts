import { describe, expect, it } from 'vitest';
import { normalizePageUrl, siteOf } from '../../../src/model/page';

describe('a page URL is filed under its normalized form', () => {
  it('drops the fragment and tracking parameters, keeps the ones that choose content', () => {
    expect(normalizePageUrl('https://news.example/a?id=7&utm_source=x&fbclid=y&gclid=z#top')).toBe(
      'https://news.example/a?id=7',
    );
  });

  it('drops the question mark when only tracking parameters were there', () => {
    expect(normalizePageUrl('https://news.example/a?utm_medium=social')).toBe('https://news.example/a');
  });

  it('sorts the remaining parameters so that their order does not matter', () => {
    expect(normalizePageUrl('https://news.example/a?b=2&a=1')).toBe(
      normalizePageUrl('https://news.example/a?a=1&b=2'),
    );
  });

  it('prefers the canonical link on the same site', () => {
    expect(normalizePageUrl('https://m.news.example/a?ref=app', '/story/a')).toBe(
      'https://m.news.example/story/a',
    );
    expect(normalizePageUrl('https://news.example/amp/a', 'https://news.example/a')).toBe(
      'https://news.example/a',
    );
  });

  it('ignores a canonical link that points at another site', () => {
    expect(normalizePageUrl('https://news.example/a', 'https://evil.example/a')).toBe(
      'https://news.example/a',
    );
  });

  it('refuses what is not http(s)', () => {
    expect(normalizePageUrl('javascript:alert(1)')).toBeNull();
    expect(normalizePageUrl('file:///etc/passwd')).toBeNull();
    expect(normalizePageUrl('not a url')).toBeNull();
  });

  it('names the site without www', () => {
    expect(siteOf('https://www.bbc.co.uk/news/1')).toBe('bbc.co.uk');
  });
});
