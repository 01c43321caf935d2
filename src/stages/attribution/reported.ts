/**
 * Reported-speech patterns, shared by the indirect stage and by attribution of quoted fragments:
 * "…, says our source." (trailing), "An insider said (that) …" / "According to X, …" (leading) and
 * "with sources confirming …" (participle).
 */
import { hashRange, hashWord, WordSet } from '../../core/hash.ts';
import {
  ACCORDING,
  BELIEF_VERBS,
  LISTENER_VERBS,
  HEARSAY_NOUNS,
  PHRASE_CUES,
  PLATFORM_ACTS,
  QUESTION_CUES,
  QUESTION_WORDS,
  REPORTING_VERBS,
  STATEMENT_CUES,
  REPORTING_PARTICIPLES,
  THAT,
  RELATIVE_PRONOUNS as RELATIVES,
  THAT_VERBS,
  TO,
} from '../../lexicon/reporting.ts';
import { type Mention, TokenKind } from '../../pipeline/doc.ts';
import { overlaps, tokenAtOrAfter, wordsIn } from '../../core/spans.ts';
import type { Span } from '../../report/schema.ts';
import { clauseSubject, cueAfter, punctAt } from './cues.ts';
import { CANDIDATE_KINDS, fitBeside, type NewsCandidateOptions } from './news-candidates.ts';
import { QUOTING_VERBS } from '../../lexicon/quoting.ts';
import { cueModel, cueValues, hashFeatures, logit, sentenceQuoted, TEMPLATES } from './model.ts';
import {
  CLAUSE_FEATURES,
  clauseFeatures,
  clauseLogit,
  clauseModel,
  clauseSoon,
  finiteSoon,
} from './clause.ts';
import {
  AS,
  AS_REPORTED,
  BASE_CUES,
  BEFORE_REPORT_NOUN,
  BEFORE_THAT,
  BETWEEN,
  CONFESS_TO,
  CLAUSE_BREAKS,
  DIRECTIVE_VERBS,
  DET_OPENERS,
  DETERMINERS,
  FINITE,
  ITS,
  MEDIA_NOUNS,
  MODALS,
  OBJECT_CUES,
  OBJECT_PRONOUNS,
  OBJECTS,
  OF_OPENERS,
  OPENERS,
  OUTLET_CUES,
  PASSIVE,
  PAST,
  IDIOMS_BEFORE_SAY,
  ING_NOUNS,
  PARTICLES,
  PREPOSITION_CUES,
  PRONOUN_SOURCES,
  PROGRESSIVE_BE,
  REPORT_NOUN_MODIFIERS,
  STILL_WORDS,
  SUBJECTS,
  SUBORDINATORS,
  THAT_PREPOSITIONS,
  WE_CONTRACTED,
  WITH,
} from './words.ts';
import { ANONYMOUS_HEADS, PERSON_NOUNS, PHRASE_PREPOSITIONS, SPOKES_HEADS } from '../../lexicon/sources.ts';
import {
  ADVERBIAL_OPENERS as ADVERBIAL_OPENER_WORDS,
  HEDGE_ADVERBS as HEDGE_ADVERB_WORDS,
  LEARN_CUES as LEARN_CUE_WORDS,
} from '../../lexicon/reporting.ts';
import {
  isAdverb,
  mentionAtOrAfter,
  noOne,
  SPEAKER_LIMITS,
  weOutlet,
  type Reading,
  type SpeakerPhrase,
  speakerPhrase,
  titleColonAt,
  unnamedMedia,
} from './speaker.ts';

const punct = punctAt;

/**
 * Reaches of the reported-speech rules, in tokens unless said (`npm run mutate:thresholds` moves each;
 * reported.thresholds.test.ts pins them).
 */
export const REPORTED_LIMITS = {
  /** Tokens back from a sentence's end where the comma before a trailing cue may be ("…, says our source."). */
  trailingReach: 14,
  /** Tokens after a leading "according to" where the comma closing its source may be. */
  accordingReach: 12,
  /** Tokens from a sentence's start where a leading reporting verb may be ("An insider said …"). */
  leadingReach: 14,
  /** Tokens from a sentence's start where the comma closing a long opening phrase may be ("After …, the star told …"). */
  openingReach: 36,
  /** Most words of a title in quotation marks inside a speaker's words ("‘Idol’ star Kay Smith said …"). */
  titleWords: 4,
  /** Tokens after a leading verb skipped as its listener ("told Us Weekly that …"). */
  listenerReach: 5,
  /** Tokens after a comma where a parenthetical cue may be ("…, he said, …"). */
  parentheticalReach: 6,
  /** Tokens before a participle cue where its subject may start ("with sources confirming …"). */
  participleReach: 5,
  /** Most words after a cue that can still be its source ("…, said the senator from Ohio."). */
  sourceAfter: 8,
  /** Characters between a quotation and a cue that still make it that quotation's cue (", she said"). */
  quoteCueGap: 12,
  /** Most reported clauses the cue model reads from one sentence. */
  perSentence: 3,
  /** Most words of a phrase of time or channel after a trailing cue ("…, she said in a statement."). */
  tailPhraseWords: 4,
  /** Most tokens of a list of names opening reported words before their verb ("Kay Dole, Tim Bane and Jo Fane will …"). */
  nameListWords: 16,
  /** Tokens after a clause's first word where its finite verb may be, before any mark ("told the court the singer had …"). */
  finiteBeforeMark: 8,
  /** Tokens after "it" where the participle of a passive with "by" may be ("It has now been revealed by TMZ that …"). */
  passiveByReach: 5,
  /** Most adverbs between an auxiliary and its verb ("is finally admitting", "can now confirm"). */
  adverbsBeforeAux: 2,
  /** Most lower-case words of a listener after its determiner ("told the family court the singer had …"). */
  listenerNounWords: 3,
  /** Tokens after a cue where the "that" after a short adverbial may be ("announced on Sunday on her Instagram page that …"). */
  adverbialReach: 7,
  /** Most words of the object of a preposition in that adverbial ("on her own Instagram that …"). */
  adverbialWords: 3,
};

/** A reported-speech match: the reported words, the speaker and the cue. */
export interface Hit {
  readonly content: Span;
  readonly speaker: SpeakerPhrase;
  readonly cue: Span;
  /** Whom it was told to ("told Us Weekly that …"), when the text says. */
  readonly listener?: Span;
}

/** "CONTENT, says our source." / "CONTENT, an insider claims." / "CONTENT, according to X." */
export function trailing(doc: Reading, a: number, b: number): Hit | null {
  const t = doc.tokens;
  const bare = bareTrailing(doc, a, b);
  if (bare) return bare;
  for (let k = b; k > a + 2 && k > b - REPORTED_LIMITS.trailingReach; k--) {
    if (punct(doc, k) !== 44) continue;
    if (t.hash[k + 1] === ACCORDING && t.hash[k + 2] === TO) {
      const end = punct(doc, b) >= 0 ? b - 1 : b;
      const sp = speakerPhrase(doc, k + 3, end);
      if (sp)
        return {
          content: { start: t.start[a]!, end: t.start[k]! },
          speaker: sp,
          cue: { start: t.start[k + 1]!, end: t.end[k + 2]! },
        };
    }
    const m = cueAfter(doc, k + 1, b + 1);
    // the cue and speaker must close the sentence: "…, with sources claiming he met …" is not trailing;
    // a phrase of time or channel may follow them ("…, Kerr announced on Instagram, Wednesday."), and so
    // may a clause of the writer's that a subordinator opens ("…, Turner said as it will …")
    const tail = m ? Math.max(m.speaker.span.end, m.cue.end, m.listener?.end ?? 0) : 0;
    if (
      m &&
      (onlyPunctAfter(doc, tail, b) || (active(doc, m.cue) && writersTail(doc, tokenAtOrAfter(t, tail), b)))
    ) {
      return {
        content: { start: t.start[a]!, end: t.start[k]! },
        speaker: m.speaker,
        cue: m.cue,
        // "…, a source tells Us Weekly.": the outlet told is the listener
        ...(m.listener ? { listener: m.listener } : {}),
      };
    }
    // "…, Kerr announced on Instagram, Wednesday.": a comma before a phrase of time ends no reported words
    if (!m && adverbialTail(doc, k + 1, b)) continue;
    return null;
  }
  return null;
}

/**
 * "… especially Kris Jenner said the insider.": an inverted verb of saying and an unnamed source (a
 * determiner and a head of `ANONYMOUS_HEADS` or `SPOKES_HEADS`) close the sentence with no comma before
 * them; "said the insider" cannot be a verb and its object, so the words before are what was said.
 */
function bareTrailing(doc: Reading, a: number, b: number): Hit | null {
  const t = doc.tokens;
  const end = punct(doc, b) >= 0 ? b - 1 : b;
  const c = end - 2;
  if (c <= a + 3 || !THAT_VERBS.has(t.hash[c]!) || t.cap[c] === 1 || punct(doc, c - 1) >= 0) return null;
  // "… and told the insider": a verb of telling takes its listener as object
  if (LISTENER_VERBS.has(t.hash[c]!) || COORDINATORS.has(t.hash[c - 1]!)) return null;
  if (!DET_OPENERS.has(t.hash[c + 1]!)) return null;
  const head = t.hash[end]!;
  if (!ANONYMOUS_HEADS.has(head) && !SPOKES_HEADS.has(head)) return null;
  const sp = speakerPhrase(doc, c + 1, end);
  if (sp?.kind !== 'anonymous') return null;
  return {
    content: { start: t.start[a]!, end: t.end[c - 1]! },
    speaker: sp,
    cue: { start: t.start[c]!, end: t.end[c]! },
  };
}

/**
 * True when tokens `[i, b]` are only phrases of time or channel after a cue, each set off by a comma
 * or none: time words (`BEFORE_THAT`: "Wednesday", "last week") and a preposition of
 * `TAIL_PREPOSITIONS` with at most `REPORTED_LIMITS.tailPhraseWords` words ("on Instagram", "in a
 * statement"), no verb or "that"; the sentence's closing marks may end them.
 */
export function adverbialTail(doc: Reading, i: number, b: number): boolean {
  const t = doc.tokens;
  let k = i;
  let phrases = 0;
  while (k <= b) {
    const p = punct(doc, k);
    if (p >= 0) {
      if (p !== 44) return phrases > 0 && onlyPunctAfter(doc, t.start[k]!, b);
      k++;
      continue;
    }
    const h = t.hash[k]!;
    if (BEFORE_THAT.has(h)) {
      k++;
      phrases++;
      continue;
    }
    // "on Instagram", "in a statement"; not a complement ("hinted at the desire", "spoke to fans")
    if (!TAIL_PREPOSITIONS.has(h)) return false;
    let n = 0;
    k++;
    while (k <= b && punct(doc, k) < 0) {
      const w = t.hash[k]!;
      if (w === THAT || FINITE.has(w) || PAST.has(w) || THAT_PREPOSITIONS.has(w)) break;
      k++;
      n++;
    }
    if (n === 0 || n > REPORTED_LIMITS.tailPhraseWords) return false;
    phrases++;
  }
  return phrases > 0;
}

/** True when the cue has no form of "be" or auxiliary right before it ("Jolie hasn't been admitted"). */
function active(doc: Reading, cue: Span): boolean {
  const t = doc.tokens;
  const c = tokenAtOrAfter(t, cue.start);
  return !PASSIVE.has(t.hash[c - 1]!) && !FINITE.has(t.hash[c - 1]!);
}

/**
 * True when tokens `[i, b]` after a trailing cue and its speaker are the writer's: phrases of time or
 * channel (`adverbialTail`), or a clause a subordinator opens ("as it will give him …", "because …"),
 * after a comma or not.
 */
function writersTail(doc: Reading, i: number, b: number): boolean {
  const t = doc.tokens;
  if (i > b) return true;
  if (adverbialTail(doc, i, b)) return true;
  const j = punct(doc, i) === 44 ? i + 1 : i;
  return j < b && TAIL_SUBORDINATORS.has(t.hash[j]!);
}

/** Prepositions of time or channel that may open a phrase after a trailing cue ("on Instagram", "in May"). */
const TAIL_PREPOSITIONS = new WordSet(['on', 'in', 'during', 'via', 'over'].map(hashWord));

/** Subordinators that open the writer's clause after a trailing cue ("…, Turner said as it will …"). */
const TAIL_SUBORDINATORS = new WordSet(
  ['as', 'because', 'while', 'although', 'though', 'since'].map(hashWord),
);

function onlyPunctAfter(doc: Reading, offset: number, b: number): boolean {
  const t = doc.tokens;
  for (let i = b; i >= 0 && t.start[i]! >= offset; i--) if (t.kind[i] !== TokenKind.punct) return false;
  return true;
}

/**
 * The source after a leading cue ending at token `cueEnd` ("according to X, …", "Per X, …"): the words
 * up to the first comma within `REPORTED_LIMITS.accordingReach` of `cueStart`, the rest of the sentence
 * reported. `strict` ("Per", a word with other uses) wants some words and a speaker of a known kind.
 */
function sourceThenComma(
  doc: Reading,
  cueStart: number,
  cueEnd: number,
  b: number,
  strict: boolean,
): Hit | null {
  const t = doc.tokens;
  for (let k = cueEnd + 1; k < b && k < cueStart + REPORTED_LIMITS.accordingReach; k++) {
    if (punct(doc, k) !== 44) continue;
    const sp = !strict || k > cueEnd + 1 ? speakerPhrase(doc, cueEnd + 1, k - 1) : null;
    return sp && (!strict || sp.kind !== 'unknown')
      ? {
          content: { start: t.start[k + 1]!, end: t.end[b]! },
          speaker: sp,
          cue: { start: t.start[cueStart]!, end: t.end[cueEnd]! },
        }
      : null;
  }
  return null;
}

/**
 * Every word the leading rule's loop may take for its cue: a verb that needs no "that" (`THAT_VERBS`),
 * a confession, an outlet's cue, a base form after a modal, or a verb of saying before its "that".
 */
const LEAD_CUES = new WordSet([
  ...THAT_VERBS,
  ...CONFESS_TO,
  ...LEARN_CUE_WORDS.map(hashWord),
  ...OUTLET_CUES,
  ...BASE_CUES,
  ...REPORTING_VERBS,
  ...STATEMENT_CUES,
]);

