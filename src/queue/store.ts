/**
 * The worker's thin view of the corpus store (src/corpus/**, owned by the corpus work): which records
 * of a job are already stored as they are (so a job run twice is not analysed twice), and one batch
 * write per job. The store's writes are idempotent by content hash and schema version, which is what
 * makes at-least-once delivery end as exactly once in the store.
 */
import { articleId, contentHash, type CorpusRecord, openStore, type Store } from '../corpus/index.ts';
import { SCHEMA_VERSION } from '../report/schema.ts';
import type { Report } from '../report/schema.ts';

/** What one batch did: reports written (new or changed) and reports already stored as they are. */
export interface PutCounts {
  readonly stored: number;
  readonly unchanged: number;
}

/** A store the worker writes to. */
export interface ReportStore {
  /** Which of these records are stored already with the same content and the current schema. */
  current(records: readonly CorpusRecord[]): Promise<boolean[]>;
  /** Writes reports (JSON, one per record) in one transaction; the same twice leaves the same rows. */
  put(items: readonly { readonly record: CorpusRecord; readonly json: string }[]): Promise<PutCounts>;
  /** Closes the connection. */
  close(): Promise<void>;
}

/**
 * Reports per transaction. The store turns reports into rows on this thread, so a whole job in one
 * go would hold the event loop (and the job's lock renewal) for a long time; a chunk is a few tens
 * of milliseconds. Chunks are each all-or-nothing, and a job retried after a half-done write skips
 * the chunks already stored.
 */
export const STORE_CHUNK = 50;

/** Opens the store at `db` (a `postgres://` URL; a SQLite file works for a single worker). */
export async function openReportStore(db: string): Promise<ReportStore> {
  const opened = await openStore(db);
  if (!opened.ok) throw opened.error;
  const store: Store = opened.value;
  return {
    async current(records) {
      if (records.length === 0) return [];
      const versions = await store.versions(records.map(articleId));
      return records.map((r) => {
        const v = versions.get(articleId(r));
        return v !== undefined && v.schemaVersion === SCHEMA_VERSION && v.contentHash === contentHash(r);
      });
    },
    async put(items) {
      let unchanged = 0;
      for (let i = 0; i < items.length; i += STORE_CHUNK) {
        // between chunks the event loop breathes: BullMQ renews the job's lock from it
        if (i > 0) await new Promise((r) => setImmediate(r));
        const chunk = items.slice(i, i + STORE_CHUNK);
        const outcomes = await store.putReports(
          chunk.map((it) => ({ report: JSON.parse(it.json) as Report, record: it.record })),
        );
        unchanged += outcomes.filter((o) => o === 'skipped').length;
      }
      return { stored: items.length - unchanged, unchanged };
    },
    close: () => store.close(),
  };
}
