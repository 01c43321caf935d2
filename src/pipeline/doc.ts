/**
 * The document every stage reads: the article text, its segmentation and the findings of the stages
 * before. Stages never mutate it; the processor merges what each stage returns into the next Doc.
 */
import type { Tokens } from '../core/tokens.ts';
import type { Kb, KbEvent } from '../kb/types.ts';
import type {
  Caption,
  Check,
  Claim,
  DateMention,
  Entity,
  Hedge,
  Language,
  Meta,
  Quote,
  ScareQuote,
  Score,
  Sentence,
  Source,
  Span,
  Summary,
} from '../report/schema.ts';
import type { Quoted } from '../stages/quotes/stage.ts';
import type { LexiconHits } from '../lexicon/matcher.ts';

/** Tokens and their kinds are shared primitives (src/core/tokens.ts), re-exported for the stages. */
export { TokenKind, type Tokens } from '../core/tokens.ts';

/** A mention of a person (or other entity) found by the entities stage, used by attribution. */
export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly entityId: string;
  /** How the mention names the entity: a name, a title, an epithet ("the 42-year-old") or a pronoun. */
  readonly form: 'name' | 'title' | 'epithet' | 'pronoun';
}

/** An age given for a person: "Harry, 40" or "the 42-year-old". */
export interface AgeMention {
  readonly start: number;
  readonly end: number;
  readonly entityId: string;
  readonly age: number;
  /**
   * How the text gives it: beside a name ("Harry, 40"), or as an epithet ("the 42-year-old") whose
   * person reference resolution had to guess.
   */
  readonly form: 'apposition' | 'epithet';
}

/** A family relation the text states: "his father, King Charles", "wife Meghan". */
export interface RelationMention {
  readonly start: number;
  readonly end: number;
  /** The relation word as the knowledge base names it: father, sister-in-law, wife… */
  readonly relation: string;
  /** The person whose relative is named ("his" → Harry). */
  readonly of: string;
  /** The relative. */
  readonly target: string;
}

/** A known event the text names by one of its KB aliases ("the Queen's funeral"), token-indexed. */
export interface EventMention {
  /** First and last token of the name. */
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly event: KbEvent;
}

/** A caption the input already knows (an HTML figcaption), as offsets into the text and its credit. */
export interface CaptionHint {
  readonly start: number;
  readonly end: number;
  readonly credit: string | null;
}

/** The input to the pipeline: the text and what is known about it. */
export interface Article {
  readonly id: string | null;
  /** Exactly the input text; every span points into it. */
  readonly text: string;
  /** Where the article body starts (after a date marker or front matter). */
  readonly bodyStart: number;
  readonly meta: Meta;
  /** Captions the extractor found (HTML figures): they travel as data, not re-found in the text. */
  readonly captionHints?: readonly CaptionHint[];
}

/** Findings the stages add, keyed as in the report. */
export interface Findings {
  readonly paragraphs: readonly Span[];
  readonly sentences: readonly Sentence[];
  readonly tokens: Tokens;
  /** Hits of the shared phrase lexicons at each token (internal; lexicon/compiled.ts says which). */
  readonly lexicon: LexiconHits;
  readonly captions: readonly Caption[];
  /** Direct-quotation candidates between marks (internal; attribution turns them into `quotes`). */
  readonly quoted: readonly Quoted[];
  readonly quotes: readonly Quote[];
  readonly scareQuotes: readonly ScareQuote[];
  readonly sources: readonly Source[];
  readonly entities: readonly Entity[];
  readonly mentions: readonly Mention[];
  readonly ages: readonly AgeMention[];
  readonly relations: readonly RelationMention[];
  readonly claims: readonly Claim[];
  readonly hedges: readonly Hedge[];
  readonly language: Language;
  readonly dates: readonly DateMention[];
  /** Known events the text names, matched once by the dates stage and read by the checks. */
  readonly events: readonly EventMention[];
  readonly checks: readonly Check[];
  readonly score: Score;
  readonly summary: Summary;
}

/** The document a stage sees: the article, the knowledge base and every finding so far. */
export interface Doc extends Article, Findings {
  readonly kb: Kb;
}

/** A named, pure stage with its declared contract (see stage.ts). */
export type { Stage } from './stage.ts';
