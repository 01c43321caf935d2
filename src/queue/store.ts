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
      if (items.length === 0) return { stored: 0, unchanged: 0 };
      const outcomes = await store.putReports(
        items.map((it) => ({ report: JSON.parse(it.json) as Report, record: it.record })),
      );
      const unchanged = outcomes.filter((o) => o === 'skipped').length;
      return { stored: outcomes.length - unchanged, unchanged };
    },
    close: () => store.close(),
  };
}
