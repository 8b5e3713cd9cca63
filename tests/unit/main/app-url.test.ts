import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, isAppUrl, resolveAppFile } from '../../../electron/main/app-url.ts';

const dist = path.resolve('/srv/saring/renderer/dist');

describe('resolveAppFile', () => {
  it('maps app://saring/ paths into the renderer build', () => {
    expect(resolveAppFile(dist, 'app://saring/')).toBe(path.join(dist, 'index.html'));
    expect(resolveAppFile(dist, 'app://saring/index.html')).toBe(path.join(dist, 'index.html'));
    expect(resolveAppFile(dist, 'app://saring/assets/index-abc.js?v=1')).toBe(
      path.join(dist, 'assets', 'index-abc.js'),
    );
  });

  it.each([
    'app://saring/..%2f..%2fetc/passwd',
    'app://saring/assets/..%2F..%2F..%2Fsecret',
    'app://saring/a%00.js',
    'app://saring/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
    'https://saring/index.html',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(dist, url)).toBeNull();
  });

  it.each(['app://saring/../../etc/passwd', 'app://saring/%2e%2e/%2e%2e/etc/passwd'])(
    'keeps dot segments the URL parser folds (%s) inside the build folder',
    (url) => {
      expect(resolveAppFile(dist, url)).toBe(path.join(dist, 'etc', 'passwd'));
    },
  );
});

describe('isAppUrl', () => {
  it('accepts only our own origin', () => {
    expect(isAppUrl('app://saring/index.html')).toBe(true);
    expect(isAppUrl('app://saring.evil/index.html')).toBe(false);
    expect(isAppUrl('http://saring/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});

describe('contentTypeFor', () => {
  it('names scripts and styles so the strict CSP and nosniff accept them', () => {
    expect(contentTypeFor('/x/app.js')).toMatch(/^text\/javascript/);
    expect(contentTypeFor('/x/app.CSS')).toMatch(/^text\/css/);
    expect(contentTypeFor('/x/blob')).toBe('application/octet-stream');
  });
});
