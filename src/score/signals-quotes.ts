/**
 * Signals read off the engine's quotations and sources: who is quoted and whether
 * anonymous sources or documents stand behind it.
 */
import { sortedBy } from '../core/spans.ts';
import {
  byStart,
  type Feature,
  listNames,
  measurement,
  plural,
  share,
  sourceCount,
  span,
} from './feature-kit.ts';

/** Signals about the quotations and sources the engine found, in weights-file order. */
export const QUOTE_FEATURES: readonly Feature[] = [
  {
    id: 'anonymous-quote-share',
    direction: -1,
    compute: (r) => {
      const anonymous = r.quotes.filter((q) => q.speaker.kind === 'anonymous');
      return measurement(
        share(anonymous.length, r.quotes.length),
        anonymous.length,
        sortedBy(
          anonymous.map((q) => q.speaker.mention ?? span(q)),
          byStart,
        ),
        undefined,
        r.quotes.length,
      );
    },
    describe: (_v, _c, m) => {
      if (!m.of) return 'There are no quotations.';
      if (m.count === 0)
        return m.of === 1
          ? 'The only quotation does not come from an anonymous source.'
          : `None of the ${m.of} quotations comes from an anonymous source.`;
      if (m.of === 1) return 'The only quotation comes from an anonymous source.';
      if (m.count === m.of) return `All ${m.of} quotations come from anonymous sources.`;
      return `${m.count} of ${m.of} quotations come from anonymous sources.`;
    },
  },
  {
    id: 'named-sources-quoted',
    direction: 1,
    compute: (r) => sourceCount(r, ['named-person', 'named-organization'], true),
    describe: (_v, _c, m) =>
      m.count === 0
        ? 'No one is quoted by name.'
        : `${plural(m.count, 'named source is', 'named sources are')} quoted on the record: ${listNames(m.examples ?? [])}.`,
  },
  {
    // a studio, a network, a label or a spokesperson's office speaking by name: a statement on the record
    id: 'organization-quotes',
    direction: 1,
    compute: (r) => {
      const hits = r.quotes.filter((q) => q.speaker.kind === 'named-organization');
      return measurement(
        Math.log1p(hits.length),
        hits.length,
        sortedBy(
          hits.map((q) => span(q.speaker.mention ?? q)),
          byStart,
        ),
        [...new Set(hits.map((q) => q.speaker.name))],
      );
    },
    describe: (_v, _c, m) =>
      m.count === 0
        ? 'No organisation (a studio, a network, a representative) is quoted by name.'
        : `${plural(m.count, 'quotation comes', 'quotations come')} from named organisations: ${listNames(m.examples ?? [])}.`,
  },
  {
    id: 'documents-cited',
    direction: 1,
    compute: (r) => sourceCount(r, ['document']),
    describe: (_v, _c, m) =>
      m.count === 0
        ? 'No document (court filing, statement, record) is cited.'
        : `The article cites ${plural(m.count, 'document', 'documents')}: ${listNames(m.examples ?? [])}.`,
  },
];
