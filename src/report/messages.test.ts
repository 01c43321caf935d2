/** Messages list every finding with a documented rule id; a partial report lists only what it has. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { goldenArticles } from '../../scripts/golden.ts';
import { analyze } from '../index.ts';
import { messages, RULES } from './messages.ts';

test('every message of every fixture carries a documented rule of its own stage, with a span in the text', () => {
  for (const [name, file] of goldenArticles()) {
    const r = analyze(readFileSync(file, 'utf8'), { id: name });
    for (const m of messages(r)) {
      const rule = RULES.get(m.rule);
      assert.ok(rule, `${name}: rule ${m.rule} is not documented`);
      assert.equal(rule.stage, m.stage, `${name}: ${m.rule}`);
      assert.ok(m.span.start >= 0 && m.span.start <= m.span.end && m.span.end <= r.text.length, name);
    }
  }
});

test('a small article gives exactly these messages', () => {
  const text = '"We are done," an insider says. Kim Kardashian is furious!';
  const r = analyze(text, { date: '2024-10-08' });
  const rows = messages(r)
    .filter((m) => m.stage !== 'score' && m.stage !== 'claims')
    .map((m) => `${m.rule} ${text.slice(m.span.start, m.span.end)}`);
  assert.deepEqual(rows, [
    'quote-direct We are done,',
    'source-anonymous an insider',
    'entity-person Kim Kardashian',
    'emotive furious',
    'exclamation !',
  ]);
});

test('a spine report has no claim, hedge, check or score messages', () => {
  const r = analyze('"We are done," an insider says. She may leave!', { preset: 'spine' });
  const stages = new Set(messages(r).map((m) => m.stage));
  assert.deepEqual([...stages].sort(), ['quotes', 'sources']);
});
