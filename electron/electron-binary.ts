import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The repository root (this file lives in electron/). */
export const REPO_ROOT = path.resolve(import.meta.dirname, '..');

/**
 * The downloaded Electron executable, or null. It reads what the electron package's installer leaves
 * behind instead of require('electron'), which would try to download the binary when it is missing.
 */
export function findElectronBinary(root: string = REPO_ROOT): string | null {
  const pkg = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}
