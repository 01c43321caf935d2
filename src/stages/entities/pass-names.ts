/**
 * First pass of the entities stage: names. At each token, a knowledge-base alias, an outlet, or a run
 * of capitalised words, typed by gazetteers and heads (Palace → organization, Awards → event). A run
 * that opens with a title or a given name is a person; one with neither is a weak person guess.
 */
import { EVENT_HEADS, ORG_HEADS, OUTLETS, PLACES } from '../../lexicon/gazetteer.ts';
import { FIRST_NAMES } from '../../lexicon/first-names.ts';
import { foldApostrophes, hashRange, hashWord, THE, WordSet } from '../../core/hash.ts';
import { ROLE_NOUNS, TITLES } from '../../lexicon/people.ts';
import { OUTLET_NAMES, PLACE_NAMES } from '../../lexicon/compiled.ts';
import { ANONYMOUS_HEADS } from '../../lexicon/sources.ts';
import { NOT_NAMES } from '../../lexicon/stopwords.ts';
import { REPORTING_VERBS } from '../../lexicon/reporting.ts';
import type { KbRecord } from '../../kb/types.ts';
import { type Doc, type Tokens, TokenKind } from '../../pipeline/doc.ts';
import type { Span } from '../../report/schema.ts';
import { isNameDot, partitionPoint } from '../../core/spans.ts';
import type { Cluster, Ent } from './cluster.ts';
import { capitalRun, kbNameAt, possessiveLength } from './names.ts';
import { codeAt } from '../../core/chars.ts';

