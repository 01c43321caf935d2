/**
 * Known events named in the text ("the passing of the Queen", "the King's coronation"), found by the
 * KB's aliases. An event name is a date expression too: the dates stage resolves it to the KB's date
 * (rule `kb-event`), and the checks stage holds the dates written next to it against that date.
 */
import { aliasAt, eventAliasAt } from '../../kb/match.ts';
import type { KbEvent } from '../../kb/types.ts';
import { THE } from '../../core/hash.ts';
import type { Doc, EventMention } from '../../pipeline/doc.ts';
import type { DateMention } from '../../report/schema.ts';
import type { Cursor } from './cursor.ts';

/** An event the text names by one of its KB aliases. */
export type NamedEvent = EventMention;

const NO_PEOPLE: ReadonlySet<string> = new Set();

/** Picks among events sharing an alias ("the royal wedding") by the people the article mentions. */
function pick(events: readonly KbEvent[], people: ReadonlySet<string>): KbEvent | null {
  if (events.length === 1) return events[0]!;
  const score = (e: KbEvent): number => e.participants.filter((p) => people.has(p)).length;
  const best = Math.max(...events.map(score));
  const top = events.filter((e) => score(e) === best);
  return best > 0 && top.length === 1 ? top[0]! : null;
}

/** Events named by a KB alias, longest alias first, each starting at "the" or a capitalised word. */
export function namedEvents(doc: Pick<Doc, 'kb' | 'entities'>, c: Cursor): NamedEvent[] {
  const { t } = c;
  // the KB people the article mentions, gathered when an alias shared by events first asks
  let people: Set<string> | null = null;
  const out: NamedEvent[] = [];
  for (let i = 0; i < t.count; i++) {
    if (!c.isWord(i) || (t.hash[i] !== THE && t.cap[i] !== 1)) continue;
    // the longest alias here names an event only if some event's alias starts here: the event
    // aliases are asked first, and the whole matcher only where one starts
    if (!eventAliasAt(doc.kb, t, i)) continue;
    const hit = aliasAt(doc.kb, t, i);
    if (!hit || hit.value.possessive) continue;
    const events = hit.value.events;
    if (events.length === 0) continue;
    if (events.length > 1 && people === null) {
      people = new Set<string>();
      for (const e of doc.entities) if (e.kbId) people.add(e.kbId);
    }
    const event = pick(events, people ?? NO_PEOPLE);
    if (!event) continue;
    out.push({ first: i, last: hit.last, start: t.start[i]!, end: t.end[hit.last]!, event });
    i = hit.last;
  }
  return out;
}

/** The date mention an event name makes, at the precision of the KB's date. */
export function eventDate(n: NamedEvent, text: string): DateMention {
  const d = n.event.date;
  const precision = d.length === 10 ? 'day' : d.length === 7 ? 'month' : 'year';
  return {
    start: n.start,
    end: n.end,
    text: text.slice(n.start, n.end),
    resolved: d,
    precision,
    rule: 'kb-event',
  };
}
