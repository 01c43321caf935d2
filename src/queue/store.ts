/**
 * The worker's thin view of the corpus store (src/corpus/**, owned by the corpus work): which records
 * of a job are stored already as they are (so a job run twice is not analysed twice), and the job's
 * writes. The store's writes are idempotent by content hash, schema, preset and engine, which is what makes
 * at-least-once delivery end as exactly once in the store. Rows are built in the analysis threads by
 * the corpus's own ingest thread, so the store sees exactly what `hearsay ingest` gives it.
 */
import { type CorpusRecord, inputKey, isCurrent, openStore, readingOf, type Store } from '../corpus/index.ts';
import { unpackPooled } from '../corpus/rows.ts';
import { DEFAULT_JOB_SIZE } from './jobs.ts';

/** What one job's writes did: reports written (new or changed), and reports already stored as they are. */
export interface PutCounts {
  readonly stored: number;
  readonly unchanged: number;
}

/** A store the worker writes to. */
export interface ReportStore {
  /**
   * Which of these records are stored already with the same content, read by this schema and engine
   * with `preset` (standard when not given).
   */
  current(records: readonly CorpusRecord[], preset?: string): Promise<boolean[]>;
  /** Writes the rows the analysis threads built, a chunk per transaction; the same twice changes nothing. */
  put(rows: readonly unknown[]): Promise<PutCounts>;
  /** Closes the connection. */
  close(): Promise<void>;
}

/**
 * Reports per transaction: each chunk is all or nothing, and a job retried after a half-done write
 * skips the chunks already stored. A whole job of the default size is one transaction: the store's
 * per-transaction costs (the outlet × month aggregates and their medians, one
 * UPDATE per outlet-month touched) are paid once per job, not once per 100 reports. Building a
 * chunk's parameters is the only synchronous part, a few milliseconds, so the lock renewal timers
 * still run on time.
 */
export const STORE_CHUNK = DEFAULT_JOB_SIZE;

/** Opens the store at `db` (a `postgres://` URL; a SQLite file works for a single worker). */
export async function openReportStore(db: string): Promise<ReportStore> {
  const opened = await openStore(db);
  if (!opened.ok) throw opened.error;
  const store: Store = opened.value;
  return {
    async current(records, preset) {
      if (records.length === 0) return [];
      // a record's own id is its id in the store (normalising keeps it), so the records of a job not
      // stored yet (most, on a first run) are ruled out by id alone: only a record without an id, or
      // one found, is normalised and hashed here (the analysis thread does it again for its rows)
      const own = records.map((r) => (r.id != null && String(r.id) !== '' ? String(r.id) : null));
      const keyed = records.map((r, i) => (own[i] === null ? inputKey(r) : null));
      const ids = own.map((id, i) => id ?? keyed[i]!.id);
      const versions = await store.versions(ids);
      const reading = readingOf(preset);
      return records.map((r, i) => {
        const v = versions.get(ids[i]!);
        return v !== undefined && isCurrent(v, (keyed[i] ?? inputKey(r)).hash, reading);
      });
    },
    async put(rows) {
      let unchanged = 0;
      for (let i = 0; i < rows.length; i += STORE_CHUNK) {
        if (i > 0) await new Promise((r) => setImmediate(r));
        const chunk = rows.slice(i, i + STORE_CHUNK);
        const outcomes = await store.putReports(chunk.map(unpackPooled));
        unchanged += outcomes.filter((o) => o === 'skipped').length;
      }
      return { stored: rows.length - unchanged, unchanged };
    },
    close: () => store.close(),
  };
}
