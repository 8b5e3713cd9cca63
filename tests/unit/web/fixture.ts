import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A stand-in renderer build: the web host tests need an index.html and one asset, not React. */
export function fakeRendererBuild(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'saring-renderer-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><html><head><title>Saring</title></head><body><div id="root"></div></body></html>',
  );
  writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log("saring");');
  return dir;
}
