import PouchDB from 'pouchdb-core';
import memory from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';

PouchDB.plugin(memory).plugin(replication);

let databases = 0;

/**
 * The yardstick the sync design names (shared/design/sync.md): PouchDB-to-PouchDB replication of the
 * same documents, in process and in memory, so it measures replication itself and no network or disk.
 * Returns the time the replication took, in milliseconds; loading the source is not counted.
 */
export async function pouchReplicationMs(docs: readonly { id: string }[]): Promise<number> {
  databases += 1;
  const source = new PouchDB<object>(`bench-source-${databases}`, { adapter: 'memory' });
  const target = new PouchDB<object>(`bench-target-${databases}`, { adapter: 'memory' });
  try {
    for (let i = 0; i < docs.length; i += 5_000) {
      await source.bulkDocs(docs.slice(i, i + 5_000).map((doc) => ({ ...doc, _id: doc.id })));
    }
    const started = performance.now();
    const result = await PouchDB.replicate(source, target, { batch_size: 1_000 });
    const ms = performance.now() - started;
    if (result.docs_written !== docs.length) {
      throw new Error(`PouchDB replicated ${result.docs_written} of ${docs.length} documents`);
    }
    return ms;
  } finally {
    await source.destroy();
    await target.destroy();
  }
}
