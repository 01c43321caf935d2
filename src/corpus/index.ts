/** The corpus store's public surface: open a store, write reports, ask the corpus questions. */
export {
  defaultDb,
  isCurrent,
  isPostgresUrl,
  openStore,
  type OpenOptions,
  type PutItem,
  type PutOutcome,
  type Store,
  type StoredVersion,
} from './store.ts';
export type {
  ArticlePage,
  ArticleRef,
  ArticleSummary,
  ExportTable,
  Filters,
  OutletMonth,
  PersonProfile,
  QuoteGroup,
  QuoteUse,
  SourceUse,
  StoryGroup,
} from './queries.ts';
export { EXPORT_TABLES } from './queries.ts';
export { articleId, type CorpusRecord, contentHash, inputKey, type Reading, readingOf } from './rows.ts';
export { normaliseOutlet, outletOf, type Outlet } from './outlet.ts';
