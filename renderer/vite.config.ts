import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  // Relative asset paths: the same build loads from the web host, a file:// URL or a custom protocol.
  base: './',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The CSP forbids inline scripts; never inline the module preload polyfill either.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    // Loaded from the local disk, never over a network: one bundle is fine.
    chunkSizeWarningLimit: 1024,
  },
});