/** Finds every name in the document and adds it to the cluster. */
export function findNames(doc: Doc, c: Cluster): void {
  const t = doc.tokens;
  const text = doc.text;
  const hits = doc.lexicon;
  // hashes of capitalised words met inside a sentence, sorted for binary search (no Set: no boxing),
  // in a scratch array kept between documents; made only when a one-word run at a sentence start
  // asks (most documents never do)
  let midCaps: Uint32Array | null = null;
  const seenMidSentence = (h: number): boolean => {
    midCaps ??= capitalsInside(t);
    return sortedHas(midCaps, h);
  };
  const memo = new Map<string, NameForms>();
  // the lowercased text, made only if an ambiguous alias needs it, and then once
  let lowered: string | null = null;
  const lowerText = (): string => {
    lowered ??= foldApostrophes(text.toLowerCase());
    return lowered;
  };
  const endOf = (tok: number): number => t.end[tok]! - possessiveLength(text, t.end[tok]!);

  // Photo credits name agencies, not people in the story.
  const credits: Span[] = [];
  for (const cap of doc.captions) if (cap.creditSpan) credits.push(cap.creditSpan);
  for (const cr of credits) {
    const name = text.slice(cr.start, cr.end);
    c.addName(
      c.entity(`organization:${name.toLowerCase()}`, 'organization', name, null, null),
      cr.start,
      cr.end,
      'name',
      0,
    );
  }
  let credit = 0;
  for (let i = 0; i < t.count; i++) {
    if (t.kind[i] !== TokenKind.word) continue;
    while (credit < credits.length && credits[credit]!.end <= t.start[i]!) credit++;
    const cr = credits[credit];
    if (cr && t.start[i]! >= cr.start) continue;
    let kbm = kbNameAt(doc, i);
    // "Kim Vale" is not Kim Kardashian: a one-word alias followed by a surname of its own (a run of
    // exactly two capitalised words that is no alias) names someone else, read as a capitalised run
    if (kbm && kbm.last === i && otherSurname(doc, i, c.options.maxNameTokens, kbm.records)) kbm = null;
    if (t.cap[i] === 1 && (!kbm || kbm.last === i)) {
      // a lone first or last name of someone already met is that person, even one the KB knows otherwise
      const end = endOf(i);
      const prev = c.personWithWord(end === t.end[i] ? t.hash[i]! : hashRange(text, t.start[i]!, end));
      if (prev && capitalRun(doc, i, c.options.maxNameTokens) === i) {
        c.addName(prev, t.start[i]!, end, 'name', i);
        ageAfter(doc, c, prev, t.start[i]!, i);
        continue;
      }
    }
    if (kbm) {
      const r = pickRecord(doc, c, kbm.records, lowerText);
      const e = c.kbEntity(r);
      c.addName(e, kbm.start, kbm.end, kbm.first === kbm.last ? 'name' : 'title', i);
      ageAfter(doc, c, e, kbm.start, kbm.last);
      // an event's name may hold a person's ("the passing of the Queen"): read on inside it
      if (r.kind === 'person') i = kbm.last;
      continue;
    }
    // every name below opens with a capital: a lower-case word is passed without further lookups
    if (t.cap[i] !== 1) continue;
    // outlets and places may open with a stop word: "Us Weekly", "New York"
    const outlet = t.cap[i] === 1 ? hits.last(OUTLET_NAMES, i) : -1;
    const place = outlet < 0 && t.cap[i] === 1 ? hits.last(PLACE_NAMES, i) : -1;
    if (place > i) {
      addNamed(c, doc, 'place', i, endOf(place));
      i = place;
      continue;
    }
    if (outlet < 0 && NOT_NAMES.has(t.hash[i]!)) continue;
    if (outlet >= 0) {
      addNamed(c, doc, 'organization', i, endOf(outlet));
      i = outlet;
      continue;
    }
    const last = capitalRun(doc, i, c.options.maxNameTokens);
    if (last < 0) continue;
    // "a Royal Insider" is a descriptor, not a name
    if (ANONYMOUS_HEADS.has(t.hash[last]!)) {
      i = last;
      continue;
    }
    let first = i;
    // "Co-star Nadia Flint": a descriptor opening the run is not part of the name
    if (first < last && ANONYMOUS_HEADS.has(t.hash[first]!)) first++;
    // "Singer Ava Quill", "Actress Mia Long": a role noun before a given name describes the person
    else if (first < last && ROLE_NOUNS.has(t.hash[first]!) && FIRST_NAMES.has(t.hash[first + 1]!)) first++;
    while (
      first <= last &&
      (NOT_NAMES.has(t.hash[first]!) ||
        (first === last && sentenceStart(t, first) && !seenMidSentence(t.hash[first]!)))
    )
      first++;
    if (first > last) {
      i = last;
      continue;
    }
    const start = t.start[first]!;
    const end = endOf(last);
    const forms = nameForms(memo, text.slice(start, end));
    const { name } = forms;
    const title = TITLES.get(t.hash[first]!);
    const nameTok = title === undefined ? first : isNameDot(text, t, first + 1) ? first + 2 : first + 1;
    const given = FIRST_NAMES.get(t.hash[nameTok] ?? 0);
    let kind: Ent['kind'] = 'person';
    // "the Velvet Lane star": a capitalised run between "the" and a role noun names a work
    // bounds tested, not read past: an out-of-bounds read deoptimises the whole of findNames once
    const work =
      first > 0 &&
      t.hash[first - 1] === THE &&
      last + 1 < t.count &&
      ROLE_NOUNS.has(t.hash[last + 1]!) &&
      t.cap[last + 1] !== 1;
    if (work) kind = 'work';
    else if (forms.place) kind = 'place';
    else if (forms.outlet || ORG_HEADS.has(t.hash[last]!) || forms.acronym) kind = 'organization';
    else if (EVENT_HEADS.has(t.hash[last]!)) kind = 'event';
    // "spotted in West Hollywood": capitals alone after a preposition of place name a place, never
    // someone a later "the star" or "she" could stand for ("in Vole’s house" is a person's)
    else if (
      title === undefined &&
      given === undefined &&
      first > 0 &&
      t.cap[first - 1] !== 1 &&
      LOCATIVES.has(t.hash[first - 1]!) &&
      possessiveLength(text, t.end[last]!) === 0 &&
      // "in Ellen Vole and Portia Dane's marriage": names joined before a possessive are people's
      !(last + 1 < t.count && AND_WORDS.has(t.hash[last + 1]!)) &&
      !speaks(doc, last)
    )
      kind = 'place';
    const weak = kind === 'person' && title === undefined && given === undefined && !speaks(doc, last);
    const e = c.entity(keyOf(forms, kind), kind, name, null, title ?? given ?? null, weak);
    c.addName(e, start, end, title !== undefined ? 'title' : 'name', first);
    if (kind === 'person') ageAfter(doc, c, e, start, last);
    i = last;
  }
}

/** Prepositions of place before a capitalised run that makes it a place ("in", "near", "outside"). */
const LOCATIVES = new WordSet(['in', 'near', 'outside'].map(hashWord));
/** Words joining two names ("Vole and Dane"). */
const AND_WORDS = new WordSet(['and', '&'].map(hashWord));

