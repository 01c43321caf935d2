/**
 * Event-date checks: a date written right next to a known event ("in September 2022 after the passing
 * of the Queen", "the Queen's death in 2021", "after Prince Philip died in April 2021") against the
 * date the KB has for it. Events are found by their KB aliases, and deaths also as a KB person who has
 * died followed by a death word.
 */
import { DEATH_FILLERS, DEATH_WORDS, EVENT_GLUE, ORDER_AFTER, ORDER_BEFORE } from '../../lexicon/checks.ts';
import { hashWord, wordSet } from '../../core/hash.ts';
import { type Doc, TokenKind } from '../../pipeline/doc.ts';
import type { KbPerson } from '../../kb/types.ts';
import type { Check, DateMention } from '../../report/schema.ts';
import { Cursor } from '../dates/cursor.ts';
import { bounds, parseDay, ymd } from '../dates/days.ts';
import { tokenAtOrAfter, tokenEndingBy } from '../../core/spans.ts';
import type { CheckOptions } from './options.ts';
import { possessive, shortName } from './util.ts';

/** An event the text names, with the date the KB gives it. */
interface DatedEvent {
  readonly first: number;
  readonly last: number;
  readonly label: string;
  readonly name: string;
  readonly day: number;
  readonly date: string;
  readonly evidence: string;
}

const DEATH = wordSet(DEATH_WORDS);
const FILLERS = wordSet(DEATH_FILLERS);
const AFTER = wordSet(ORDER_AFTER);
const BEFORE = wordSet(ORDER_BEFORE);
const ANNIVERSARY = hashWord('anniversary');
/** Dates the check cannot place, and narrative times ("on Sunday") that date the telling, not old events. */
const UNPLACED = new Set([
  'vague',
  'no-article-date',
  'impossible-date',
  'kb-event',
  'weekday-past',
  'weekday-future',
  'weekday-next',
  'relative-day',
  'relative-week',
  'weekend',
]);
/** Rules whose year the resolver guessed. */
const YEARLESS = new Set([
  'month-day-past',
  'month-day-future',
  'month-day-weekday',
  'month-past',
  'month-future',
]);
const GLUE = wordSet(EVENT_GLUE);
const SLACK: Readonly<Record<DateMention['precision'], number>> = { day: 1, range: 7, month: 31, year: 366 };
const GLUE_MARKS = new Set([',', '(', ')', '–', '—']);

/** Events named by a KB alias (matched once, by the dates stage), with the KB's date. */
function aliasEvents(doc: Doc, c: Cursor): DatedEvent[] {
  return doc.events.flatMap(({ first, last, start, end, event }) => {
    const day = parseDay(event.date) ?? bounds(event.date)?.first ?? null;
    // "The Queen's death" opening a sentence reads as "the Queen's death" inside a detail
    const label = c.text.slice(start, end).replace(/^The /, 'the ');
    return day === null
      ? []
      : [
          {
            first,
            last,
            label,
            name: `“${event.name}”`,
            day,
            date: event.date,
            evidence: `${event.name}: ${event.date}`,
          },
        ];
  });
}

/** "the Queen died", "Philip's death": a KB person with a death date, then a death word. */
function deathEvents(doc: Doc, c: Cursor, taken: readonly DatedEvent[], reach: number): DatedEvent[] {
  const { t } = c;
  const out: DatedEvent[] = [];
  // the KB people of the article who have died, by entity id: most articles have none, and then no
  // mention needs a look
  let dead: Map<string, KbPerson> | null = null;
  for (const e of doc.entities) {
    const person = e.kbId ? doc.kb.get(e.kbId) : undefined;
    if (person?.kind !== 'person' || !person.died) continue;
    dead ??= new Map();
    dead.set(e.id, person);
  }
  if (dead === null) return out;
  for (const m of doc.mentions) {
    const person = dead.get(m.entityId);
    const died = person?.died;
    if (!person || !died) continue;
    const day = parseDay(died) ?? bounds(died)?.first ?? null;
    if (day === null) continue;
    const first = tokenAtOrAfter(t, m.start);
    let k = tokenAtOrAfter(t, m.end);
    while (k < t.count && FILLERS.has(t.hash[k]!) && k - first < reach) k++;
    if (k >= t.count || !DEATH.has(t.hash[k]!) || !c.together(first, k)) continue;
    if (taken.some((e) => e.first <= k && e.last >= first)) continue;
    out.push({
      first,
      last: k,
      label: `${possessive(shortName(person))} death`,
      name: `the death of ${person.name}`,
      day,
      date: died,
      evidence: `${person.name}: died ${died}`,
    });
  }
  return out;
}

