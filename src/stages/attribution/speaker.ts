/**
 * Reads a speaker phrase ("an insider", "the star's pal", "Lonechild", "she", "a rep for the couple",
 * "court papers") and says what kind of source it is. The head noun decides: a name is a named
 * person, "insider"/"pal"/"source" is anonymous even when capitalised or possessed, a spokesperson
 * speaks for an organization, a statement or post is a document, "reports" are unnamed media.
 */
import { hashWord } from '../../lexicon/hash.ts';
import { OUTLETS } from '../../lexicon/gazetteer.ts';
import { SUBJECT_PRONOUNS } from '../../lexicon/people.ts';
import { NOT_NAMES } from '../../lexicon/stopwords.ts';
import {
  ANONYMOUS_HEADS,
  DETERMINERS,
  DOCUMENT_HEADS,
  MEDIA_HEADS,
  OUTLET_SELF,
  PLURAL_HEADS,
  SPOKES_HEADS,
} from '../../lexicon/sources.ts';
import { type Doc, TokenKind } from '../../pipeline/doc.ts';
import { isNameDot } from '../../pipeline/spans.ts';
import type { SourceKind, Span } from '../../report/schema.ts';
import { possessiveLength } from '../entities/names.ts';

/** A speaker phrase, classified. `key` groups phrases that name the same source. */
export interface SpeakerPhrase {
  readonly span: Span;
  readonly kind: SourceKind;
  readonly name: string;
  readonly key: string;
  readonly entityId: string | null;
  readonly pronoun: boolean;
}

const FOR = hashWord('for');
const ANOTHER = hashWord('another');
const DEFINITE = new Set(['the', 'our', 'this', 'that', 'my'].map(hashWord));

const norm = (s: string): string => s.replace(/\s+/g, ' ').replace(/[’‘]/g, "'").trim();