/**
 * True when the one-word alias at `i` opens a two-word capitalised run whose second word is a
 * surname of someone else, standing right after it: "Kim Vale", "Harry Potter", "Blake Shelton". Not
 * a stop word, title or role; not a word of one of the alias's own records' names, hyphenated or not
 * ("Kim Kardashian-West", "Camilla Parker-Bowles"); not a word in capitals after a name that is not
 * ("Selena EXCLUSIVELY"), which is emphasis.
 */
function otherSurname(doc: Doc, i: number, maxNameTokens: number, records: readonly KbRecord[]): boolean {
  const t = doc.tokens;
  const j = i + 1;
  if (j >= t.count || capitalRun(doc, i, maxNameTokens) !== j) return false;
  if (t.kind[j] !== TokenKind.word || t.start[j]! - t.end[i]! !== 1) return false;
  const h = t.hash[j]!;
  if (NOT_NAMES.has(h) || TITLES.has(h) || ROLE_NOUNS.has(h) || ANONYMOUS_HEADS.has(h)) return false;
  const text = doc.text;
  const word = text.slice(t.start[j]!, t.end[j]! - possessiveLength(text, t.end[j]!));
  if (isAcronym(word) && !isAcronym(text.slice(t.start[i]!, t.end[i]!))) return false;
  const lower = foldApostrophes(word.toLowerCase());
  const dash = lower.indexOf('-');
  const head = dash > 0 ? lower.slice(0, dash) : lower;
  for (const r of records)
    for (const n of [r.name, ...r.aliases])
      for (const w of foldApostrophes(n.toLowerCase()).split(/[\s,-]+/))
        if (w === head || w === lower) return false;
  return true;
}

/** What a capitalised run's text gives, whatever the document: its name, gazetteer hits and keys. */
interface NameForms {
  /** The run's text with each stretch of white space made one space. */
  readonly name: string;
  /** `name` lowercased, apostrophes folded. */
  readonly lower: string;
  readonly place: boolean;
  readonly outlet: boolean;
  /** All capitals, two letters or more ("NBC"): an organization. */
  readonly acronym: boolean;
  /**
   * The cluster key (`kind:lower`) last asked for, and its kind: a run nearly always comes back as
   * the same kind (two fields, not an object keyed by kind, whose stores went megamorphic).
   */
  keyKind: Ent['kind'] | null;
  key: string;
}

/**
 * The forms of a run's raw text, memoised per document in `memo`: a name comes back several times in
 * an article, and each time would otherwise cost a replace, a lowercase, a fold, two set lookups and a
 * regex. (Per document, not per process: a key sliced from the text would keep the whole text alive.)
 */
function nameForms(memo: Map<string, NameForms>, raw: string): NameForms {
  let f = memo.get(raw);
  if (f) return f;
  const name = singleSpaced(raw) ? raw : raw.replace(/\s+/g, ' ');
  const lower = foldApostrophes(name.toLowerCase());
  f = {
    name,
    lower,
    place: PLACES.has(lower),
    outlet: OUTLETS.has(lower),
    acronym: isAcronym(name),
    keyKind: null,
    key: '',
  };
  memo.set(raw, f);
  return f;
}

/** True when every white space in `s` is one plain space after a non-space: `\s+` → ' ' would change nothing. */
function singleSpaced(s: string): boolean {
  let prevSpace = false;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = codeAt(s, i);
    if (c === 32) {
      if (prevSpace) return false;
      prevSpace = true;
      continue;
    }
    prevSpace = false;
    // any other white space of `\s` (and the control characters, to keep the test short)
    if (c < 32 || c === 0xa0 || c === 0x1680 || c === 0xfeff) return false;
    if (
      c >= 0x2000 &&
      (c <= 0x200a || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000)
    )
      return false;
  }
  return true;
}