/** "An insider said (that) CONTENT." / "According to X, CONTENT." at the start of a sentence. */
export function leading(doc: Reading, a: number, b: number): Hit | null {
  const t = doc.tokens;
  let s = a;
  // "(Acme just confirmed its purchase of Zingo.)": a sentence set in brackets opens after the bracket
  if (punct(doc, s) === 40) s++;
  if (OPENERS.has(t.hash[s]!)) s++;
  if (punct(doc, s) === 44) s++;
  // "… – and according to a palace aide, the King has …": the attribution may open a later clause
  for (let k = s + 1; k < b - 3; k++) {
    if (
      t.hash[k] === ACCORDING &&
      t.hash[k + 1] === TO &&
      (punct(doc, k - 1) >= 0 || OPENERS.has(t.hash[k - 1]!))
    ) {
      s = k;
      break;
    }
  }
  if (t.hash[s] === ACCORDING && t.hash[s + 1] === TO) {
    return sourceThenComma(doc, s, s + 1, b, false);
  }
  // "Per a source, …", "Per TMZ, …": "per" opening the sentence as "according to" does
  if (t.hash[s] === PER && t.cap[s] === 1) {
    return sourceThenComma(doc, s, s, b, true);
  }
  for (let c = s + 1; c < b && c < s + REPORTED_LIMITS.leadingReach; c++) {
    // the marks of a title in the subject are no clause's end ("‘Idol’ star Kay Smith revealed …")
    // nor is a film title's colon ("the Starfall: Into the Void star is admitting …")
    if (t.kind[c] === TokenKind.punct && punct(doc, c) !== 44 && !titleMark(doc, c) && !titleColonAt(doc, c))
      return null;
    // "Recent reports suggest that …": after a determiner or adjective of `REPORT_NOUN_MODIFIERS`,
    // "reports" is the noun that speaks, not the verb
    // a word of none of the cue lists below makes `that` 0 (`thatAfterCue` wants a verb of saying):
    // one lookup skips it instead of eight (this loop runs at every word near every sentence's start)
    if (!LEAD_CUES.has(t.hash[c]!)) continue;
    if (REPORT_NOUNS.has(t.hash[c]!) && REPORT_NOUN_MODIFIERS.has(t.hash[c - 1]!)) continue;
    // a verb of saying of the wider lists cues here only with its "that" ("emphasized that",
    // "chimed in that"): without one its words are as often an object ("shared a photo")
    // "copped to having made a mistake": a verb of confessing with "to" and a gerund cues too
    const confess = confessTo(doc, c, c + 1);
    // "Us Weekly has learned (that) …": the publication speaking for itself (QUOTES-GUIDE.md's outlet)
    // "We hear the pair …", "The Sun understands …": the outlet's other words for what it was told
    const learns = LEARN_CUES.has(t.hash[c]!) || OUTLET_CUES.has(t.hash[c]!);
    // "Us Weekly can confirm the pair …": a base form after a modal cues as its finite forms do
    const aux = BASE_CUES.has(t.hash[c]!) ? auxBefore(doc, c) : -1;
    const modal = aux >= 0 && MODALS.has(t.hash[aux]!);
    const that = THAT_VERBS.has(t.hash[c]!) || confess || learns || modal ? -1 : thatAfterCue(doc, c, s);
    if (that === 0) continue;
    // "is admitting to cheating": a verb of confessing in "-ing" after "is" is progressive, not passive
    const progressive = (that > 0 || confess) && endsWithIng(doc.text, t.end[c]!);
    // "Though the list has yet to be revealed, EW has learned …": a passive closing an opening phrase
    // leaves the cue to come
    if (PASSIVE.has(t.hash[c - 1]!) && !progressive && punct(doc, c + 1) === 44) continue;
    // "dished to OK! that …", "revealed to the magazine that …": "to" and the listener before "that"
    const toThat = t.hash[c + 1] === TO && !confess ? toListenerThat(doc, c + 1, b) : 0;
    if (
      (PASSIVE.has(t.hash[c - 1]!) && !progressive) ||
      (t.hash[c + 1] === TO && !confess && toThat === 0) ||
      t.hash[c - 1] === AS
    )
      return null;
    // "A lawyer for the outlets, David Schulz, said …": the name in apposition speaks
    // "X toured the plant and said": a second verb of the sentence's subject
    // "We’ve learned …", "We’re told …": the publication, in one contracted token
    const we = c === s + 1 && WE_CONTRACTED.has(t.hash[s]!);
    const sp =
      (we ? weOutlet(doc, { start: t.start[s]!, end: t.end[s]! }) : null) ??
      // past the auxiliaries and adverbs before the cue: "…, Marion Ross, also said …"
      appositiveName(doc, skipBack(doc, s, c - 1)) ??
      relativeSubject(doc, s, c - 1) ??
      (COORDINATORS.has(t.hash[c - 1]!) || (BETWEEN.has(t.hash[c - 1]!) && COORDINATORS.has(t.hash[c - 2]!))
        ? clauseSubject(doc, c, s)
        : null) ??
      // "Vole didn’t say …", "Vole has since said …": the auxiliaries and adverbs are no part of the speaker
      // "Talking to People, the star revealed …": the opening phrase's name is not the speaker
      afterOpening(doc, s, c) ??
      speakerPhrase(doc, s, skipBack(doc, s, c - 1));
    if (!sp) return null;
    // only an outlet learns news to report: "the star learned the ropes" reports nothing
    if (learns && sp.kind !== 'outlet' && sp.kind !== 'named-organization') return null;
    let from = that > 0 ? that : toThat > 0 ? toThat : c + 1;
    // "told “Good Morning Britain” he …": a show's title in quotation marks is the listener when a
    // clause's subject or "that" follows it ("told “Extra” on Friday, “…”" is left to the quotation)
    if (from === c + 1 && LISTENER_VERBS.has(t.hash[c]!)) {
      const close = quotedTitleAt(doc, from, b);
      const next = t.hash[close + 1]!;
      if (close > 0 && (next === THAT || SUBJECTS.has(next) || DET_OPENERS.has(next))) from = close + 1;
    }
    // skip a listener: "told Us Weekly that …"
    while (
      from < b &&
      from < c + REPORTED_LIMITS.listenerReach &&
      t.hash[from] !== THAT &&
      // "EW has learned Kay Dole will …": learning takes no listener, nor does a verb that is no verb of
      // telling before names and their verb ("revealed Kay Dole and Jo Fane will …"); they open the
      // reported words
      !learns &&
      !we &&
      !(from === c + 1 && !LISTENER_VERBS.has(t.hash[c]!) && namesThenFinite(doc, from, b)) &&
      // a determiner opens the listener only: "told the BBC the report was false" ends it at "BBC"
      !(from > c + 1 && DET_OPENERS.has(t.hash[from]!)) &&
      (t.cap[from] === 1 ||
        punct(doc, from) === 44 ||
        // "told E! News", "told Example.com": a mark inside an outlet's name or address
        (from > c + 1 && markInName(doc, from)) ||
        (LISTENER_VERBS.has(t.hash[c]!) && OBJECTS.has(t.hash[from]!))) &&
      t.hash[c] !== t.hash[from]
    )
      // the lower-case word glued after the "." of an address is the address's ("Example.com")
      from += from > c + 1 && markInName(doc, from) && glued(doc, from) ? 2 : 1;
    // a listener named by a lower-case noun phrase: "told the magazine that …", "told reporters that …"
    if (t.hash[from] !== THAT && LISTENER_VERBS.has(t.hash[c]!)) {
      const that = plainWordsThenThat(doc, from, Math.min(b, c + REPORTED_LIMITS.listenerReach));
      if (that > 0) from = that;
      // "told the outlet Edwards was …", "told the court the singer had …": the listener's noun ends
      // where a name, a pronoun or a determiner opens a clause
      else if (from > c + 1 && DET_OPENERS.has(t.hash[from - 1]!)) {
        let j = from;
        while (
          j < from + REPORTED_LIMITS.listenerNounWords &&
          j < b &&
          t.kind[j] === TokenKind.word &&
          t.cap[j] !== 1 &&
          !SUBJECTS.has(t.hash[j]!) &&
          !DET_OPENERS.has(t.hash[j]!) &&
          !FINITE.has(t.hash[j]!) &&
          !PAST.has(t.hash[j]!)
        )
          j++;
        const opens = t.cap[j] === 1 || SUBJECTS.has(t.hash[j]!) || DET_OPENERS.has(t.hash[j]!);
        if (j > from && opens && finiteBeforeMark(doc, j, b)) from = j;
      }
    }
    // "announced Sunday that", "told People in 2011 that": a time or place phrase before "that"
    const adverbial = t.hash[from] === THAT ? 0 : adverbialThenThat(doc, from, b);
    const listener =
      toThat > 0
        ? { start: t.start[c + 2]!, end: t.end[toThat - 1]! }
        : from > c + 1 && LISTENER_VERBS.has(t.hash[c]!)
          ? { start: t.start[c + 1]!, end: t.end[from - 1]! }
          : null;
    if (adverbial > 0) from = adverbial + 1;
    else if (confessTo(doc, c, from)) from++;
    else if (t.hash[from] === THAT) from++;
    // "told the Daily Mail: the pair …": a colon after the cue or its listener opens the reported words
    else if (punct(doc, from) === 58) from++;
    // without "that", the reported words must open with a subject or hold a finite verb soon:
    // "sources claim the pair are …", not "she said the words twice"; or open with a gerund, which
    // reports a proposition of its own ("he denied cheating on her", "she admitted having doubts")
    else if (
      !SUBJECTS.has(t.hash[from]!) &&
      !finiteSoon(doc, from, b) &&
      !gerundAt(doc, from) &&
      !namesThenFinite(doc, from, b)
    )
      return null;
    // "shared her own project with fans": after a verb that takes an object, a possessive opens a
    // noun phrase unless a verb follows soon ("revealed her son is …")
    else if (
      DETERMINERS.has(t.hash[from]!) &&
      OBJECT_CUES.has(t.hash[c]!) &&
      !finiteSoon(doc, from, b) &&
      !clauseSoon(doc, from, b)
    )
      return null;
    if (from >= b) return null;
    return {
      content: { start: t.start[from]!, end: t.end[b]! },
      speaker: sp,
      cue: { start: t.start[c]!, end: t.end[c]! },
      ...(listener ? { listener } : {}),
    };
  }
  return null;
}

/**
 * "The host asked Vole if she …", "Vole explained why she …", "she opened up about how she …": an
 * embedded question after a verb of `QUESTION_CUES` near the sentence's start, past a listener of
 * `REPORTED_LIMITS.listenerReach` words or fewer and a particle; the question word must be followed by
 * a clause's subject (a pronoun, a name or a determiner), and the words before the verb name the
 * speaker. The reported words open with the question word.
 */
export function embeddedQuestion(doc: Reading, a: number, b: number): Hit | null {
  const t = doc.tokens;
  let s = a;
  if (OPENERS.has(t.hash[s]!)) s++;
  for (let c = s + 1; c < b && c < s + REPORTED_LIMITS.leadingReach; c++) {
    if (t.kind[c] === TokenKind.punct && punct(doc, c) !== 44) return null;
    if (!QUESTION_CUES.has(t.hash[c]!) || t.cap[c] === 1) continue;
    // "When asked if …", "was asked whether …": the writer's or a passive's question, no speaker's
    if (PASSIVE.has(t.hash[c - 1]!) || SUBORDINATORS.has(t.hash[c - 1]!)) return null;
    let q = c + 1;
    while (q < b && q <= c + REPORTED_LIMITS.listenerReach && !QUESTION_WORDS.has(t.hash[q]!)) {
      if (t.kind[q] !== TokenKind.word || t.hash[q] === THAT) break;
      q++;
    }
    if (q >= b || !QUESTION_WORDS.has(t.hash[q]!)) continue;
    // the words between are a listener or a particle: "asked Vole", "told fans", "asked the singer",
    // "opened up about"
    for (let k = c + 1; k < q; k++) {
      const h = t.hash[k]!;
      if (t.cap[k] === 1 || OBJECTS.has(h) || PARTICLES.has(h) || LISTENER_NOUNS.has(h)) continue;
      if (k > c + 1 && DETERMINERS.has(t.hash[k - 1]!)) continue;
      return null;
    }
    const next = t.hash[q + 1]!;
    if (!(SUBJECTS.has(next) || DETERMINERS.has(next) || t.cap[q + 1] === 1)) return null;
    // the subject right before the verb speaks ("In the clip, Vole revealed how …": "Vole")
    const sp = subjectSpeaker(doc, s, c);
    if (!sp) return null;
    const told = LISTENER_VERBS.has(t.hash[c]!) || ASKED.has(t.hash[c]!);
    const listener =
      told && q > c + 1 && !PARTICLES.has(t.hash[c + 1]!)
        ? { start: t.start[c + 1]!, end: t.end[q - 1]! }
        : null;
    return {
      content: { start: t.start[q]!, end: t.end[b]! },
      speaker: sp,
      cue: { start: t.start[c]!, end: t.end[c]! },
      ...(listener ? { listener } : {}),
    };
  }
  return null;
}

/**
 * "Vole took to Twitter to congratulate Rees on …", "took to Instagram on Sunday to thank her fans":
 * "took to" a platform of at most `REPORTED_LIMITS.listenerReach` words, then "to" and a verb of
 * `PLATFORM_ACTS`; the reported words open with that verb, and the words before "took" name the
 * speaker.
 */
export function platformAct(doc: Reading, a: number, b: number): Hit | null {
  const t = doc.tokens;
  for (let c = a + 1; c < b - 3; c++) {
    if (!TOOK.has(t.hash[c]!) || t.hash[c + 1] !== TO) continue;
    let v = c + 2;
    while (
      v < b &&
      v < c + 2 + REPORTED_LIMITS.listenerReach &&
      t.hash[v] !== TO &&
      t.kind[v] === TokenKind.word
    )
      v++;
    if (v === c + 2 || t.hash[v] !== TO || !PLATFORM_ACTS.has(t.hash[v + 1]!) || v + 2 > b) continue;
    const sp = subjectSpeaker(doc, a, c);
    if (!sp) return null;
    return {
      content: { start: t.start[v + 1]!, end: t.end[b]! },
      speaker: sp,
      cue: { start: t.start[c]!, end: t.end[v]! },
    };
  }
  return null;
}

/**
 * "Guards told the crowd to head for the doors", "she urged her fans to vote": a verb of
 * `DIRECTIVE_VERBS`, its listener (an object pronoun, a name or a determiner's phrase of at most
 * `REPORTED_LIMITS.listenerReach` words) and "to" with a verb. The reported words open with the
 * listener (QUOTES-GUIDE.md's "the crowd to head towards the doors"); the verb's subject speaks. Not
 * a passive ("was told to leave") nor "told him to his face" (no verb after "to").
 */
