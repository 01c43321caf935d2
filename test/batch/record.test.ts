/** The hand-checked fast path of a batch record agrees with the zod schema it stands in for. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Record, wellFormed } from '../../src/cli/record.ts';

const cases: unknown[] = [
  { text: 'A story.' },
  { id: 'a1', text: 'A story.', title: null, date: '2024-01-02', outlet: 'X', url: null, byline: 'B' },
  { id: 7, text: 'A story.', extra: { nested: true } },
  { id: null, text: 'A story.' },
  { id: Number.POSITIVE_INFINITY, text: 'A story.' },
  { id: true, text: 'A story.' },
  { id: ['a'], text: 'A story.' },
  { text: '' },
  { text: 5 },
  {},
  { text: 'A story.', title: 3 },
  { text: 'A story.', date: {} },
  { text: 'A story.', outlet: false },
  { text: 'A story.', url: [] },
  { text: 'A story.', byline: 1 },
  ['text'],
  null,
  'text',
  42,
];

test('wellFormed accepts exactly what the Record schema accepts, with the same fields', () => {
  let accepted = 0;
  for (const value of cases) {
    const fast = wellFormed(value);
    const slow = Record.safeParse(value);
    assert.equal(fast !== null, slow.success, JSON.stringify(value));
    if (fast && slow.success) {
      accepted++;
      for (const k of Object.keys(slow.data) as (keyof typeof slow.data)[])
        assert.equal(fast[k], slow.data[k], `${JSON.stringify(value)} ${k}`);
    }
  }
  assert.equal(accepted, 4);
});
