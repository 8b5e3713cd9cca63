/**
 * The import rules that keep the folders honest: the folder is the runtime (see README.md).
 * tests/unit/boundaries.test.ts runs these rules on a small fixture so none can silently go dead.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'shared-is-pure',
      comment:
        'shared/ runs everywhere: it imports only shared/ files and npm packages (zod, …), nothing of ours.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { pathNot: '^(shared/|node_modules/)' },
    },
    {
      name: 'shared-no-node',
      comment: 'shared/ runs in the renderer too: no Node builtins.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'core-no-electron-or-renderer',
      comment:
        'electron/core/ is plain Node (tests and the web host load it): no electron, no renderer, no shell.',
      severity: 'error',
      from: { path: '^electron/core/' },
      to: { path: '^(node_modules/electron/|renderer/|electron/(main|web)/)' },
    },
    {
      name: 'web-host-no-electron-or-renderer',
      comment: 'electron/web/ is plain Node: no electron, no renderer sources, no Electron shell.',
      severity: 'error',
      from: { path: '^electron/web/' },
      to: { path: '^(node_modules/electron/|renderer/|electron/main/)' },
    },
    {
      name: 'hub-is-its-own-server',
      comment:
        'hub/ is a plain Node server: it speaks shared/ contracts and may reuse plain-Node core helpers, never the Electron shell, the web host or the renderer.',
      severity: 'error',
      from: { path: '^hub/' },
      to: { path: '^(node_modules/electron/|renderer/|electron/(main|web)/)' },
    },
    {
      name: 'core-not-hub',
      comment: 'The desktop core talks to a hub over HTTP only, never by importing its code.',
      severity: 'error',
      from: { path: '^(electron|renderer|shared)/' },
      to: { path: '^hub/' },
    },
    {
      name: 'renderer-no-backend',
      comment: 'The renderer reaches the backend only through the bridge, never by importing it.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^(electron|hub)/' },
    },
    {
      name: 'renderer-bridge-only-in-api',
      comment: 'Only renderer/src/api/ may know how the bridge works.',
      severity: 'error',
      from: { path: '^renderer/', pathNot: '^renderer/src/api/' },
      to: { path: '^shared/api/bridge\\.ts$' },
    },
    {
      name: 'nothing-imports-tests',
      comment: 'Test helpers never leak into the product.',
      severity: 'error',
      from: { pathNot: '^tests/' },
      to: { path: '^tests/' },
    },
    {
      name: 'no-circular',
      comment: 'Cycles hide the layering; split the shared part out.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing is a typo or a missing dependency.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|dist-electron|release|test-results|playwright-report)/' },
    // Type-only imports count too: shared/ must not even name a Node or DOM type from elsewhere.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.cjs', '.mjs', '.json', '.d.ts'],
    },
  },
};