export function directive(doc: Reading, a: number, b: number): Hit | null {
  const t = doc.tokens;
  // `<=`: the infinitive may be the sentence's last token ("Mara told him to go" without a full stop)
  for (let c = a + 1; c <= b - 3; c++) {
    if (!DIRECTIVE_VERBS.has(t.hash[c]!) || t.cap[c] === 1 || PASSIVE.has(t.hash[c - 1]!)) continue;
    const o = c + 1;
    const first = t.hash[o]!;
    if (!(OBJECT_PRONOUNS.has(first) || DETERMINERS.has(first) || t.cap[o] === 1)) continue;
    let k = o + 1;
    while (
      k < b &&
      k <= o + REPORTED_LIMITS.listenerReach &&
      t.hash[k] !== TO &&
      t.kind[k] === TokenKind.word &&
      t.hash[k] !== THAT &&
      !FINITE.has(t.hash[k]!)
    )
      k++;
    if (t.hash[k] !== TO || k + 1 > b) continue;
    // "told the story to amuse him": a determiner's phrase is a listener only when a person noun heads it
    // ("told her to rest": "her" alone is the object pronoun)
    if (DETERMINERS.has(first) && k > o + 1 && !listenerHead(doc, k - 1)) continue;
    // the infinitive: a lower-case word that opens no noun phrase ("to the door", "to him")
    const v = t.hash[k + 1] === undefined ? -1 : k + 1;
    if (
      v < 0 ||
      t.kind[v] !== TokenKind.word ||
      t.cap[v] === 1 ||
      DETERMINERS.has(t.hash[v]!) ||
      OBJECTS.has(t.hash[v]!) ||
      gerundAt(doc, v)
    )
      continue;
    const sp = subjectSpeaker(doc, a, c);
    if (!sp) return null;
    return {
      content: { start: t.start[o]!, end: t.end[b]! },
      speaker: sp,
      cue: { start: t.start[c]!, end: t.end[c]! },
    };
  }
  return null;
}

/**
 * Whether token `i` heads a listener: a person noun of `PERSON_NOUNS`, `ANONYMOUS_HEADS` or
 * `LISTENER_NOUNS`, or the plural of one ("the nurses"), not a thing ("the story").
 */
function listenerHead(doc: Reading, i: number): boolean {
  const h = doc.tokens.hash[i]!;
  if (PERSON_NOUNS.has(h) || ANONYMOUS_HEADS.has(h) || LISTENER_NOUNS.has(h)) return true;
  const e = doc.tokens.end[i]!;
  if (doc.text.charCodeAt(e - 1) !== 115 || e - doc.tokens.start[i]! < 4) return false;
  return PERSON_NOUNS.has(hashRange(doc.text, doc.tokens.start[i]!, e - 1));
}

/**
 * Whether tokens from `from` are a list of names and then a finite verb ("Kay Dole, Tim Bane, and Jo
 * Fane will return"): capitalised words, commas and "and", at most `REPORTED_LIMITS.nameListWords`.
 */
function namesThenFinite(doc: Reading, from: number, b: number): boolean {
  const t = doc.tokens;
  if (t.cap[from] !== 1) return false;
  let k = from;
  while (
    k < b &&
    k < from + REPORTED_LIMITS.nameListWords &&
    (t.cap[k] === 1 || punct(doc, k) === 44 || t.hash[k] === AND)
  )
    k++;
  if (k <= from + 1) return false;
  // "Kay Dole and Jo Fane — each of whom … — will return": an aside set off by dashes, as long as twice
  // the list at most
  const dash = punct(doc, k);
  if (dash === 0x2014 || dash === 0x2013) {
    let e = k + 1;
    while (e < b && e < k + 2 * REPORTED_LIMITS.nameListWords && punct(doc, e) !== dash) e++;
    if (punct(doc, e) === dash) k = e + 1;
  }
  return FINITE.has(t.hash[k]!);
}

const AND = hashWord('and');

/**
 * Whether a finite verb follows token `from` within `REPORTED_LIMITS.finiteBeforeMark` tokens and
 * before any mark ("Edwards was …").
 */
function finiteBeforeMark(doc: Reading, from: number, b: number): boolean {
  const t = doc.tokens;
  for (
    let i = from + 1;
    i <= b && i < from + REPORTED_LIMITS.finiteBeforeMark && t.kind[i] === TokenKind.word;
    i++
  )
    if (FINITE.has(t.hash[i]!)) return true;
  return false;
}

/**
 * "As TMZ first reported on Monday, CONTENT", "As previously reported, CONTENT", "As reported by
 * People, CONTENT": a sentence opening with "As", a verb of `AS_REPORTED` within
 * `REPORTED_LIMITS.parentheticalReach` words and a comma. The verb's subject speaks; a passive's agent
 * after "by"; none ("As it's been reported") is QUOTES-GUIDE.md's unnamed media. Between the verb and
 * the comma only phrases of time or channel (`adverbialTail`): "As she said goodbye, …" reports nothing.
 */
export function asReported(doc: Reading, a: number, b: number): Hit | null {
  const t = doc.tokens;
  let s = a;
  if (OPENERS.has(t.hash[s]!)) s++;
  if (t.hash[s] !== AS) return null;
  let c = s + 1;
  while (c < b && c <= s + REPORTED_LIMITS.parentheticalReach && !AS_REPORTED.has(t.hash[c]!)) {
    if (t.kind[c] === TokenKind.punct && !markInName(doc, c) && !APOSTROPHES.has(punct(doc, c))) return null;
    c++;
  }
  if (!AS_REPORTED.has(t.hash[c]!)) return null;
  let comma = c + 1;
  while (comma < b && comma <= c + REPORTED_LIMITS.parentheticalReach && punct(doc, comma) !== 44) comma++;
  if (punct(doc, comma) !== 44 || comma + 2 > b) return null;
  const cue = { start: t.start[c]!, end: t.end[c]! };
  let sp: SpeakerPhrase | null = null;
  if (t.hash[c + 1] === BY && comma > c + 2) sp = speakerPhrase(doc, c + 2, comma - 1);
  else if (comma > c + 1 && !adverbialTail(doc, c + 1, comma - 1)) return null;
  if (!sp) {
    // the words between "As" and the verb: a subject, or only "it", auxiliaries and adverbs
    let e = c - 1;
    while (e > s && (BETWEEN.has(t.hash[e]!) || PASSIVE.has(t.hash[e]!) || lyAt(doc, e))) e--;
    const agentless = e === s || (e === s + 1 && t.hash[e] === IT) || (e === s + 1 && ITS.has(t.hash[e]!));
    if (agentless) {
      const at = { start: t.start[s + 1]!, end: t.end[c]! };
      sp = unnamedMedia(at);
    } else sp = speakerPhrase(doc, s + 1, e);
  }
  if (!sp) return null;
  return { content: { start: t.start[comma + 1]!, end: t.end[b]! }, speaker: sp, cue };
}

/** Apostrophes, which may split "it's" into tokens. */
const APOSTROPHES = new Set([0x2019, 39]);

/**
 * "After a long night at a packed club in West Hollywood on Friday, the star told reporters that …":
 * an opening phrase or clause of the writer's (opening with a word of `PHRASE_PREPOSITIONS` or
 * `SUBORDINATORS`) too long for the leading rule's reach; the leading rule reads the sentence from
 * each comma of the first `REPORTED_LIMITS.openingReach` tokens on.
 */
export function afterLongOpening(doc: Reading, a: number, b: number): Hit | null {
  const t = doc.tokens;
  let s = a;
  if (OPENERS.has(t.hash[s]!)) s++;
  if (!PHRASE_PREPOSITIONS.has(t.hash[s]!) && !SUBORDINATORS.has(t.hash[s]!)) return null;
  for (let k = s + REPORTED_LIMITS.leadingReach - 2; k < b - 3 && k < s + REPORTED_LIMITS.openingReach; k++) {
    if (punct(doc, k) !== 44) continue;
    const h = leading(doc, k + 1, b);
    if (h) return h;
  }
  return null;
}

/**
 * "…, but the actress has since revealed it’s not true.", "… — and those close to them say …": a
 * later clause joined by "and" or "but" after a comma or a dash, read by the leading rule from the
 * conjunction (which it skips as an opener); `reportedIn` tries it when no rule's clause was kept.
 */
export function coordinated(doc: Reading, a: number, b: number): Hit | null {
  const t = doc.tokens;
  for (let k = a + 1; k < b - 3; k++) {
    if (!COORDINATORS.has(t.hash[k + 1]!)) continue;
    const p = punct(doc, k);
    if (p !== 44 && p !== 0x2014 && p !== 0x2013) continue;
    const h = leading(doc, k + 1, b);
    if (h) return h;
  }
  return null;
}

/**
 * Whether the mark at token `k` opens or closes a short title ("‘Idol’ star"): a quotation mark with
 * its partner within `REPORTED_LIMITS.titleWords` tokens.
 */
function titleMark(doc: Reading, k: number): boolean {
  const p = punct(doc, k);
  const n = REPORTED_LIMITS.titleWords;
  if (OPENING.has(p)) {
    for (let j = k + 2; j <= k + n + 1 && j < doc.tokens.count; j++)
      if (CLOSING.has(punct(doc, j))) return true;
  }
  // a straight mark opens and closes: the closing one of "the \"Idol\" star" has its partner before it
  if (CLOSING.has(p)) {
    for (let j = k - 2; j >= k - n - 1 && j >= 0; j--) if (OPENING.has(punct(doc, j))) return true;
  }
  return false;
}

/**
 * "It was revealed by a source that …", "It has been reported by TMZ that …": a passive of a verb of
 * saying with its agent; the agent (at most `REPORTED_LIMITS.sourceAfter` words before "that") speaks,
 * not the unnamed media an agentless "it was reported" stands for.
 */
export function passiveBy(doc: Reading, a: number, b: number): Hit | null {
  const t = doc.tokens;
  let s = a;
  if (OPENERS.has(t.hash[s]!)) s++;
  if (t.hash[s] !== IT) return null;
  let c = s + 1;
  while (
    c < b &&
    c < s + REPORTED_LIMITS.passiveByReach &&
    (PASSIVE.has(t.hash[c]!) || BETWEEN.has(t.hash[c]!) || lyAt(doc, c))
  )
    c++;
  if (c === s + 1 || !PASSIVE.has(t.hash[c - 1]!) || !THAT_VERBS.has(t.hash[c]!) || t.hash[c + 1] !== BY)
    return null;
  let that = c + 2;
  while (that < b && that <= c + 2 + REPORTED_LIMITS.sourceAfter && t.hash[that] !== THAT) that++;
  if (t.hash[that] !== THAT || that === c + 2 || that + 1 > b) return null;
  const sp = speakerPhrase(doc, c + 2, that - 1);
  if (!sp) return null;
  return {
    content: { start: t.start[that + 1]!, end: t.end[b]! },
    speaker: sp,
    cue: { start: t.start[c]!, end: t.end[c]! },
  };
}

/**
 * The "that" after "to" at token `to` and a listener of at most `REPORTED_LIMITS.listenerReach` words
 * ("to OK!", "to the magazine", "to E! News"), or 0: the listener's words are capitalised, marks
 * inside a name, determiners or object pronouns, and one lower-case noun after a determiner.
 */
function toListenerThat(doc: Reading, to: number, b: number): number {
  const t = doc.tokens;
  for (let k = to + 1; k < b && k <= to + REPORTED_LIMITS.listenerReach; k++) {
    const h = t.hash[k]!;
    if (h === THAT) return k > to + 1 ? k : 0;
    const ok =
      t.cap[k] === 1 ||
      markInName(doc, k) ||
      punct(doc, k) === 33 ||
      DETERMINERS.has(h) ||
      OBJECTS.has(h) ||
      (DETERMINERS.has(t.hash[k - 1]!) && t.kind[k] === TokenKind.word);
    if (!ok) return 0;
  }
  return 0;
}

const PER = hashWord('per');

/** Whether reported words open with a gerund after a verb of `CONFESS_TO` and "to" ("admitted to lying"). */
function confessedGerund(doc: Reading, content: Span): boolean {
  const t = doc.tokens;
  const from = tokenAtOrAfter(t, content.start);
  return from > 1 && t.hash[from - 1] === TO && CONFESS_TO.has(t.hash[from - 2]!) && gerundAt(doc, from);
}

/**
 * The token before the verb at `c` past at most `REPORTED_LIMITS.adverbsBeforeAux` adverbs ("is
 * finally admitting", "was now saying").
 */
function auxBefore(doc: Reading, c: number): number {
  const t = doc.tokens;
  let p = c - 1;
  while (
    p >= c - REPORTED_LIMITS.adverbsBeforeAux &&
    p >= 0 &&
    t.kind[p] === TokenKind.word &&
    (STILL_WORDS.has(t.hash[p]!) || lyAt(doc, p))
  )
    p--;
  return p;
}

/**
 * Whether token `i` is a lower-case word in "-ly" of `SPEAKER_LIMITS.adverbLetters` letters or more
 * ("finally", "openly"; not "fly").
 */
const lyAt = (doc: Reading, i: number): boolean => {
  const t = doc.tokens;
  const e = t.end[i]!;
  return t.cap[i] !== 1 && e - t.start[i]! >= SPEAKER_LIMITS.adverbLetters && doc.text.endsWith('ly', e);
};

/** "learned", "learnt", "learns": an outlet's own cue ("EW has learned that …"). */
const LEARN_CUES = new WordSet(LEARN_CUE_WORDS.map(hashWord));

const HAS = hashWord('has');
const HAD = hashWord('had');
const IT = hashWord('it');

const TOOK = new WordSet(['took', 'takes', 'take', 'taking'].map(hashWord));

/** `PHRASE_CUES` hashed, for matching at a token. */
const PHRASES: readonly (readonly number[])[] = PHRASE_CUES.map((p) => p.map(hashWord));

/** The first words of `PHRASES`: one lookup turns away a token no phrase can start at. */
const PHRASE_FIRSTS = new WordSet(PHRASES.map((p) => p[0]!));

/** The phrase of `PHRASES` that starts at token `c`, if any (plain loops: this runs at every token). */
function phraseAt(hash: ArrayLike<number>, c: number): readonly number[] | null {
  if (!PHRASE_FIRSTS.has(hash[c]!)) return null;
  next: for (const w of PHRASES) {
    for (let i = 0; i < w.length; i++) if (hash[c + i] !== w[i]) continue next;
    return w;
  }
  return null;
}

/**
 * "Markle and Harry made it clear they hope …", "Khaled let slip that he …": a phrase of
 * `PHRASE_CUES` near the sentence's start, then "that" or a clause that opens with a subject; the
 * subject right before the phrase speaks.
 */
