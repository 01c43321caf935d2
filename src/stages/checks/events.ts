/**
 * Event-date checks: a date written right next to a known event ("in September 2022 after the passing
 * of the Queen", "the Queen's death in 2021", "after Prince Philip died in April 2021") against the
 * date the KB has for it. Events are found by their KB aliases, and deaths also as a KB person who has
 * died followed by a death word.
 */
import type { KbEvent } from '../../kb/types.ts';
import { hashWord } from '../../lexicon/hash.ts';
import { type Doc, TokenKind } from '../../pipeline/doc.ts';
import type { Check, DateMention } from '../../report/schema.ts';
import { Cursor } from '../dates/cursor.ts';
import { bounds, parseDay } from '../dates/days.ts';
import { tokenAt, tokenBefore } from './util.ts';

/** An event the text names, with the date the KB gives it. */
interface EventMention {
  readonly first: number;
  readonly last: number;
  readonly label: string;
  readonly name: string;
  readonly day: number;
  readonly date: string;
  readonly evidence: string;
}

const THE = hashWord('the');
const DEATH_WORDS = new Set(['died', 'death', 'passing', 'passed'].map(hashWord));
const FILLERS = new Set(['sadly', 'tragically', 'suddenly', 'peacefully', 'had', 'has'].map(hashWord));
const AFTER = new Set(['after', 'following', 'since'].map(hashWord));
const BEFORE = new Set(['before', 'until', 'till', 'ahead', 'prior'].map(hashWord));
const ANNIVERSARY = hashWord('anniversary');
/** A date this many tokens or fewer from an event is read as that event's date. */
const GAP = 4;
const UNPLACED = new Set(['vague', 'no-article-date', 'impossible-date']);

/** Picks among events sharing an alias ("the royal wedding") by the people the article mentions. */
function pick(events: readonly KbEvent[], people: ReadonlySet<string>): KbEvent | null {
  if (events.length === 1) return events[0]!;
  const score = (e: KbEvent): number => e.participants.filter((p) => people.has(p)).length;
  const best = Math.max(...events.map(score));
  const top = events.filter((e) => score(e) === best);
  return best > 0 && top.length === 1 ? top[0]! : null;
}

/** Events named by a KB alias, longest alias first, starting at "the" or a capitalised word. */
function aliasEvents(doc: Doc, c: Cursor, people: ReadonlySet<string>): EventMention[] {
  const { t, text } = c;
  const out: EventMention[] = [];
  const reach = doc.kb.maxAliasWords + 2;
  for (let i = 0; i < t.count; i++) {
    if (!c.isWord(i) || (t.hash[i] !== THE && t.cap[i] !== 1)) continue;
    for (let j = Math.min(t.count - 1, i + reach - 1); j >= i; j--) {
      if (!c.together(i, j) || t.kind[j] === TokenKind.punct) continue;
      const label = text.slice(t.start[i]!, t.end[j]!);
      const events = doc.kb.lookup(label).filter((r): r is KbEvent => r.kind === 'event');
      const e = events.length ? pick(events, people) : null;
      const day = e ? (parseDay(e.date) ?? bounds(e.date)?.first ?? null) : null;
      if (!e || day === null) continue;
      out.push({
        first: i,
        last: j,
        label,
        name: e.name,
        day,
        date: e.date,
        evidence: `${e.name}: ${e.date}`,
      });
      i = j;
      break;
    }
  }
  return out;
}

/** "the Queen died", "Philip's death": a KB person with a death date, then a death word. */
function deathEvents(doc: Doc, c: Cursor, taken: readonly EventMention[]): EventMention[] {
  const { t, text } = c;
  const out: EventMention[] = [];
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  for (const m of doc.mentions) {
    const kbId = byId.get(m.entityId)?.kbId;
    const person = kbId ? doc.kb.get(kbId) : undefined;
    if (person?.kind !== 'person' || !person.died) continue;
    const day = parseDay(person.died) ?? bounds(person.died)?.first ?? null;
    if (day === null) continue;
    const first = tokenAt(t, m.start);
    let k = tokenAt(t, m.end);
    while (k < t.count && FILLERS.has(t.hash[k]!) && k - first < 4) k++;
    if (k >= t.count || !DEATH_WORDS.has(t.hash[k]!) || !c.together(first, k)) continue;
    if (taken.some((e) => e.first <= k && e.last >= first)) continue;
    out.push({
      first,
      last: k,
      label: text.slice(m.start, t.end[k]!),
      name: `the death of ${person.name}`,
      day,
      date: person.died,
      evidence: `${person.name}: died ${person.died}`,
    });
  }
  return out;
}

/** The date written closest to an event, within GAP tokens and in its sentence. */
function nearestDate(
  c: Cursor,
  e: EventMention,
  dates: readonly DateMention[],
): [DateMention, number, number] | null {
  let best: [DateMention, number, number] | null = null;
  let bestGap = GAP + 1;
  for (const d of dates) {
    if (d.resolved === null || UNPLACED.has(d.rule)) continue;
    const a = tokenAt(c.t, d.start);
    const z = tokenBefore(c.t, d.end);
    if (!c.together(a, e.first)) continue;
    const gap = z < e.first ? e.first - z - 1 : a > e.last ? a - e.last - 1 : -1;
    if (gap >= 0 && gap < bestGap) {
      best = [d, a, z];
      bestGap = gap;
    }
  }
  return best;
}

/** Checks of dates written next to known events. */
export function eventChecks(doc: Doc): Check[] {
  const c = new Cursor(doc.text, doc.tokens);
  const t = c.t;
  const people = new Set(doc.entities.flatMap((e) => (e.kbId ? [e.kbId] : [])));
  const aliases = aliasEvents(doc, c, people);
  const events = [...aliases, ...deathEvents(doc, c, aliases)];
  const out: Check[] = [];
  for (const e of events) {
    // "the anniversary of the Queen's death" is dated by the anniversary, not the death
    let anniversary = false;
    for (let k = Math.max(0, e.first - 3); k < e.first; k++) anniversary ||= t.hash[k] === ANNIVERSARY;
    const found = anniversary ? null : nearestDate(c, e, doc.dates);
    const range = found ? bounds(found[0].resolved) : null;
    if (!found || !range) continue;
    const [d, a, z] = found;
    const dateFirst = a < e.first;
    let between = 0;
    for (let k = dateFirst ? z + 1 : e.last + 1; k < (dateFirst ? e.first : a); k++) {
      if (AFTER.has(t.hash[k]!)) between = 1;
      if (BEFORE.has(t.hash[k]!)) between = -1;
    }
    // which way the text orders them: +1 the date comes after the event, -1 before, 0 the event's own date
    const order = dateFirst ? between : -between;
    const fits =
      order > 0
        ? range.last >= e.day
        : order < 0
          ? range.first <= e.day
          : range.first <= e.day && e.day <= range.last;
    const phrase =
      order === 0
        ? `dates ${e.label} to ${d.text}`
        : `places ${d.text} ${order > 0 ? 'after' : 'before'} ${e.label}`;
    out.push({
      kind: 'event-date',
      status: fits ? 'consistent' : 'inconsistent',
      span: { start: d.start, end: d.end },
      detail: fits
        ? `The article ${phrase}; the knowledge base dates ${e.name} to ${e.date}, which fits.`
        : `The article ${phrase} (${d.resolved}), but the knowledge base dates ${e.name} to ${e.date}.`,
      evidence: [e.evidence],
    });
  }
  return out;
}
