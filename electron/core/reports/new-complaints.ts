import type Database from 'better-sqlite3';
import { prepared } from '../db/statements.ts';
import { addComplaintEventsSql } from './tally-sql.ts';

/**
 * Counts newly inserted complaints into the report tallies (received and open, per kecamatan and day),
 * in the inserting transaction. Complaints come in batches of thousands, so this is one grouped
 * statement per batch instead of a trigger per row, which cost more than the insert itself.
 */
export function reportNewComplaints(db: Database.Database, seqs: readonly number[]): void {
  if (seqs.length > 0) prepared<[{ seqs: string }]>(db, addComplaintEventsSql).run({ seqs: JSON.stringify(seqs) });
}