export function phraseCue(doc: Reading, a: number, b: number): Hit | null {
  const t = doc.tokens;
  for (let c = a + 1; c < b - 1 && c < a + REPORTED_LIMITS.leadingReach; c++) {
    if (t.kind[c] === TokenKind.punct && punct(doc, c) !== 44) return null;
    const p = phraseAt(t.hash, c);
    if (!p) continue;
    const last = c + p.length - 1;
    let from = last + 1;
    if (t.hash[from] === THAT) from++;
    else if (!(SUBJECTS.has(t.hash[from]!) && !DETERMINERS.has(t.hash[from]!)) && !finiteSoon(doc, from, b))
      return null;
    if (from >= b) return null;
    // "Rumour has it that …": hearsay, no one's statement
    if (HEARSAY_NOUNS.has(t.hash[c - 1]!)) return null;
    const sp = subjectSpeaker(doc, a, c);
    if (!sp) return null;
    return {
      content: { start: t.start[from]!, end: t.end[b]! },
      speaker: sp,
      cue: { start: t.start[c]!, end: t.end[last]! },
    };
  }
  return null;
}

/** "ask", "asks", "asked": their object is the one asked, a listener. */
const ASKED = new WordSet(['ask', 'asks', 'asked'].map(hashWord));

/** Plural nouns that name a listener without a determiner: "told fans how …", "asked viewers if …". */
const LISTENER_NOUNS = new WordSet(
  ['fans', 'followers', 'viewers', 'readers', 'friends', 'people'].map(hashWord),
);

/**
 * The token of the "that" right after a verb of saying at `c` that is not one of `THAT_VERBS`
 * ("emphasized that", "continued that"), or after its particle ("chimed in that"); 0 when none.
 */
function thatAfterCue(doc: Reading, c: number, s: number): number {
  const t = doc.tokens;
  const h = t.hash[c]!;
  if (!(REPORTING_VERBS.has(h) || STATEMENT_CUES.has(h)) || BELIEF_VERBS.has(h) || t.cap[c] === 1) return 0;
  // a participle after a comma ("…, insisting that") is the participle rule's, with the clause's subject
  // (a relative clause may stand before it: "Couric, whose husband …, emphasized that")
  // ("sources are buzzing that": a progressive after a form of "be" is a finite verb)
  // ("the singer is finally admitting that": adverbs may stand between)
  const aux = auxBefore(doc, c);
  if (endsWithIng(doc.text, t.end[c]!) && !(aux >= 0 && PASSIVE.has(t.hash[aux]!))) return 0;
  if (punct(doc, c - 1) >= 0 && !relativeSubject(doc, s, c - 1)) return 0;
  // "met on Monday to confirm that": an infinitive has the clause's subject (the cue model's reading)
  if (DETERMINERS.has(t.hash[c - 1]!) || t.hash[c - 1] === TO) return 0;
  const that =
    t.hash[c + 1] === THAT ? c + 1 : THAT_PARTICLES.has(t.hash[c + 1]!) && t.hash[c + 2] === THAT ? c + 2 : 0;
  // "a television show that premiered …": a verb right after "that" makes it a noun's relative clause
  if (that === 0 || FINITE.has(t.hash[that + 1]!) || pastAt(doc, that + 1)) return 0;
  return that;
}

/** True for a lower-case word in "-ed" at token `i` ("premiered"). */
function pastAt(doc: Reading, i: number): boolean {
  const t = doc.tokens;
  if (i >= t.count || t.kind[i] !== TokenKind.word || t.cap[i] === 1) return false;
  const e = t.end[i]!;
  return e - t.start[i]! >= 4 && doc.text.charCodeAt(e - 1) === 100 && doc.text.charCodeAt(e - 2) === 101;
}

/** Particles of a phrasal verb of saying before its "that": "chimed in that", "pointed out that". */
const THAT_PARTICLES = new WordSet(['in', 'out', 'up', 'back'].map(hashWord));

/**
 * The token of a "that" or a colon reached from `from` over words alone, before `limit`: the rest of a
 * listener after a verb that takes one ("told [the magazine] that", "told [his players]:"); 0 when a mark, a number or the limit
 * comes first, or when there is no word to skip.
 */
function plainWordsThenThat(doc: Reading, from: number, limit: number): number {
  const t = doc.tokens;
  for (let k = from; k < limit; k++) {
    // "told his players: the season …": a colon ends the listener as "that" does
    if (t.hash[k] === THAT || punct(doc, k) === 58) return k > from ? k : 0;
    if (t.kind[k] !== TokenKind.word) return 0;
  }
  return 0;
}

/**
 * The subject before a relative clause set off by commas that ends at token `comma`: "Couric, whose
 * husband died of cancer, emphasized …" gives "Couric"; null when no "who", "whose" or "which" opens
 * such a clause after a comma from token `s` on.
 */
function relativeSubject(doc: Reading, s: number, comma: number): SpeakerPhrase | null {
  const t = doc.tokens;
  if (punct(doc, comma) !== 44) return null;
  for (let k = comma - 2; k > s; k--) {
    if (punct(doc, k) !== 44) continue;
    if (!RELATIVES.has(t.hash[k + 1]!)) return null;
    return speakerPhrase(doc, s, k - 1);
  }
  return null;
}

/** The person named between commas right before token `comma + 1`: ", David Schulz, said". */
function appositiveName(doc: Reading, comma: number): SpeakerPhrase | null {
  const t = doc.tokens;
  if (punct(doc, comma) !== 44) return null;
  const m = doc.mentions.find((x) => x.end === t.end[comma - 1] && (x.form === 'name' || x.form === 'title'));
  if (!m) return null;
  const first = tokenAtOrAfter(t, m.start);
  if (punct(doc, first - 1) !== 44) return null;
  const sp = speakerPhrase(doc, first, comma - 1);
  return sp?.kind === 'named-person' ? sp : null;
}

/**
 * "But to prevent problems, he said, local officials should be vigilant.": a speaker and cue set off
 * by commas inside the sentence; the reported words are the longer side.
 */
export function parenthetical(doc: Reading, a: number, b: number): Hit | null {
  const t = doc.tokens;
  for (let k = a + 2; k < b - 3; k++) {
    if (punct(doc, k) !== 44) continue;
    const inverted = invertedAside(doc, a, b, k);
    if (inverted) return inverted;
    for (let c = k + 2; c <= k + REPORTED_LIMITS.parentheticalReach && c < b - 1; c++) {
      if (punct(doc, c) >= 0) break;
      if (!THAT_VERBS.has(t.hash[c]!) || punct(doc, c + 1) !== 44) continue;
      const sp = speakerPhrase(doc, k + 1, c - 1);
      if (!sp || sp.kind === 'unknown') break;
      const before = { start: t.start[a]!, end: t.start[k]! };
      const after = { start: t.start[c + 2]!, end: t.end[b]! };
      // "…, the source said, adding that …": a clause of the writer's after the cue leaves the words before
      const content =
        after.end - after.start >= before.end - before.start && !CLAUSE_BREAKS.has(t.hash[c + 2]!)
          ? after
          : before;
      return { content, speaker: sp, cue: { start: t.start[c]!, end: t.end[c]! } };
    }
  }
  return null;
}

/**
 * "A schedule has been put in place, claims People, to allow …": a verb of saying right after the
 * comma at `k`, then its speaker and a second comma within `REPORTED_LIMITS.parentheticalReach`
 * tokens; the reported words are the longer side of the aside. Null when the words after the aside
 * open a relative clause or a clause of the writer's ("…, said Vole, who …").
 */
function invertedAside(doc: Reading, a: number, b: number, k: number): Hit | null {
  const t = doc.tokens;
  const c = k + 1;
  if (!THAT_VERBS.has(t.hash[c]!) || t.cap[c] === 1) return null;
  for (let e = c + 2; e <= k + REPORTED_LIMITS.parentheticalReach && e < b - 1; e++) {
    const p = punct(doc, e);
    if (p < 0) continue;
    if (p !== 44) return null;
    const after = t.hash[e + 1]!;
    // "…, said Mara Quint, 38, of Leeds.": an age after the comma is the speaker's appositive
    if (RELATIVES.has(after) || CLAUSE_BREAKS.has(after) || SUBJECTS.has(after)) return null;
    if (t.kind[e + 1] === TokenKind.number) return null;
    const sp = speakerPhrase(doc, c + 1, e - 1);
    if (!sp || sp.kind === 'unknown') return null;
    // the longer side, as for "…, she said, …"; an interrupted clause is split by `reportedIn`
    const before = { start: t.start[a]!, end: t.start[k]! };
    const rest = { start: t.start[e + 1]!, end: t.end[b]! };
    return {
      content: rest.end - rest.start > before.end - before.start ? rest : before,
      speaker: sp,
      cue: { start: t.start[c]!, end: t.end[c]! },
    };
  }
  return null;
}

/** The nouns "report" and "reports": "reports that …" is the unnamed media's claim. */
const REPORT_NOUNS = new WordSet(['report', 'reports'].map(hashWord));

/** "amid the news that …": the news reports as "reports" does, only with its "that". */
const NEWS = hashWord('news');
const OF = hashWord('of');

/**
 * "there have been reports that CONTENT", "responded to the reports that CONTENT": the noun "reports"
 * (or "report") followed by "that" and a clause is a claim of the unnamed media, whose speaker is the
 * noun itself; null when "reports" reads as a verb ("TMZ reports that …") or no clause follows.
 */
export function reportsThat(doc: Reading, a: number, b: number): Hit | null {
  const t = doc.tokens;
  for (let k = a; k < b - 2; k++) {
    const news = t.hash[k] === NEWS;
    if (!REPORT_NOUNS.has(t.hash[k]!) && !news) continue;
    // "laughed off reports he had strayed": without "that", a subject pronoun and a verb soon
    const bare =
      !news && t.hash[k + 1] !== THAT && PRONOUN_SOURCES.has(t.hash[k + 1]!) && finiteSoon(doc, k + 1, b);
    // "denied reports of a feud with her sister": what the reports say, as a noun phrase
    const of = !news && t.hash[k + 1] === OF && OF_OPENERS.has(t.hash[k + 2]!);
    if (t.hash[k + 1] !== THAT && !bare && !of) continue;
    if (k > a ? !BEFORE_REPORT_NOUN.has(t.hash[k - 1]!) : t.cap[k] !== 1) continue;
    const from = bare ? k + 1 : k + 2;
    if (!of && !SUBJECTS.has(t.hash[from]!) && t.cap[from] !== 1 && !clauseSoon(doc, from, b)) continue;
    const at = { start: t.start[k]!, end: t.end[k]! };
    return {
      content: { start: t.start[from]!, end: t.end[mainClauseBefore(doc, from, clauseEnd(doc, from, b))]! },
      speaker: unnamedMedia(at),
      cue: at,
    };
  }
  return null;
}

/** Forms of "be" before a progressive participle of saying ("sources are buzzing that …"). */

/** "… with sources confirming the pair have been in touch." */
export function participle(doc: Reading, a: number, b: number): Hit | null {
  const t = doc.tokens;
  for (let c = a + 1; c < b; c++) {
    if (!REPORTING_PARTICIPLES.has(t.hash[c]!)) continue;
    // "Vole responded to the rumors, denying that …": after a comma the clause's subject speaks
    if (c > a + 1 && punct(doc, c - 1) === 44) {
      const h = commaParticiple(doc, a, b, c);
      if (h) return h;
      continue;
    }
    // "responded to comments suggesting that …", "amid reports claiming …": the unnamed media's words
    if (MEDIA_NOUNS.has(t.hash[c - 1]!) && t.cap[c - 1] !== 1) {
      let from = c + 1;
      if (t.hash[from] === THAT) from++;
      if (from >= b || !(SUBJECTS.has(t.hash[from]!) || t.cap[from] === 1 || clauseSoon(doc, from, b)))
        continue;
      const at = { start: t.start[c - 1]!, end: t.end[c - 1]! };
      return {
        content: { start: t.start[from]!, end: t.end[mainClauseBefore(doc, from, b)]! },
        speaker: unnamedMedia(at),
        cue: { start: t.start[c]!, end: t.end[c]! },
      };
    }
    let s = c - 1;
    while (
      s > a &&
      t.kind[s - 1] !== TokenKind.punct &&
      t.hash[s - 1] !== WITH &&
      s > c - REPORTED_LIMITS.participleReach
    )
      s--;
    // "…, but sources are buzzing that …": a progressive's "are" and the conjunction before its
    // subject are no part of the speaker
    let e = c - 1;
    if (e > s && PROGRESSIVE_BE.has(t.hash[e]!)) e--;
    while (s < e && OPENERS.has(t.hash[s]!)) s++;
    const sp = speakerPhrase(doc, s, e);
    if (!sp || sp.kind === 'named-person' || sp.kind === 'unknown') continue;
    let from = c + 1;
    if (t.hash[from] === THAT) from++;
    if (from >= b) return null;
    return {
      content: { start: t.start[from]!, end: t.end[b]! },
      speaker: sp,
      cue: { start: t.start[c]!, end: t.end[c]! },
    };
  }
  return null;
}

/**
 * The reported words of a participle of saying at `c` right after a comma ("Vole responded to the
 * rumors, denying that she …", "…, revealing she uses …"): a "that" or a subject must open them, and
 * the clause's subject, the first person or organization the sentence names before the comma, speaks.
 */
function commaParticiple(doc: Reading, a: number, b: number, c: number): Hit | null {
  const t = doc.tokens;
  let from = c + 1;
  if (t.hash[from] === THAT) from++;
  else if (!SUBJECTS.has(t.hash[from]!) || DETERMINERS.has(t.hash[from]!)) return null;
  if (from >= b) return null;
  const sp = clauseSubject(doc, c, a);
  if (!sp || sp.kind === 'unknown') return null;
  return {
    content: { start: t.start[from]!, end: t.end[b]! },
    speaker: sp,
    cue: { start: t.start[c]!, end: t.end[c]! },
  };
}

/** Drops the sentence's closing punctuation from reported words. */
export function trimSpan(doc: Reading, s: Span): Span {
  let end = s.end;
  // the closing full stop is the sentence's, not the reported words'
  while (end > s.start && /[.,;:!?\s]/.test(doc.text[end - 1] ?? '')) end--;
  // "(… its purchase of Zingo.)": a closing bracket whose opening one is outside the words is the sentence's
  if (doc.text[end - 1] === ')' && doc.text.lastIndexOf('(', end - 1) < s.start) {
    end--;
    while (end > s.start && /[.,;:!?\s]/.test(doc.text[end - 1] ?? '')) end--;
  }
  return { start: s.start, end };
}

// ---------------------------------------------------------------------------------------------
// The entry point: one reported-speech candidate per sentence, from the rules or the learned model.

/** Whether reported words are speech (a quotation) or a belief or intention ("she thinks", "he plans"). */
export type ReportedKind = 'speech' | 'belief';

