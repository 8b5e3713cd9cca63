/*
 * The few PouchDB calls the baseline makes. DefinitelyTyped's @types/pouchdb-core declares a global
 * `Buffer` interface that breaks Node's own Buffer types for the whole project, so it is not used.
 */
declare module 'pouchdb-core' {
  export type Plugin = { readonly __pouchPlugin?: never };
  type ReplicationResult = { docs_written: number };
  interface Database<Doc extends object> {
    bulkDocs(docs: (Doc & { _id: string })[]): Promise<unknown>;
    destroy(): Promise<unknown>;
  }
  interface PouchStatic {
    new <Doc extends object>(name: string, options: { adapter: string }): Database<Doc>;
    plugin(plugin: Plugin): PouchStatic;
    replicate<Doc extends object>(
      source: Database<Doc>,
      target: Database<Doc>,
      options: { batch_size: number },
    ): Promise<ReplicationResult>;
  }
  const PouchDB: PouchStatic;
  export default PouchDB;
}
declare module 'pouchdb-adapter-memory' {
  import type { Plugin } from 'pouchdb-core';
  const plugin: Plugin;
  export default plugin;
}
declare module 'pouchdb-replication' {
  import type { Plugin } from 'pouchdb-core';
  const plugin: Plugin;
  export default plugin;
}