/** Classifies the tokens `[a, b]` as a speaker, or returns null when they cannot be one. */
export function speakerPhrase(doc: Doc, a: number, b: number): SpeakerPhrase | null {
  const t = doc.tokens;
  const text = doc.text;
  if (a > b || b - a > 12) return null;
  const span = { start: t.start[a]!, end: t.end[b]! };
  const phrase = text.slice(span.start, span.end);
  const inSpan = doc.mentions.filter((m) => m.start >= span.start && m.start < span.end);
  const mention =
    a === b ? inSpan[0] : (inSpan.find((m) => m.form === 'name' || m.form === 'title') ?? inSpan[0]);
  if (a === b) {
    const pg = SUBJECT_PRONOUNS.get(t.hash[a]!);
    if (pg !== undefined) {
      const ent = mention && doc.entities.find((e) => e.id === mention.entityId);
      if (!ent)
        return {
          span,
          kind: 'unknown',
          name: phrase,
          key: `unknown:${phrase.toLowerCase()}`,
          entityId: null,
          pronoun: true,
        };
      return {
        span,
        kind: 'named-person',
        name: ent.name,
        key: `entity:${ent.id}`,
        entityId: ent.id,
        pronoun: true,
      };
    }
    if (OUTLET_SELF.has(t.hash[a]!)) return outlet(doc, span);
  }
  // a speaker phrase opens with a determiner, a name, a possessive or its head ("with sources" does not)
  const opener = t.hash[a]!;
  if (
    t.cap[a] !== 1 &&
    !DETERMINERS.has(opener) &&
    possessiveLength(text, t.end[a]!) === 0 &&
    t.kind[a] !== TokenKind.number &&
    !ANONYMOUS_HEADS.has(opener) &&
    !MEDIA_HEADS.has(opener) &&
    !DOCUMENT_HEADS.has(opener) &&
    !SPOKES_HEADS.has(opener)
  )
    return null;
  // walk past determiners, modifiers and possessives to the head noun; a possessive name
  // ("Prince Harry's friend") is a modifier too
  let h = a;
  for (let k = a; k < b && (t.cap[k] === 1 || isNameDot(text, t, k)); k++) {
    if (possessiveLength(text, t.end[k]!) > 0) {
      h = k + 1;
      break;
    }
  }
  while (h <= b) {
    const w = t.hash[h]!;
    const isPoss = possessiveLength(text, t.end[h]!) > 0;
    if (t.kind[h] === TokenKind.punct && !isNameDot(text, t, h)) return null;
    if (isPoss && h < b) {
      h++;
      continue;
    }
    if (ANONYMOUS_HEADS.has(w) || SPOKES_HEADS.has(w) || DOCUMENT_HEADS.has(w) || MEDIA_HEADS.has(w)) break;
    if (DETERMINERS.has(w) || (t.cap[h] !== 1 && h < b)) {
      h++;
      continue;
    }
    break;
  }
  if (h > b) return null;
  const head = t.hash[h]!;
  const lowerPhrase = norm(phrase).toLowerCase();
  // outlet names are proper names: "the star" is not Star magazine
  const capitalised = t.cap[a] === 1 || t.cap[a + 1] === 1;
  if ((capitalised && OUTLETS.has(lowerPhrase)) || isOwnOutlet(doc, lowerPhrase)) return outlet(doc, span);
  if (SPOKES_HEADS.has(head) && !DOCUMENT_HEADS.has(head)) {
    const forTok = h + 1 <= b && t.hash[h + 1] === FOR ? h + 2 : -1;
    const org =
      forTok > 0 ? doc.entities.find((e) => e.mentions.some((m) => m.start === t.start[forTok])) : undefined;
    const name = norm(phrase).replace(/^(a|an|the)\s+/i, '');
    return {
      span,
      kind: 'named-organization',
      name,
      key: `org:${org?.id ?? name.toLowerCase()}`,
      entityId: org?.id ?? null,
      pronoun: false,
    };
  }
  if (ANONYMOUS_HEADS.has(head)) {
    // "pal Jane Doe": a descriptor followed by a name names the person
    const named =
      mention && mention.start === t.start[h + 1] && (mention.form === 'name' || mention.form === 'title')
        ? mention
        : undefined;
    if (named) return fromEntity(doc, span, named.entityId);
    const plural = PLURAL_HEADS.has(head);
    const word = text.slice(t.start[h]!, t.end[h]!).toLowerCase();
    const det = t.hash[a]!;
    const key = plural
      ? `anon:plural:${word}`
      : DEFINITE.has(det) && h === a + 1
        ? `anon:def:${word}`
        : `anon:indef:${lowerPhrase}${det === ANOTHER ? `@${span.start}` : ''}`;
    return { span, kind: 'anonymous', name: norm(phrase), key, entityId: null, pronoun: false };
  }
  const plain = (kind: SourceKind, prefix: string): SpeakerPhrase => ({
    span,
    kind,
    name: norm(phrase),
    key: `${prefix}:${lowerPhrase}`,
    entityId: null,
    pronoun: false,
  });
  if (DOCUMENT_HEADS.has(head)) return plain('document', 'doc');
  if (MEDIA_HEADS.has(head)) return plain('unnamed-media', 'media');
  if (mention && mention.form !== 'pronoun' && mention.start === t.start[h])
    return fromEntity(doc, span, mention.entityId);
  if (t.cap[h] === 1 && h === a && !NOT_NAMES.has(t.hash[h]!)) {
    const name = norm(phrase);
    return {
      span,
      kind: 'named-person',
      name,
      key: `name:${name.toLowerCase()}`,
      entityId: null,
      pronoun: false,
    };
  }
  return null;
}

function fromEntity(doc: Doc, span: Span, entityId: string): SpeakerPhrase | null {
  const ent = doc.entities.find((e) => e.id === entityId);
  if (!ent) return null;
  if (ent.kind === 'organization' || isOwnOutlet(doc, ent.name)) {
    if (OUTLETS.has(ent.name.toLowerCase().replace(/’/g, "'")) || isOwnOutlet(doc, ent.name))
      return outlet(doc, span);
    return {
      span,
      kind: 'named-organization',
      name: ent.name,
      key: `entity:${ent.id}`,
      entityId: ent.id,
      pronoun: false,
    };
  }
  if (ent.kind !== 'person') return null;
  return {
    span,
    kind: 'named-person',
    name: ent.name,
    key: `entity:${ent.id}`,
    entityId: ent.id,
    pronoun: false,
  };
}

const bare = (s: string): string =>
  s
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/^the\s+/, '')
    .trim();

/** True when the phrase names the publication itself ("The Daily Glimmer can reveal"). */
function isOwnOutlet(doc: Doc, lowerPhrase: string): boolean {
  return !!doc.meta.outlet && bare(doc.meta.outlet) === bare(lowerPhrase);
}

function outlet(doc: Doc, span: Span): SpeakerPhrase {
  const name = doc.meta.outlet ?? norm(doc.text.slice(span.start, span.end));
  return { span, kind: 'outlet', name, key: 'outlet', entityId: null, pronoun: false };
}