/** A reported-speech candidate, for the attribution stage to turn into a quotation. */
export interface ReportedClause {
  /** The reported words (the sentence's closing punctuation trimmed). */
  readonly content: Span;
  readonly cue: Span;
  /** The words naming the source, when the text has them ("the senator", "officials", "they"). */
  readonly source: Span | null;
  /** The source classified, when `speakerPhrase` can read it. */
  readonly speaker: SpeakerPhrase | null;
  readonly listener: Span | null;
  readonly kind: ReportedKind;
  /** Which finder matched: one of the rules, or the fitted model. */
  readonly by: 'trailing' | 'leading' | 'parenthetical' | 'participle' | 'model';
  /** The model's probability that the cue is a cue (1 for rules). */
  readonly p: number;
  /** The candidate kind: its index in `CANDIDATE_KINDS` (news-candidates.ts), 0 the finder's own. */
  readonly candidate: number;
}

/** Options of the reported-speech finder (the news preset's extra candidates: news-candidates.ts). */
export interface ReportedOptions extends NewsCandidateOptions {
  /** Least probability the cue model must give a word for it to cue reported words. */
  readonly minCueProbability: number;
  /** Keep beliefs and intentions ("she thinks …") as candidates of kind "belief". */
  readonly beliefs: boolean;
  /** Least words of reported content. */
  readonly minWords: number;
  /**
   * Keep only the model's cues that are verbs of saying (`STATEMENT_CUES`) or beliefs: PolNeAR's
   * wider attributions ("praised the plan", "shared a photo") are not quotations in celebrity news.
   */
  readonly statementsOnly: boolean;
  /** Most words of a quoted fragment that reported words may hold, making a mixed quotation. */
  readonly maxFragmentWords: number;
  /**
   * With `statementsOnly`, least probability for a model cue that is no verb of saying ("praised the
   * plan", "warned of cuts"): such cues report speech less often, so they need a surer model; 1 keeps
   * them all out.
   */
  readonly minOtherCueProbability: number;
  /**
   * Least probability the clause model (clause.ts) must give a reported clause, rules' and model's
   * alike; absent or 0 keeps every clause the finders build (the defaults: on the tabloid dev gold
   * the clause model traded precision for recall point for point, so `analyze` does not use it).
   */
  readonly minClauseProbability?: number;
  /**
   * Least cue-model probability for a cue below the floors above (`minCueProbability`,
   * `minOtherCueProbability`) that may still report words when the clause model is sure of its
   * clause (`wideClauseProbability`); absent: no such cues.
   */
  readonly wideCueProbability?: number;
  /** Least clause-model probability for the clause of a cue let in by `wideCueProbability`. */
  readonly wideClauseProbability?: number;
  /**
   * Leave out reported words that are the writer's adverbial, not what was said: before the cue, a
   * phrase opening with a preposition or time word that holds no verb ("In a 1963 speech, he declared
   * …", "Later in the show, she concluded …"); after it, a passive's agent ("was asked by the host").
   * Absent or false: kept (the defaults, whose output does not move).
   */
  readonly leaveOutAdverbials?: boolean;
  /**
   * Tokens after a model cue "according to" where the comma closing its source may be; absent: 14.
   * Political news's sources run long ("According to early results of exit polls conducted for …,").
   */
  readonly accordingReach?: number;
}

/** Defaults, chosen on PolNeAR dev (`npm run eval:quotes`). */
export const REPORTED_DEFAULTS: ReportedOptions = {
  minCueProbability: 0.5,
  beliefs: false,
  minWords: 3,
  statementsOnly: true,
  // 12 before the fourteenth round: a longer quoted clause after "that" ("alleged that X had appeared
  // “… sixteen words …”") is still the mixed quotation of the reported words on the tabloid train
  // gold (R .905 -> .909, P .937 -> .941; 30 found the same)
  maxFragmentWords: 20,
  // 0.6/0.7 find more of PolNeAR's reported speech but cost the tabloid train set 3 and 1 points of
  // precision; 0.8 holds it (.912 against .914 without such cues) and still adds PolNeAR recall
  minOtherCueProbability: 0.8,
  // no wide cues (`wideCueProbability`): on the dev splits they found more but cost the tabloid gold
  // precision (0.2 with 0.9: PolNeAR without a mark R 38.2 -> 40.6 at P 89.9 -> 89.8, all F1 69.4 ->
  // 70.7; tabloid dev R .852 -> .860 but P .910 -> .898; 0.7 and 0.8 cost more)
};

/**
 * The finder in PolNeAR's sense of attribution (the news preset): verbs of saying or not, beliefs and
 * intentions too. A cue the cue model gives at least 0.3 reports a clause the clause model gives at
 * least 0.51; a cue it gives 0.15 to 0.3 only a propositional clause the clause model gives at least
 * 0.65. Words that run into a clause already kept are cut before it (`fitBeside`, news-candidates.ts);
 * reported words of 2 words count (`minWords`; 3 in the standard preset).
 * The clause model is fitted to say whether the clause is an attribution, half right when it names
 * another source (`npm run fit:attribution -- --clause-label both`), on the clauses this finder scores.
 * Chosen on PolNeAR dev (`npm run eval:quotes`, the news rows; `--news JSON` sweeps them), fifteenth
 * round (minWords 2, the clause model refitted on the clauses it lets in): all F1@.3 79.9, with a mark
 * 95.4, speaker 85.5, without a mark R 60.4 at P 85.1 (clause 0.5: R 60.8 at P 84.9; 0.52: R 59.8 at
 * P 85.2; 0.54: R 59.0 at P 85.6). Fourteenth round: all F1@.3 79.2, with a mark 95.1, speaker 85.2, without a mark R 59.0 at P 85.4 (clause 0.5:
 * R 59.3 at P 84.9; 0.54 with wide 0.2/0.6: R 57.8 at P 86.4; wide 0.2/0.7: R 58.6 at P 85.8). The
 * thirteenth round's model and values (clause 0.56, wide 0.2/0.7) gave R 58.3 at P 85.7. Adverbials are
 * left out (`leaveOutAdverbials`: without a mark P 84.8 -> 85.1, R 57.2 -> 57.0).
 */
export const POLNEAR_OPTIONS: ReportedOptions = {
  ...REPORTED_DEFAULTS,
  statementsOnly: false,
  beliefs: true,
  minCueProbability: 0.3,
  minOtherCueProbability: 0.3,
  minClauseProbability: 0.51,
  wideCueProbability: 0.15,
  wideClauseProbability: 0.65,
  leaveOutAdverbials: true,
  fitBeside: true,
  // PolNeAR marks short objects ("endorsed Trump", "criticized the plan"): on its first 300 train
  // texts 2 words against 3 took the news rows without a mark from R 60.1 P 86.0 to R 61.1 P 85.7, a
  // better trade than the clause threshold's; the clause model refitted on the clauses it lets in
  minWords: 2,
  // political sources run long; 20 and 30 found the same on PolNeAR dev (one more gold with a mark),
  // and on the first 150 train texts 5 more without a mark
  accordingReach: 30,
};

const v1 = new Uint32Array(TEMPLATES.length);
const v2 = new Uint32Array(TEMPLATES.length);
const feats = new Uint32Array(TEMPLATES.length);

/**
 * Finds the reported speech of the sentence whose tokens are `[a, b]`: the rules first ("…, says our
 * source.", "An insider said (that) …", "According to X, …", "…, she said, …", "with sources
 * confirming …"), then the fitted cue model, whose cues may add more clauses ("A said …, while B
 * argued …"). `blocked` are spans no candidate may overlap (the sentence's direct quotations).
 * Candidates come in reading order; a clause reported inside another's content is left to it.
 * `scope` is the finder's reusable view of `doc` (`sentenceView`), made once for a run over many sentences.
 */
export function reportedIn(
  doc: Reading,
  a: number,
  b: number,
  opts: ReportedOptions = REPORTED_DEFAULTS,
  blocked: readonly Span[] = [],
  scope: SentenceView = sentenceView(doc),
): ReportedClause[] {
  const model = cueModel();
  const t = doc.tokens;
  // a short quoted fragment inside running words ("he said it was “a hell of a lot worse”") may sit in
  // reported words, which make a mixed quotation; the other quotations block them
  let hard = blocked;
  let frags = NO_SPANS;
  if (fragmentsIn(doc, a, blocked, opts)) {
    hard = blocked.filter((q) => !isFragment(doc, a, q, opts));
    frags = blocked.filter((q) => isFragment(doc, a, q, opts));
  }
  // most sentences hold no cue at all: one cheap pass over their words skips them
  const gate = gatesOf(model.candidates, opts);
  // each word's classes, looked up once for the gate, the rules' gate and the model's loop below
  const cls = classesOf(gate.classes, t.hash, a, Math.min(b + 1, t.count - 1));
  let cued = false;
  let near = 0;
  for (let i = a; i <= b && !cued; i++) {
    const h = t.hash[i]!;
    // "X has it that …" (`PHRASE_CUES`): "has" and "had" are too common for the gate's set
    if (
      (cls[i - a]! & ANY) === 0 &&
      !((h === HAS || h === HAD) && t.hash[i + 1] === IT && t.hash[i + 2] === THAT)
    )
      continue;
    near = nearFrom(hard, near, t.start[i]!);
    cued = !besideQuote(doc, i, hard, near);
  }
  if (!cued) return [];
  const view = windowed(scope, doc, a, b);
  const out: ReportedClause[] = [];
  const quoted = sentenceQuoted(doc, a, b);
  // half the sentences the gate lets in hold only words the cue model may take: no rule can match
  // them, and one pass over their words skips the eleven rules' own scans
  const rules = rulesMayMatch(cls, a, Math.min(b + 1, t.count - 1));
  const joined = rules !== 0 ? rulesIn(view, a, b, quoted, opts, hard, frags, out, rules) : null;
  const beside = joined !== null && out[0]?.cue === joined.cue;
  // an interrupted clause ("The old pier, she said, will close.") is two parts with one cue, as an
  // interrupted quotation is two quotations
  const first = out[0];
  // — when the second part has no subject of its own ("…, she said, will close"); otherwise the first
  // part is the writer's ("But to keep the peace, she said, the sisters must meet")
  if (
    first?.by === 'parenthetical' &&
    first.source &&
    first.content.start > first.cue.start &&
    FINITE.has(t.hash[tokenAtOrAfter(t, first.content.start)]!)
  ) {
    // the comma opens the aside: before its speaker, or before its verb when inverted (", says X,")
    const comma = tokenAtOrAfter(t, Math.min(first.source.start, first.cue.start)) - 1;
    if (comma > a && punct(view, comma) === 44) {
      const head = { start: t.start[a]!, end: t.end[comma - 1]! };
      if (!blocked.some((q) => overlaps(q, head))) out.unshift({ ...first, content: head });
    }
  }
  const floor = logOdds(opts.minCueProbability);
  const otherFloor = opts.statementsOnly ? logOdds(opts.minOtherCueProbability) : floor;
  const wideFloor =
    opts.wideCueProbability !== undefined && opts.wideClauseProbability !== undefined
      ? logOdds(opts.wideCueProbability)
      : Number.POSITIVE_INFINITY;
  // the few words that pass the threshold, best first (one small array per sentence); `wide` for
  // those below it that the clause model must vouch for
  const cands: { i: number; z: number; wide: boolean }[] = [];
  near = 0;
  for (let i = a; i <= b; i++) {
    if ((cls[i - a]! & MODEL) === 0) continue;
    near = nearFrom(hard, near, t.start[i]!);
    if (besideQuote(doc, i, hard, near)) continue;
    // "Harry is said to …", "she was told": passive hearsay names no speaker (the hedges stage's)
    // "has yet to be revealed, EW has learned …": nor an infinitive's passive
    if (
      i > a &&
      PASSIVE.has(t.hash[i - 1]!) &&
      (t.hash[i + 1] === TO || (i - 2 >= a && t.hash[i - 2] === TO))
    )
      continue;
    cueValues(view, i, a, b, quoted, v1, v2);
    hashFeatures(v1, v2, feats);
    const z = logit(model.cue, feats);
    const sure = z >= ((cls[i - a]! & SAYS) !== 0 ? floor : otherFloor);
    if (sure || z >= wideFloor) cands.push({ i, z, wide: !sure });
  }
  cands.sort((x, y) => y.z - x.z);
  for (const c of cands.slice(0, REPORTED_LIMITS.perSentence)) {
    const at = { start: t.start[c.i]!, end: t.end[c.i]! };
    if (
      out.some((o) => overlaps(o.content, at) || overlaps(o.cue, at) || (o.source && overlaps(o.source, at)))
    )
      continue;
    const h = modelHit(view, a, b, c.i, c.z, quoted, opts);
    // a cue let in by the clause model alone must report a proposition, not an object ("shows her
    // lean physique", "respond to a request")
    if (c.wide && h && !propositional(view, h, b)) continue;
    const least = c.wide ? (opts.wideClauseProbability ?? 0) : (opts.minClauseProbability ?? 0);
    accept(view, a, b, quoted, opts, hard, frags, out, h, least, beside);
  }
  return out.sort((x, y) => x.content.start - y.content.start);
}

/**
 * The rules' clauses of the sentence `[a, b]`, added to `out` in the order `reportedIn` reads them;
 * returns the later clause joined by "and" or "but" (`coordinated`) when one was tried, or null.
 */
function rulesIn(
  view: Reading,
  a: number,
  b: number,
  quoted: boolean,
  opts: ReportedOptions,
  hard: readonly Span[],
  frags: readonly Span[],
  out: ReportedClause[],
  rules: number,
): ReportedClause | null {
  const may = (bit: number): boolean => (rules & bit) !== 0;
  // "there were reports that …", "denied reports that …": the unnamed media's claim, before a verb's
  // reading takes "reports that …" for its object
  if (may(R_REPORTS))
    accept(view, a, b, quoted, opts, hard, frags, out, tagged(reportsThat(view, a, b), 'leading'));
  accept(
    view,
    a,
    b,
    quoted,
    opts,
    hard,
    frags,
    out,
    clauseOf(
      view,
      b,
      (may(R_TRAILING) ? tagged(trailing(view, a, b), 'trailing') : null) ??
        // before the leading rule: "Friends recalled how Vole told them …" is the friends' account
        (may(R_QUESTION) ? tagged(embeddedQuestion(view, a, b), 'leading') : null) ??
        (may(R_PLATFORM) ? tagged(platformAct(view, a, b), 'leading') : null) ??
        (may(R_PHRASE) ? tagged(phraseCue(view, a, b), 'leading') : null) ??
        (may(R_AS) ? tagged(asReported(view, a, b), 'leading') : null) ??
        (may(R_THAT_VERB) ? tagged(passiveBy(view, a, b), 'leading') : null) ??
        (may(R_LEADING) ? tagged(leading(view, a, b), 'leading') : null) ??
        (may(R_LEADING) ? tagged(afterLongOpening(view, a, b), 'leading') : null) ??
        (may(R_THAT_VERB) ? tagged(parenthetical(view, a, b), 'parenthetical') : null) ??
        (may(R_PARTICIPLE) ? tagged(participle(view, a, b), 'participle') : null) ??
        (may(R_DIRECTIVE) ? tagged(directive(view, a, b), 'leading') : null),
    ),
  );
  // a later clause joined by "and" or "but" when no rule's clause opens the sentence; the model's
  // clauses that run into it are cut before it, not dropped ("it was reported that …, and Vole noted …")
  const joined =
    out.length === 0 && may(R_LEADING) ? clauseOf(view, b, tagged(coordinated(view, a, b), 'leading')) : null;
  if (joined) accept(view, a, b, quoted, opts, hard, frags, out, joined);
  return joined;
}

