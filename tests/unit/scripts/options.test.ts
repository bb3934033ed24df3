import { describe, expect, it } from 'vitest';
import { scriptOptions } from '../../../scripts/lib/options';

describe("the scripts' command-line options", () => {
  it('reads --name=value, and a flag alone as "true"', () => {
    expect(scriptOptions(['--runs=5', '--no-build', '--page=cnn,bbc-1'])).toEqual({
      runs: '5',
      'no-build': 'true',
      page: 'cnn,bbc-1',
    });
  });

  it('keeps a value whole when it holds "=" or spaces', () => {
    expect(scriptOptions(['--source=American officials', '--selector=a[href="x"]'])).toEqual({
      source: 'American officials',
      selector: 'a[href="x"]',
    });
  });

  it('takes the last of a repeated option and reads nothing from a bare word', () => {
    expect(scriptOptions(['--runs=3', 'extra', '--runs=7'])).toEqual({ runs: '7' });
  });
});
