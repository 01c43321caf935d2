import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../core/tokens.ts';
import { aliasAt, eventAliasAt } from './match.ts';
import { bundledKb, emptyKb } from './load.ts';

test('eventAliasAt holds wherever the longest alias names an event, and only where some event alias starts', () => {
  const kb = bundledKb();
  const text =
    "After the coronation of the King, Prince Harry watched the royal wedding and the Queen's funeral.";
  const t = tokenize(text);
  // every sentence index the same, as the matcher reads phrases within one sentence
  t.sentence.fill(0);
  const starts: string[] = [];
  for (let i = 0; i < t.count; i++) {
    const hit = aliasAt(kb, t, i);
    const ev = eventAliasAt(kb, t, i);
    // the dates stage skips a token eventAliasAt refuses: the longest alias there must name no event
    if (hit && hit.value.events.length > 0) assert.ok(ev, text.slice(t.start[i], t.end[hit.last]));
    if (ev) starts.push(text.slice(t.start[i], t.end[i]));
  }
  assert.ok(starts.length > 0, 'the text names at least one KB event');
  assert.equal(eventAliasAt(emptyKb(), t, 0), false);
});