/** Class bits of a word: the gate's (`Gates.any`), the model's (`Gates.model`), and the rules' (`RULE_BITS`). */
const ANY = 1;
const MODEL = 2;
/** A verb of saying or a belief: the model's cue needs only `minCueProbability` (`STATEMENT_CUES`, `BELIEF_VERBS`). */
const SAYS = 8;
/** A word one rule, or group of rules, needs for its cue: the rule runs only on a sentence with one. */
const R_REPORTS = 1 << 4;
const R_TRAILING = 1 << 5;
const R_QUESTION = 1 << 6;
const R_PLATFORM = 1 << 7;
const R_PHRASE = 1 << 8;
const R_AS = 1 << 9;
/** The passive "It was revealed by", the parenthetical ", she said," and the trailing "…, said the insider.": `THAT_VERBS`. */
const R_THAT_VERB = 1 << 10;
/** The leading rule, and through it the long-opening and coordinated rules. */
const R_LEADING = 1 << 11;
const R_PARTICIPLE = 1 << 12;
const R_DIRECTIVE = 1 << 13;
const RULES = (1 << 14) - (1 << 4);

/**
 * The words each rule of `rulesIn` must find for its cue, and the rule's bit: the reporting nouns
 * ("reports", "news"); the trailing rule's verbs of saying and quoting, "according", "quoted"; the
 * question, platform ("took"), phrase ("made it clear") and "as reported" cues; `THAT_VERBS` (passive,
 * parenthetical); the leading rule's cues, "according", "per"; participle and directive cues. A rule
 * finds nothing in a sentence without one of its words, so it is not run there.
 */
const RULE_BITS: readonly (readonly [Iterable<number>, number])[] = [
  [[...REPORT_NOUNS, NEWS], R_REPORTS],
  [[ACCORDING, hashWord('quoted'), ...REPORTING_VERBS, ...QUOTING_VERBS, ...THAT_VERBS], R_TRAILING],
  [QUESTION_CUES, R_QUESTION],
  [TOOK, R_PLATFORM],
  [PHRASE_FIRSTS, R_PHRASE],
  [AS_REPORTED, R_AS],
  [THAT_VERBS, R_THAT_VERB],
  [[...LEAD_CUES, ACCORDING, PER], R_LEADING],
  [REPORTING_PARTICIPLES, R_PARTICIPLE],
  [DIRECTIVE_VERBS, R_DIRECTIVE],
];

/**
 * The rule bits (`RULE_BITS`) of the words of tokens `[a, last]` (the sentence and the token after it,
 * where the trailing rule reads "according" after a comma closing the sentence), by the classes `cls`
 * of `classesOf` from token `a`: 0 when no rule can match.
 */
function rulesMayMatch(cls: Uint16Array, a: number, last: number): number {
  let bits = 0;
  for (let i = a; i <= last; i++) bits |= cls[i - a]!;
  return bits & RULES;
}

/**
 * Word hash to class bits in one open-addressing table: one probe per word gives all four, where
 * four sets took four (the gate reads every word of every sentence). Slots with no bits are empty, so
 * the byte array marks them, and most words, in no class, are turned away by those 4 KB alone.
 */
class ClassTable {
  private readonly keys: Uint32Array;
  private readonly bits: Uint16Array;
  private readonly mask: number;

  constructor(entries: ReadonlyMap<number, number>) {
    let cap = 16;
    // at most a quarter full: a word in no class meets an empty slot at once
    while (cap < entries.size * 4) cap <<= 1;
    this.mask = cap - 1;
    this.keys = new Uint32Array(cap);
    this.bits = new Uint16Array(cap);
    for (const [h, v] of entries) {
      if (v === 0) continue;
      const k = h >>> 0;
      let s = Math.imul(k, 0x9e3779b1) & this.mask;
      while (this.bits[s] !== 0) s = (s + 1) & this.mask;
      this.keys[s] = k;
      this.bits[s] = v;
    }
  }

  /** The class bits of a word hash, 0 for none. */
  get(h: number): number {
    const bits = this.bits;
    const keys = this.keys;
    const mask = this.mask;
    const k = h >>> 0;
    let s = Math.imul(k, 0x9e3779b1) & mask;
    for (;;) {
      const v = bits[s]!;
      if (v === 0 || keys[s] === k) return v;
      s = (s + 1) & mask;
    }
  }
}

/** The class bits of tokens `[a, last]`, slot 0 for token `a`, in a buffer reused from call to call. */
function classesOf(table: ClassTable, hash: Uint32Array, a: number, last: number): Uint16Array {
  const n = last - a + 1;
  if (classBuffer.length < n) classBuffer = new Uint16Array(Math.max(n, classBuffer.length * 2));
  for (let i = a; i <= last; i++) classBuffer[i - a] = table.get(hash[i]!);
  return classBuffer;
}
let classBuffer = new Uint16Array(256);

/**
 * Whether a clause's reported words read as a proposition: they come before a verb of saying ("…, she
 * said"), follow "that" or a colon, open with a subject, or hold a verb soon ("the pair are …").
 */
function propositional(doc: Reading, h: ReportedClause, b: number): boolean {
  const t = doc.tokens;
  // "…, the words flashed onscreen", "…, whom she calls Dad": words before a cue that is no verb of
  // saying are seldom what someone said
  if (h.content.start < h.cue.start) return STATEMENT_CUES.has(t.hash[tokenAtOrAfter(t, h.cue.start)]!);
  const from = tokenAtOrAfter(t, h.content.start);
  const prev = from - 1;
  if (t.hash[prev] === THAT || punct(doc, prev) === 58) return true;
  // a possessive opens a noun phrase as often as a subject ("showed off her lean physique")
  const w = t.hash[from]!;
  return (SUBJECTS.has(w) && !DETERMINERS.has(w)) || clauseSoon(doc, from, b);
}

/** Ends a rule's reported words that run to the sentence's end at the clause's end ("…, while …"). */
function clauseOf(doc: Reading, b: number, h: ReportedClause | null): ReportedClause | null {
  if (!h || (h.by !== 'leading' && h.by !== 'participle')) return h;
  const t = doc.tokens;
  if (h.content.end !== t.end[b]) return h;
  const end = clauseEnd(doc, tokenAtOrAfter(t, h.content.start), b);
  return { ...h, content: { start: h.content.start, end: t.end[end]! } };
}

/** Words without which no rule can match: reporting verbs and participles, "according". */
const TRIGGERS: ReadonlySet<number> = new Set([
  ...REPORTING_VERBS,
  ...CONFESS_TO,
  ...LEARN_CUES,
  ...OUTLET_CUES,
  PER,
  NEWS,
  ...THAT_VERBS,
  ...REPORTING_PARTICIPLES,
  ...DIRECTIVE_VERBS,
  ACCORDING,
]);

/** The words that may cue under some options: the model's (`model`) and those or a rule's (`any`). */
interface Gates {
  readonly model: ReadonlySet<number>;
  readonly any: ReadonlySet<number>;
  /** Both, `RULE_BITS` and `SAYS` as the bits of one table. */
  readonly classes: ClassTable;
}

// one set lookup per word instead of three (this gate runs on every word of every sentence), built
// once per model's candidate list and options object
const GATES = new WeakMap<ReadonlySet<number>, WeakMap<ReportedOptions, Gates>>();

function gatesOf(candidates: ReadonlySet<number>, opts: ReportedOptions): Gates {
  // asked once per sentence, nearly always with the same pair: the last answer is kept
  if (candidates === lastCandidates && opts === lastOpts && lastGates) return lastGates;
  let byOpts = GATES.get(candidates);
  if (!byOpts) {
    byOpts = new WeakMap();
    GATES.set(candidates, byOpts);
  }
  let g = byOpts.get(opts);
  if (!g) {
    const model = new WordSet([...candidates].filter((h) => modelMayCue(h, opts)));
    const any = new WordSet([...TRIGGERS, ...model]);
    const bits = new Map<number, number>();
    const mark = (words: Iterable<number>, bit: number): void => {
      for (const h of words) bits.set(h, (bits.get(h) ?? 0) | bit);
    };
    mark(any, ANY);
    mark(model, MODEL);
    for (const [words, bit] of RULE_BITS) mark(words, bit);
    mark(STATEMENT_CUES, SAYS);
    mark(BELIEF_VERBS, SAYS);
    g = { model, any, classes: new ClassTable(bits) };
    byOpts.set(opts, g);
  }
  lastCandidates = candidates;
  lastOpts = opts;
  lastGates = g;
  return g;
}
let lastCandidates: ReadonlySet<number> | null = null;
let lastOpts: ReportedOptions | null = null;
let lastGates: Gates | null = null;

/** Whether a candidate word may be the model's cue under these options (a belief only when asked for). */
function modelMayCue(h: number, opts: ReportedOptions): boolean {
  if (BELIEF_VERBS.has(h)) return opts.beliefs;
  return !opts.statementsOnly || STATEMENT_CUES.has(h) || opts.minOtherCueProbability < 1;
}

/** Log-odds of a probability, for comparing with the model's logits. */
const logOdds = (p: number): number => Math.log(p / (1 - p));

/** True when the cue at `cueStart` is "say" closing one of `IDIOMS_BEFORE_SAY`. */
function writersIdiom(text: string, cueStart: number): boolean {
  const next = text.charCodeAt(cueStart + 3) | 0x20;
  if (text.slice(cueStart, cueStart + 3).toLowerCase() !== 'say' || (next >= 97 && next <= 122)) return false;
  const before = text
    .slice(Math.max(0, cueStart - 14), cueStart)
    .toLowerCase()
    .replace(/\u2019/g, "'");
  return IDIOMS_BEFORE_SAY.some((w) => before.endsWith(w));
}

/** Adds a candidate to `out` unless it is a belief not asked for, too short, or overlaps what is there (with `beside`, cut before a kept clause it runs into). */
function accept(
  doc: Reading,
  a: number,
  b: number,
  quoted: boolean,
  opts: ReportedOptions,
  blocked: readonly Span[],
  frags: readonly Span[],
  out: ReportedClause[],
  h: ReportedClause | null,
  least = opts.minClauseProbability ?? 0,
  beside = false,
): void {
  if (!h || (h.kind === 'belief' && !opts.beliefs)) return;
  // "Needless to say, …", "Let's just say …": the writer's idiom reports no one's words
  if (writersIdiom(doc.text, h.cue.start)) return;
  // "When asked about it, she said …": the writer's subordinate clause is not what was said; after
  // the cue one opens the reported words ("he said that if elected, he …")
  if (
    h.content.start < h.cue.start &&
    SUBORDINATORS.has(doc.tokens.hash[tokenAtOrAfter(doc.tokens, h.content.start)]!)
  )
    return;
  const content = trimSpan(doc, h.content);
  if (content.end <= content.start) return;
  // "is admitting to cheating": a confession's gerund is a proposition however short
  if (wordsIn(doc.tokens, content.start, content.end) < opts.minWords && !confessedGerund(doc, content))
    return;
  if (opts.leaveOutAdverbials && adverbial(doc, content, h.cue)) return;
  for (const q of blocked) if (overlaps(q, content) || overlaps(q, h.cue)) return;
  // a fragment must lie wholly inside the reported words
  for (const q of frags)
    if (overlaps(q, h.cue) || (overlaps(q, content) && !(q.start >= content.start && q.end <= content.end)))
      return;
  // the news preset cuts words that run into a kept clause (news-candidates.ts), and so does every
  // preset beside a joined later clause (`beside`)
  const fitted = opts.fitBeside || beside ? fitBeside(doc, content, h.cue, out, opts.minWords) : content;
  if (!fitted) return;
  for (const o of out)
    if (overlaps(o.content, fitted) || overlaps(o.cue, h.cue) || overlaps(o.content, h.cue)) return;
  // one object shape for every clause (a hot path): all fields in the same order, `candidate` always set
  const clause: ReportedClause = {
    content: fitted,
    cue: h.cue,
    source: h.source,
    speaker: h.speaker,
    listener: h.listener,
    kind: h.kind,
    by: h.by,
    p: h.p,
    candidate: fitted === content ? FINDER : CUT_BEFORE_CLAUSE,
  };
  if (least > 0 || observer) {
    clauseFeatures(doc, a, b, clause, quoted, clauseFeats);
    observer?.(doc, clause, clauseFeats);
    if (least > 0 && clauseLogit(clauseModel(), clauseFeats) < logOdds(least)) return;
  }
  out.push(clause);
}

const clauseFeats = new Uint32Array(CLAUSE_FEATURES);

// the `candidate` values the clause model reads (indices of `CANDIDATE_KINDS`)
const FINDER = CANDIDATE_KINDS.indexOf('finder');
const CUT_BEFORE_CLAUSE = CANDIDATE_KINDS.indexOf('cut-before-clause');

// words that open the writer's adverbial of place or time (lexicon/reporting.ts)
const ADVERBIAL_OPENERS = new WordSet(ADVERBIAL_OPENER_WORDS.map(hashWord));
const BY = hashWord('by');

/**
 * Whether reported words are the writer's adverbial (`leaveOutAdverbials`): before the cue, they open
 * with a preposition or time word and hold no verb (no finite or past form, no "-ed" word); after it,
 * they open with "by" (a passive's agent).
 */
function adverbial(doc: Reading, content: Span, cue: Span): boolean {
  const t = doc.tokens;
  const from = tokenAtOrAfter(t, content.start);
  if (content.start > cue.start) return t.hash[from] === BY;
  if (!ADVERBIAL_OPENERS.has(t.hash[from]!)) return false;
  const text = doc.text;
  for (let i = from; i < t.count && t.start[i]! < content.end; i++) {
    if (FINITE.has(t.hash[i]!) || PAST.has(t.hash[i]!)) return false;
    const e = t.end[i]!;
    if (
      e - t.start[i]! >= 4 &&
      (text.charCodeAt(e - 1) | 0x20) === 100 &&
      (text.charCodeAt(e - 2) | 0x20) === 101
    )
      return false;
  }
  return true;
}

/** Sees every clause the finder accepts, with its clause features (for fitting the clause model). */
export type ClauseObserver = (doc: Reading, clause: ReportedClause, features: Uint32Array) => void;
let observer: ClauseObserver | null = null;