/** A date next to an event, and which way the words between order them. */
interface Pairing {
  readonly date: DateMention;
  /** +1: the text puts the date after the event ("after the Queen's death"), -1 before, 0 on it. */
  readonly order: number;
}

/**
 * The date written next to an event in its sentence, with only glue between them ("in", "after",
 * a comma): "On Sunday, Harry marked the Queen's death" dates the marking, not the death.
 */
function dateNextTo(c: Cursor, e: DatedEvent, dates: readonly DateMention[], gap: number): Pairing | null {
  const t = c.t;
  let best: Pairing | null = null;
  let bestGap = gap + 1;
  for (const d of dates) {
    if (d.resolved === null || UNPLACED.has(d.rule)) continue;
    const a = tokenAtOrAfter(t, d.start);
    const z = tokenEndingBy(t, d.end);
    if (!c.together(a, e.first)) continue;
    const dateFirst = z < e.first;
    const [from, to] = dateFirst ? [z + 1, e.first] : [e.last + 1, a];
    if (to < from || to - from >= bestGap) continue;
    let between = 0;
    let glue = true;
    for (let k = from; k < to && glue; k++) {
      const h = t.hash[k]!;
      if (AFTER.has(h)) between = 1;
      else if (BEFORE.has(h)) between = -1;
      else glue = t.kind[k] === TokenKind.punct ? GLUE_MARKS.has(c.text[t.start[k]!]!) : GLUE.has(h);
    }
    if (!glue) continue;
    best = { date: d, order: dateFirst ? between : -between };
    bestGap = to - from;
  }
  return best;
}

/** Whether a date fits an event at the date's precision and in the order the text gives. */
function fits(d: DateMention, order: number, day: number): boolean | null {
  const range = bounds(d.resolved);
  if (!range) return null;
  if (YEARLESS.has(d.rule)) {
    // the year was the resolver's guess: only the month (and day) the text gave can be compared
    if (order !== 0) return null;
    const want = ymd(day);
    const got = ymd(range.first);
    return want.m === got.m && (d.precision !== 'day' || want.d === got.d);
  }
  // "two years ago" is loose talk: allow it one unit either way
  const slack = d.rule === 'ago' ? SLACK[d.precision] : 0;
  const first = range.first - slack;
  const last = range.last + slack;
  if (order > 0) return last >= day;
  if (order < 0) return first <= day;
  return first <= day && day <= last;
}

/** Checks of dates written next to known events. */
export function eventChecks(doc: Doc, o: CheckOptions): Check[] {
  const c = new Cursor(doc.text, doc.tokens);
  const t = c.t;
  const aliases = aliasEvents(doc, c);
  const events = aliases.concat(deathEvents(doc, c, aliases, o.deathWordReach));
  const out: Check[] = [];
  for (const e of events) {
    // "the anniversary of the Queen's death" is dated by the anniversary, not the death
    let anniversary = false;
    for (let k = Math.max(0, e.first - o.anniversaryReach); k < e.first; k++)
      anniversary ||= t.hash[k] === ANNIVERSARY;
    const pair = anniversary ? null : dateNextTo(c, e, doc.dates, o.eventDateGap);
    const ok = pair ? fits(pair.date, pair.order, e.day) : null;
    if (!pair || ok === null) continue;
    const { date: d, order } = pair;
    const phrase =
      order === 0
        ? `dates ${e.label} to ${d.text}`
        : `places ${d.text} ${order > 0 ? 'after' : 'before'} ${e.label}`;
    const resolved = YEARLESS.has(d.rule) || d.resolved === d.text ? '' : ` (${d.resolved})`;
    out.push({
      kind: 'event-date',
      status: ok ? 'consistent' : 'inconsistent',
      span: { start: d.start, end: d.end },
      detail: ok
        ? `The article ${phrase}; the knowledge base dates ${e.name} to ${e.date}, which fits.`
        : `The article ${phrase}${resolved}, but the knowledge base dates ${e.name} to ${e.date}.`,
      evidence: [e.evidence],
    });
  }
  return out;
}
