/** The views cope with a partial report: sections the preset did not compute say so, with no zeros. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../index.ts';
import { renderHtml } from './html.ts';
import { renderMarkdown } from './markdown.ts';
import { NOT_COMPUTED } from './outline.ts';
import { renderText } from './text.ts';

const TEXT = '"We are done," an insider tells us. The pair split in May.';
const spine = analyze(TEXT, { preset: 'spine', title: 'Split' });

test('the terminal view of a spine report says the score and claims were not computed', () => {
  const out = renderText(spine, { color: false, width: 100 });
  assert.ok(out.includes('"⟦We are done,⟧[1]"'));
  for (const heading of ['Who says so', 'Claims', 'Consistency checks', 'Score']) {
    assert.ok(out.includes(`${heading}\n  ${NOT_COMPUTED}`), heading);
  }
  assert.equal(out.includes('/10'), false);
});

test('the Markdown view of a spine report says what was not computed', () => {
  const out = renderMarkdown(spine);
  assert.ok(out.includes(`## Score\n\n${NOT_COMPUTED}`));
  assert.ok(out.includes('## Sources\n\n| id |'));
});

test('the HTML view of a spine report has no score value and says why', () => {
  const out = renderHtml(spine);
  assert.equal(out.includes('class="value"'), false);
  assert.ok(out.includes('<h2 id="h-score">Score</h2>\n<p class="empty">Not computed'));
  assert.ok(out.includes('<h2 id="h-checks">Checks</h2>\n<p class="empty">Not computed'));
  assert.ok(out.includes('data-quote="q1"'));
});