/** Sets (or, with null, clears) the observer of accepted clauses: `npm run fit:attribution` only. */
export function observeClauses(fn: ClauseObserver | null): void {
  observer = fn;
}

const NO_SPANS: readonly Span[] = [];

/** Whether any of the sentence's quotations is a fragment (see `isFragment`). */
function fragmentsIn(doc: Reading, a: number, blocked: readonly Span[], opts: ReportedOptions): boolean {
  for (const q of blocked) if (isFragment(doc, a, q, opts)) return true;
  return false;
}

/**
 * True for a quotation that is a fragment of running words: its opening mark follows a word of the
 * same sentence (from token `a`), not a comma or a colon ("called him “a total stiff”", not "she
 * said, “…”"), and it holds at most `maxFragmentWords` words.
 */
function isFragment(doc: Reading, a: number, q: Span, opts: ReportedOptions): boolean {
  const t = doc.tokens;
  const k = tokenAtOrAfter(t, q.start);
  const mark = k - 1;
  if (mark - 1 < a || t.start[mark]! >= q.start || t.kind[mark] !== TokenKind.punct) return false;
  if (t.kind[mark - 1] === TokenKind.punct) return false;
  return wordsIn(t, q.start, q.end) <= opts.maxFragmentWords;
}

/**
 * Moves the cursor `k` over `blocked` (sorted by start) past the quotations that end too far before
 * `offset` to hold or touch a token starting there or later: the callers' offsets only grow, so a
 * sentence with thousands of quotations is read once, not once per word.
 */
function nearFrom(blocked: readonly Span[], k: number, offset: number): number {
  let j = k;
  while (j < blocked.length && blocked[j]!.end + REPORTED_LIMITS.quoteCueGap < offset) j++;
  return j;
}

/**
 * True when token `i` sits right beside a quotation: the cue of a direct quotation, which attribution
 * owns. Looks at `blocked` from the cursor `from` (see `nearFrom`) to the first that starts too late.
 */
function besideQuote(doc: Reading, i: number, blocked: readonly Span[], from: number): boolean {
  const s = doc.tokens.start[i]!;
  const e = doc.tokens.end[i]!;
  for (let k = from; k < blocked.length; k++) {
    const q = blocked[k]!;
    if (q.start > e + REPORTED_LIMITS.quoteCueGap) break;
    if (s >= q.start && e <= q.end) return true;
    // "“Did it!” to confirm that …": after the marks, a cue with its own "that" reports words of its own
    if (s >= q.end && s - q.end <= REPORTED_LIMITS.quoteCueGap) return doc.tokens.hash[i + 1] !== THAT;
    if (q.start >= e && q.start - e <= REPORTED_LIMITS.quoteCueGap) return true;
  }
  return false;
}

function tagged(h: Hit | null, by: ReportedClause['by']): ReportedClause | null {
  if (!h) return null;
  const t = h.cue;
  return {
    content: h.content,
    cue: t,
    source: h.speaker.span,
    speaker: h.speaker,
    listener: h.listener ?? null,
    kind: 'speech',
    by,
    p: 1,
    candidate: FINDER,
  };
}

/** A reading of a document whose mentions the finder swaps sentence by sentence (see `windowed`). */
export interface SentenceView extends Reading {
  mentions: readonly Mention[];
}

/**
 * A view of `doc` for one run of the finder over its sentences: a small plain object, made once per
 * run, not per sentence (a prototype view made the document itself a prototype, which V8 slows).
 */
export function sentenceView(doc: Reading): SentenceView {
  return {
    text: doc.text,
    tokens: doc.tokens,
    mentions: NO_MENTIONS,
    entities: doc.entities,
    meta: doc.meta,
  };
}

/**
 * Narrows `view` to the mentions inside the sentence `[a, b]` of `doc`: the speaker reader searches
 * mentions linearly, and over a whole long text that search made the finder quadratic.
 */
function windowed(view: SentenceView, doc: Reading, a: number, b: number): Reading {
  const t = doc.tokens;
  const ms = doc.mentions;
  const to = t.end[b] ?? 0;
  const lo = mentionAtOrAfter(doc, t.start[a] ?? 0);
  let end = lo;
  while (end < ms.length && ms[end]!.start < to) end++;
  view.mentions = lo === end ? NO_MENTIONS : ms.slice(lo, end);
  return view;
}

const NO_MENTIONS: readonly Mention[] = [];

/** The reported words and source of the cue the model found at token `c` (log-odds `z`). */
function modelHit(
  doc: Reading,
  a: number,
  b: number,
  c: number,
  z: number,
  quoted: boolean,
  opts: ReportedOptions,
): ReportedClause | null {
  const model = cueModel();
  const t = doc.tokens;
  const p = 1 / (1 + Math.exp(-z));
  cueValues(doc, c, a, b, quoted, v1, v2);
  hashFeatures(v1, v2, feats);
  const kind: ReportedKind = BELIEF_VERBS.has(t.hash[c]!) ? 'belief' : 'speech';
  const cueSpan = { start: t.start[c]!, end: t.end[c]! };
  if (t.hash[c] === ACCORDING && t.hash[c + 1] === TO) {
    const cue = { start: t.start[c]!, end: t.end[c + 1]! };
    let k = c + 2;
    const reach = opts.accordingReach ?? 14;
    while (k <= b && k < c + reach && punct(doc, k) !== 44) k++;
    if (k < b && punct(doc, k) === 44 && logit(model.direction, feats) > 0)
      return made(
        doc,
        kind,
        p,
        { start: t.start[k + 1]!, end: t.end[b]! },
        cue,
        span(doc, c + 2, k - 1),
        null,
      );
    // "…, according to X.": the words before
    const end = c > a && punct(doc, c - 1) >= 0 ? c - 1 : c;
    if (end <= a) return null;
    return made(
      doc,
      kind,
      p,
      { start: t.start[a]!, end: t.start[end]! },
      cue,
      span(doc, c + 2, lastWord(doc, c + 2, b)),
      null,
    );
  }
  const before = wordsBefore(doc, a, b, c, logit(model.direction, feats) <= 0);
  if (before) {
    const { k, src } = before;
    // "…, said the senator.": the whole rest of the sentence must name the speaker
    if (src === null) return null;
    const last = tokenAtOrAfter(t, src.end) - 1;
    const opener = t.hash[c + 1]!;
    if (k === c - 1 && !speakerPhrase(doc, c + 1, last) && !(DET_OPENERS.has(opener) && last - c <= 6))
      return null;
    return made(doc, kind, p, { start: t.start[a]!, end: t.start[k]! }, cueSpan, src, null);
  }
  let from = c + 1;
  let listener: Span | null = null;
  const told = toNamedListener(doc, c, b);
  if (told) {
    listener = { start: t.start[told.listener]!, end: t.end[told.after - 1]! };
    from = told.after;
  } else if (LISTENER_VERBS.has(t.hash[c]!)) {
    let j = from;
    while (j <= b && j < from + 6 && t.hash[j] !== THAT) {
      if (glued(doc, j)) j += 2;
      else if (j > from && DET_OPENERS.has(t.hash[j]!)) break;
      else if (punct(doc, j) < 0 && (t.cap[j] === 1 || OBJECTS.has(t.hash[j]!))) j++;
      else break;
    }
    j = Math.min(j, b + 1);
    if (t.hash[j] !== THAT) {
      const that = plainWordsThenThat(doc, j, Math.min(b, from + REPORTED_LIMITS.listenerReach));
      if (that > 0) j = that;
    }
    if (j > from) listener = { start: t.start[from]!, end: t.end[j - 1]! };
    from = j;
  }
  if (t.hash[from] !== THAT) {
    const adverbial = adverbialThenThat(doc, from, b);
    if (adverbial > 0) from = adverbial;
    // "admitted to being unfaithful": the gerund after "to" opens the reported words
    else if (confessTo(doc, c, from)) from++;
  }
  const marked = t.hash[from] === THAT || punct(doc, from) === 58;
  while (from <= b && (t.hash[from] === THAT || punct(doc, from) === 58 || punct(doc, from) === 44)) from++;
  if (from > b) return null;
  // without "that" or a colon, a statement opens with a subject or holds a verb soon: "she said the
  // words twice" and "revealed the details" report no statement
  if (
    opts.statementsOnly &&
    !marked &&
    OBJECT_CUES.has(t.hash[c]!) &&
    !SUBJECTS.has(t.hash[from]!) &&
    !clauseSoon(doc, from, b) &&
    !gerundAt(doc, from)
  )
    return null;
  // "responded to her request", "took to Instagram": a preposition after the cue opens no statement
  if (opts.statementsOnly && !marked && t.hash[from] === TO && PREPOSITION_CUES.has(t.hash[c]!)) return null;
  // "showed off her moves", "pleaded guilty to …", "opened up about …": after a cue that is no verb of
  // saying, a particle makes a phrasal verb, which reports no statement
  if (
    opts.statementsOnly &&
    !marked &&
    PARTICLES.has(t.hash[from]!) &&
    !STATEMENT_CUES.has(t.hash[c]!) &&
    !BELIEF_VERBS.has(t.hash[c]!)
  )
    return null;
  return made(
    doc,
    kind,
    p,
    { start: t.start[from]!, end: t.end[subordinateEnd(doc, a, c, from, clauseEnd(doc, from, b))]! },
    cueSpan,
    subjectBefore(doc, a, c),
    listener,
  );
}

/**
 * The token of the "that" after a short adverbial that follows a cue (from token `from`): particles,
 * time words and adverbs (`BEFORE_THAT`), and phrases of a preposition (`THAT_PREPOSITIONS`) and at
 * most `REPORTED_LIMITS.adverbialWords` words ("on her Instagram", "in 2011"), the "that" within
 * `REPORTED_LIMITS.adverbialReach` tokens; 0 when no such "that" comes, or it opens a relative clause
 * ("in a post that has …": a finite verb right after it).
 */
function adverbialThenThat(doc: Reading, from: number, b: number): number {
  const t = doc.tokens;
  let k = from;
  while (k < b && k < from + REPORTED_LIMITS.adverbialReach) {
    const h = t.hash[k]!;
    if (h === THAT) break;
    if (BEFORE_THAT.has(h)) {
      k++;
      continue;
    }
    if (!THAT_PREPOSITIONS.has(h)) return 0;
    // the preposition's object: a few words or numbers, no mark
    let n = 0;
    k++;
    while (
      k < b &&
      n < REPORTED_LIMITS.adverbialWords &&
      t.hash[k] !== THAT &&
      t.kind[k] !== TokenKind.punct &&
      !THAT_PREPOSITIONS.has(t.hash[k]!)
    ) {
      k++;
      n++;
    }
    if (n === 0) return 0;
  }
  if (k === from || k >= b || t.hash[k] !== THAT) return 0;
  return FINITE.has(t.hash[k + 1]!) ? 0 : k;
}

/** True when the cue at `c` confesses and `from` holds "to" before a gerund ("admitted to cheating"). */
function confessTo(doc: Reading, c: number, from: number): boolean {
  const t = doc.tokens;
  return CONFESS_TO.has(t.hash[c]!) && t.hash[from] === TO && gerundAt(doc, from + 1);
}

/**
 * The last token of reported words that start at `from` after the cue at `c`, when the cue sits in a
 * subordinate clause opening the sentence at `a` ("When one follower pointed out that …, MacFarlane
 * tweeted", "Even though she says …, Lawrence admitted"): the word before the comma that closes it;
 * otherwise `end`.
 */
function subordinateEnd(doc: Reading, a: number, c: number, from: number, end: number): number {
  const t = doc.tokens;
  let s = a;
  if (t.hash[s] === EVEN || OPENERS.has(t.hash[s]!)) s++;
  if (!SUBORDINATORS.has(t.hash[s]!)) return end;
  // not a passive ("Though a list has yet to be revealed, EW has learned …": no one speaks in it), not
  // a question ("When asked if …"), and the words must follow the cue or its "that" (not a colon)
  if (PASSIVE.has(t.hash[c - 1]!) || SUBORDINATORS.has(t.hash[from]!)) return end;
  for (let k = s + 1; k < from; k++) if (t.kind[k] === TokenKind.punct) return end;
  for (let k = from + 1; k < end; k++) if (punct(doc, k) === 44) return k - 1;
  return end;
}

const EVEN = hashWord('even');

/**
 * A model candidate from its parts; null when its source is the reader ("If you recall, …") or a
 * relative subject that names no one ("Whoever said “…” was wrong", `noOne`).
 */
function made(
  doc: Reading,
  kind: ReportedKind,
  p: number,
  content: Span,
  cue: Span,
  src: Span | null,
  listener: Span | null,
): ReportedClause | null {
  const t = doc.tokens;
  if (src && src.end - src.start === 3 && t.hash[tokenAtOrAfter(t, src.start)] === YOU) return null;
  if (src && noOne(doc, tokenAtOrAfter(t, src.end) - 1)) return null;
  const speaker = src ? speakerOf(doc, tokenAtOrAfter(t, src.start), tokenAtOrAfter(t, src.end) - 1) : null;
  const c = tokenAtOrAfter(t, cue.start);
  // "…, calling him …": a participle after a comma has the clause's subject, not an appositive's words
  const participle = punct(doc, c - 1) === 44 && endsWithIng(doc.text, cue.end);
  // "she popped up to announce that …": an infinitive cue has the clause's subject, not the word "to"
  const infinitive = t.hash[c - 1] === TO;
  if (
    (!speaker ||
      participle ||
      infinitive ||
      COORDINATORS.has(t.hash[c - 1]!) ||
      // "… and later said": an adverb between the conjunction and the second verb
      (BETWEEN.has(t.hash[c - 1]!) && COORDINATORS.has(t.hash[c - 2]!))) &&
    cue.start < content.start
  ) {
    // the words before the cue are no speaker ("… on Thursday said"), or the cue is a second verb
    // ("X toured the plant and said"): the sentence's subject speaks, the first person or
    // organization it names
    let a = c;
    while (a > 0 && t.sentence[a - 1] === t.sentence[c]) a--;
    const sub = clauseSubject(doc, c, a) ?? (infinitive ? pronounBefore(doc, a, c - 2) : null);
    if (sub)
      return {
        content,
        cue,
        source: sub.span,
        speaker: sub,
        listener,
        kind,
        by: 'model',
        p,
        candidate: FINDER,
      };
  }
  return { content, cue, source: src, speaker, listener, kind, by: 'model', p, candidate: FINDER };
}

/**
 * The nearest subject pronoun in tokens `[a, y]`, read back from `y` within `REPORTED_LIMITS.sourceAfter`
 * words ("when she popped up, out of nowhere, to announce …": "she"), as a speaker; not "you".
 */