/** `/^[A-Z]{2,}$/`: two capital ASCII letters or more, nothing else ("NBC"). */
function isAcronym(s: string): boolean {
  const n = s.length;
  if (n < 2) return false;
  for (let i = 0; i < n; i++) {
    const c = codeAt(s, i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/** The cluster key of a run of this kind. */
function keyOf(f: NameForms, kind: Ent['kind']): string {
  if (f.keyKind !== kind) {
    f.key = `${kind}:${f.lower}`;
    f.keyKind = kind;
  }
  return f.key;
}

/** True when token `i` opens its sentence or follows punctuation (a capital there says little). */
const sentenceStart = (t: Tokens, i: number): boolean =>
  i === 0 || t.sentence[i - 1] !== t.sentence[i] || t.kind[i - 1] === TokenKind.punct;

/** Scratch for the sorted capitals of `capitalsInside`; only read within one `findNames` call. */
let capScratch = new Uint32Array(1024);

/** The hashes of the capitalised words not at a sentence start, sorted (a view of the scratch). */
function capitalsInside(t: Tokens): Uint32Array {
  if (capScratch.length < t.count) capScratch = new Uint32Array(Math.max(t.count, capScratch.length * 2));
  let n = 0;
  for (let i = 0; i < t.count; i++) if (t.cap[i] === 1 && !sentenceStart(t, i)) capScratch[n++] = t.hash[i]!;
  return capScratch.subarray(0, n).sort();
}

/** True when the sorted array holds `h`. */
function sortedHas(a: Uint32Array, h: number): boolean {
  const at = partitionPoint(a.length, (k) => a[k]! < h);
  return at < a.length && a[at] === h;
}

/** A gazetteer name (place or outlet) from token `first` to offset `end`, keyed by its lowercased text. */
function addNamed(c: Cluster, doc: Doc, kind: 'place' | 'organization', first: number, end: number): void {
  const start = doc.tokens.start[first]!;
  const name = doc.text.slice(start, end).replace(/\s+/g, ' ');
  c.addName(c.entity(`${kind}:${name.toLowerCase()}`, kind, name, null, null), start, end, 'name', first);
}

/**
 * Which of the records sharing an alias ("Harry": Prince Harry or Harry Styles) the text means: one
 * already met, else the one whose other names the article uses ("the Duke of Sussex"), else the one
 * related to someone already met, else the first.
 */
function pickRecord(doc: Doc, c: Cluster, records: readonly KbRecord[], lowerText: () => string): KbRecord {
  if (records.length === 1) return records[0]!;
  const met = records.find((x) => c.hasKb(x));
  if (met) return met;
  const lower = lowerText();
  const named = (r: KbRecord): number => {
    let n = 0;
    for (const a of longNames(r)) if (lower.includes(a)) n++;
    return n;
  };
  const related = (r: KbRecord): number =>
    c.ents.filter((e) => e.kbId && doc.kb.relations(r.id, e.kbId).length > 0).length;
  let best = records[0]!;
  let bestScore = -1;
  for (const r of records) {
    const score = named(r) * 10 + related(r);
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return best;
}

/** Lowercased names of several words per KB record (name and aliases, duplicates kept), made once. */
const LONG_NAMES = new WeakMap<KbRecord, readonly string[]>();

/** The record's names of more than one word, lowercased with apostrophes folded, as `pickRecord` seeks them. */
function longNames(r: KbRecord): readonly string[] {
  let names = LONG_NAMES.get(r);
  if (!names) {
    names = [r.name, ...r.aliases]
      .filter((a) => a.includes(' '))
      .map((a) => foldApostrophes(a.toLowerCase()));
    LONG_NAMES.set(r, names);
  }
  return names;
}

/** A reporting verb or an appositive age right after a name makes it a person for sure. */
function speaks(doc: Doc, last: number): boolean {
  const t = doc.tokens;
  if (REPORTING_VERBS.has(t.hash[last + 1] ?? 0)) return true;
  return doc.text.charCodeAt(t.start[last + 1] ?? 0) === 44 && t.kind[last + 2] === TokenKind.number;
}

/** "Harry, 40," — an appositive age after a person's name. */
function ageAfter(doc: Doc, c: Cluster, e: Ent, start: number, last: number): void {
  const t = doc.tokens;
  const text = doc.text;
  const comma = last + 1;
  if (e.kind !== 'person' || comma + 1 >= t.count) return;
  if (text.charCodeAt(t.start[comma]!) !== 44 || t.kind[comma + 1] !== TokenKind.number) return;
  if (comma + 2 < t.count && t.kind[comma + 2] !== TokenKind.punct) return;
  if (text.charCodeAt(t.start[comma + 2] ?? text.length) === 37) return; // a percentage
  const age = Number(text.slice(t.start[comma + 1]!, t.end[comma + 1]!));
  if (age > 0 && age <= c.options.maxAge)
    c.ages.push({ start, end: t.end[comma + 1]!, entityId: e.id, age, form: 'apposition' });
}
