/**
 * The worker's view of the corpus store (src/corpus/**, not ours): open it, put a job's reports in one
 * batch, close it. Kept this thin so the queue does not depend on how the store is built.
 */

/** What one batch did: reports written (new or changed) and reports already stored as they are. */
export interface PutCounts {
  readonly stored: number;
  readonly unchanged: number;
}

/** A store the worker writes to. `put` is idempotent: the same reports twice leave the same rows. */
export interface ReportStore {
  /** Writes reports given as JSON (one report each). */
  put(reports: readonly string[]): Promise<PutCounts>;
  /** Closes the connection. */
  close(): Promise<void>;
}

/** Opens the store at `db` (a `postgres://` URL, or a SQLite file for a single worker). */
export async function openReportStore(_db: string): Promise<ReportStore> {
  throw new Error('the corpus store is not merged yet');
}