function pronounBefore(doc: Reading, a: number, y: number): SpeakerPhrase | null {
  const t = doc.tokens;
  for (let k = y, n = 0; k >= a && n < REPORTED_LIMITS.sourceAfter * 2; k--, n++) {
    const h = t.hash[k]!;
    if (h === YOU || !PRONOUN_SOURCES.has(h) || h === WHO) continue;
    return speakerPhrase(doc, k, k);
  }
  return null;
}

const WHO = hashWord('who');

/**
 * True for a gerund at token `i`: a lower-case word of five letters or more ending in "-ing" that is no
 * noun of `ING_NOUNS` ("cheating", "having", "being"; not "nothing", "wedding").
 */
function gerundAt(doc: Reading, i: number): boolean {
  const t = doc.tokens;
  if (i >= t.count || t.kind[i] === TokenKind.punct || t.cap[i] === 1) return false;
  return t.end[i]! - t.start[i]! >= 5 && endsWithIng(doc.text, t.end[i]!) && !ING_NOUNS.has(t.hash[i]!);
}

/** True for a word ending in "-ing" at `end` ("calling", "saying"). */
const endsWithIng = (text: string, end: number): boolean =>
  text.charCodeAt(end - 1) === 103 && text.charCodeAt(end - 2) === 110 && text.charCodeAt(end - 3) === 105;

/** Opening quotation marks (straight double marks open as often as they close). */
const OPENING = new Set([0x201c, 34, 0x2018]);

/** Closing quotation marks (straight double marks close as often as they open). */
const CLOSING = new Set([0x201d, 34, 0x2019]);

const YOU = hashWord('you');
const COORDINATORS = new WordSet(['and', 'but'].map(hashWord));

/**
 * Whether the reported words of the cue at `c` come before it ("…, the senator said." / "…, said the
 * senator."), and where: the comma `k` ending them and the source between the comma and the cue (or
 * after the cue). Null when they follow the cue: the direction model says so (`modelBefore` false),
 * no comma sets them off, a "that" follows the cue, or the words before are the writer's own
 * subordinate clause ("When asked …, she said").
 */
function wordsBefore(
  doc: Reading,
  a: number,
  b: number,
  c: number,
  modelBefore: boolean,
): { k: number; src: Span | null } | null {
  const t = doc.tokens;
  const tail = lastWord(doc, c + 1, b) - c;
  // a cue that closes the sentence has its words before it, and so has one after a comma followed
  // only by its speaker ("…, said the senator.")
  // ("…, calling her “a star”" is a participle of the clause before, not an inverted cue)
  const inverted =
    punct(doc, c - 1) === 44 &&
    !endsWithIng(doc.text, t.end[c]!) &&
    tail > 0 &&
    tail <= REPORTED_LIMITS.sourceAfter &&
    ((DET_OPENERS.has(t.hash[c + 1]!) && tail <= 6) ||
      (t.cap[c + 1] === 1 && speakerPhrase(doc, c + 1, c + tail) !== null));
  if (!modelBefore && !inverted && !(tail <= 0 && c > a + 2)) return null;
  let k = c - 1;
  while (k > a && punct(doc, k) !== 44 && k > c - 10) k--;
  if (k <= a || punct(doc, k) !== 44) return null;
  for (let j = c + 1; j <= b && j <= c + 6; j++) if (t.hash[j] === THAT) return null;
  if (SUBORDINATORS.has(t.hash[a]!)) return null;
  const src =
    k + 1 <= c - 1
      ? span(doc, k + 1, skipBack(doc, k + 1, c - 1))
      : span(doc, c + 1, lastWord(doc, c + 1, b));
  return { k, src };
}

/**
 * The token of the mark closing a quoted title that opens at token `k` ("told “Good Morning Britain”
 * he …"): an opening mark, capitalised words (at most `REPORTED_LIMITS.titleWords`) and a closing
 * mark before token `b`; 0 when there is none.
 */
function quotedTitleAt(doc: Reading, k: number, b: number): number {
  const t = doc.tokens;
  if (!OPENING.has(punct(doc, k))) return 0;
  for (let j = k + 1; j < b && j <= k + REPORTED_LIMITS.titleWords + 1; j++) {
    if (t.kind[j] === TokenKind.word && t.cap[j] === 1) continue;
    return j > k + 1 && CLOSING.has(punct(doc, j)) ? j : 0;
  }
  return 0;
}

/**
 * "reveal exclusively to RadarOnline.com he …", "confirmed to E! News the pair …": after the cue at
 * `c`, -ly adverbs, "to" and a capitalised listener (a name, or an outlet's with the marks inside it)
 * before a clause's subject. The first token of the listener and the token after it, or null.
 */
function toNamedListener(doc: Reading, c: number, b: number): { listener: number; after: number } | null {
  const t = doc.tokens;
  let k = c + 1;
  while (k < b && lyAt(doc, k)) k++;
  if (t.hash[k] !== TO || t.cap[k + 1] !== 1) return null;
  let j = k + 1;
  while (j < b && (t.cap[j] === 1 || markInName(doc, j))) j += glued(doc, j) ? 2 : 1;
  if (j >= b || !(SUBJECTS.has(t.hash[j]!) || DET_OPENERS.has(t.hash[j]!)) || !finiteSoon(doc, j, b))
    return null;
  return { listener: k + 1, after: j };
}

/**
 * True for a mark inside a name or web address after a capitalised word: the "!" of "E! News" and
 * "Yahoo!", the "." of "Example.com" (glued on both sides).
 */
function markInName(doc: Reading, j: number): boolean {
  const t = doc.tokens;
  if (t.kind[j] !== TokenKind.punct || t.cap[j - 1] !== 1) return false;
  const c = doc.text.charCodeAt(t.start[j]!);
  // "Life & Style", "Us & Them": an ampersand between capitalised words, spaced or not
  if (c === 38) return t.cap[j + 1] === 1;
  if (t.end[j - 1] !== t.start[j]) return false;
  return c === 33 || (c === 46 && glued(doc, j));
}

/** True for a full stop or other mark inside a word: the "." of "Example.com". */
function glued(doc: Reading, j: number): boolean {
  const t = doc.tokens;
  return t.kind[j] === TokenKind.punct && j > 0 && t.end[j - 1] === t.start[j] && t.end[j] === t.start[j + 1];
}

/**
 * Last token of reported words that start at `from`: the sentence's end, or the word before a
 * semicolon, a dash, or a comma opening another clause ("…, while …", "…, adding …").
 */
function clauseEnd(doc: Reading, from: number, b: number): number {
  const t = doc.tokens;
  for (let k = from + 2; k < b; k++) {
    const p = punct(doc, k);
    if (p === 59 || p === 0x2014 || p === 0x2013) return k - 1;
    // "reports he had strayed and later said he …": a second verb of saying of the sentence's subject
    if (COORDINATORS.has(t.hash[k]!) && secondCue(doc, k + 1)) return k - 1;
    // "added that the timing is key: “…”": a colon before a quotation opens the speaker's own words
    if (p === 58 && OPENING.has(punct(doc, k + 1))) return k - 1;
    if (p === 45 && punct(doc, k + 1) === 45) return k - 1;
    if (p === 44 && CLAUSE_BREAKS.has(t.hash[k + 1]!)) return k - 1;
    // "they “try to stay calm,” but added …": the clause ends with the fragment's closing mark
    if (p === 44 && CLOSING.has(punct(doc, k + 1)) && CLAUSE_BREAKS.has(t.hash[k + 2]!)) return k + 1;
  }
  return b;
}

/**
 * Last token of the unnamed media's words from `from` to `end` in an opening phrase ("Amid headlines
 * suggesting that the pair were dating, she left"): the word before a comma that a subject pronoun and
 * a lower-case word follow (the sentence's main clause); `end` when none does.
 */
function mainClauseBefore(doc: Reading, from: number, end: number): number {
  const t = doc.tokens;
  for (let k = from + 2; k < end - 1; k++) {
    if (punct(doc, k) !== 44 || !PRONOUN_SOURCES.has(t.hash[k + 1]!) || t.hash[k + 1] === WHO) continue;
    // after a subject pronoun a lower-case word is its verb or an adverb before it ("she left", "he
    // later said"), but not "and" ("she and her husband") nor a participle
    const v = k + 2;
    if (
      t.kind[v] === TokenKind.word &&
      t.cap[v] !== 1 &&
      !COORDINATORS.has(t.hash[v]!) &&
      !endsWithIng(doc.text, t.end[v]!)
    )
      return k - 1;
  }
  return end;
}

/** True when token `i` (past an auxiliary or adverb of `BETWEEN`) is a reporting verb: "(and) later said". */
function secondCue(doc: Reading, i: number): boolean {
  const t = doc.tokens;
  const j = BETWEEN.has(t.hash[i]!) ? i + 1 : i;
  return REPORTING_VERBS.has(t.hash[j]!) && t.cap[j] !== 1 && !endsWithIng(doc.text, t.end[j]!);
}

/** Tokens `[x, y]` as a span, or null when empty. */
function span(doc: Reading, x: number, y: number): Span | null {
  return y >= x ? { start: doc.tokens.start[x]!, end: doc.tokens.end[y]! } : null;
}

/** The last word token in `[x, b]` (the sentence's closing punctuation left out). */
function lastWord(doc: Reading, x: number, b: number): number {
  let y = b;
  while (y >= x && punct(doc, y) >= 0) y--;
  return y;
}

/**
 * True when the "-ing" word opening a sentence at `s` is a noun ("Wedding plans, she said, …") rather
 * than a participle: a name or a known -ing noun (`ING_NOUNS`), or no word before the comma at `k` but
 * it.
 */
function gerundSubject(doc: Reading, s: number, k: number): boolean {
  return k === s + 1 || ING_NOUNS.has(doc.tokens.hash[s]!);
}

/**
 * Steps back from `y` over words that sit between a subject and its cue ("has", "also") and lower-case
 * adverbs in "-ly" ("Hart simply copped to …", "Ruiz repeatedly said"; on PolNeAR dev this found more
 * speakers than stopping at them).
 */
function skipBack(doc: Reading, x: number, y: number): number {
  const t = doc.tokens;
  let e = y;
  while (
    e > x &&
    (BETWEEN.has(t.hash[e]!) ||
      (t.cap[e] !== 1 &&
        !HEDGE_ADVERBS.has(t.hash[e]!) &&
        isAdverb(doc.text, t.start[e]!, t.end[e]!, t.hash[e]!)))
  )
    e--;
  return e;
}

/**
 * Adverbs of hearsay that the cue model may read as a cue of their own ("has reportedly told"): kept in
 * the speaker's words, so that they are not read as a second cue. Hand-written.
 */
const HEDGE_ADVERBS = new WordSet(HEDGE_ADVERB_WORDS.map(hashWord));

/**
 * The speaker after a sentence's opening phrase of time or place that a comma closes ("The following
 * month, Hart copped to …", "In an interview, Vole said …"), or after a comma and a conjunction that
 * open a second clause ("The wedding was in May, but sources are buzzing that …"): the words between
 * them and the cue at `c`. An opening phrase opens with a preposition (`PHRASE_PREPOSITIONS`) or ends
 * in a time word (`BEFORE_THAT`: "Last week,"); no other mark stands before the cue. Null otherwise
 * ("The pair split in May, the source said, …" is a clause, the parenthetical rule's).
 */
function afterOpening(doc: Reading, s: number, c: number): SpeakerPhrase | null {
  const t = doc.tokens;
  let k = c - 2;
  while (k > s && t.kind[k] !== TokenKind.punct) k--;
  if (k <= s || punct(doc, k) !== 44) return null;
  if (COORDINATORS.has(t.hash[k + 1]!) && k + 2 < c)
    return speakerPhrase(doc, k + 2, skipBack(doc, k + 2, c - 1));
  for (let j = s + 1; j < k; j++) if (t.kind[j] === TokenKind.punct && !markInName(doc, j)) return null;
  // a participle opens one too: "Speaking to E! News, …", "Warning Vole that …, the judge said"
  const participle = t.cap[s] === 1 && endsWithIng(doc.text, t.end[s]!) && !gerundSubject(doc, s, k);
  // a subordinate clause of the writer's too: "Though the list is secret, EW has learned …"
  if (
    !PHRASE_PREPOSITIONS.has(t.hash[s]!) &&
    !SUBORDINATORS.has(t.hash[s]!) &&
    !BEFORE_THAT.has(t.hash[k - 1]!) &&
    !participle
  )
    return null;
  return speakerPhrase(doc, k + 1, skipBack(doc, k + 1, c - 1));
}

/** The speaker the subject of the cue at token `c` names (`subjectBefore`); null when none or unknown. */
function subjectSpeaker(doc: Reading, a: number, c: number): SpeakerPhrase | null {
  const src = subjectBefore(doc, a, c);
  if (!src) return null;
  const t = doc.tokens;
  const sp = speakerOf(doc, tokenAtOrAfter(t, src.start), tokenAtOrAfter(t, src.end) - 1);
  return sp && sp.kind !== 'unknown' ? sp : null;
}

/**
 * The subject of the cue at token `c`: the words after the last clause boundary before it, past
 * "has"/"also"; past an appositive set off by commas ("Jane Doe, the director, said").
 */
function subjectBefore(doc: Reading, a: number, c: number): Span | null {
  const t = doc.tokens;
  let e = skipBack(doc, a, c - 1);
  if (e < a || (e === c - 1 && BETWEEN.has(t.hash[e]!))) return null;
  if (punct(doc, e) === 44) {
    // ", the director, said": the name before the appositive speaks
    let k = e - 1;
    while (k > a && punct(doc, k) !== 44 && k > e - 12) k--;
    if (k <= a || punct(doc, k) !== 44) return null;
    e = k - 1;
  }
  if (punct(doc, e) >= 0) return null;
  if (PRONOUN_SOURCES.has(t.hash[e]!)) return span(doc, e, e);
  let s = e;
  while (
    s > a &&
    s > e - 8 &&
    // a mark inside a name is part of it ("Life & Style", "E! News"), as is the colon of a title
    // ("the Starfall: Into the Void star")
    (punct(doc, s - 1) < 0 || markInName(doc, s - 1) || titleColonAt(doc, s - 1)) &&
    !BETWEEN.has(t.hash[s - 1]!) &&
    t.hash[s - 1] !== THAT
  )
    s--;
  // "…, while the mayor argued": the conjunction is not part of the subject
  while (s < e && (SUBORDINATORS.has(t.hash[s]!) || OPENERS.has(t.hash[s]!))) s++;
  return span(doc, s, e);
}

/** Reads the speaker of tokens `[x, y]`, trying ever shorter tails of the phrase. */
function speakerOf(doc: Reading, x: number, y: number): SpeakerPhrase | null {
  for (let s = x; s <= y && s < x + 8; s++) {
    const sp = speakerPhrase(doc, s, y);
    if (sp) return sp;
  }
  return null;
}
