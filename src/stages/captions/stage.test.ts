/**
 * Captions the HTML extractor finds travel as data (`captionHints`) to the captions stage, which
 * takes them as they are instead of finding them again in the text with its patterns.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeArticle } from '../../index.ts';
import { extractArticle } from '../../input/html.ts';

const PAGE = `<!doctype html><html><head><title>Beach day</title></head><body><article>
<h1>Beach day</h1>
<p>The pair spent the afternoon on the sand, laughing as the tide came in and the light went gold.</p>
<figure><img src="x.jpg" alt=""><figcaption>The couple walked the shore at sunset.</figcaption></figure>
<p>"We needed this," she told friends later that evening, according to people who were there.</p>
<p>They drove home before dark, and neither said much about the months ahead or the move.</p>
</article></body></html>`;

test('a figcaption with no credit pattern is a caption because the extractor says so', () => {
  const page = extractArticle(PAGE, 'https://example.com/beach');
  assert.ok(page.ok);
  const { text, captions } = page.value;
  const r = analyzeArticle({ text, captionHints: captions });
  assert.ok(r.ok);
  assert.deepEqual(
    r.value.captions.map((c) => [text.slice(c.start, c.end), c.credit, c.creditSpan]),
    [['The couple walked the shore at sunset.', null, null]],
  );
  // the same text without the hints: the patterns see no caption in it
  const plain = analyzeArticle({ text });
  assert.ok(plain.ok);
  assert.deepEqual(plain.value.captions, []);
});

test('a hinted credit gets its span in the caption', () => {
  const text = 'Body text here.\n\nThe star at the premiere (Credit: Lensman Agency)\n\nMore body.';
  const start = text.indexOf('The star');
  const end = text.indexOf(')') + 1;
  const r = analyzeArticle({ text, captionHints: [{ start, end, credit: 'Lensman Agency' }] });
  assert.ok(r.ok);
  const [c] = r.value.captions;
  assert.ok(c?.creditSpan);
  assert.equal(text.slice(c.creditSpan.start, c.creditSpan.end), 'Lensman Agency');
});

test('a photographer and an agency alone on their line is a credit: "Dana Reyes/Getty Images"', () => {
  const text =
    'Dana Reyes/Getty Images\n\n"We are so happy," Lena Marsh told reporters in Paris on Monday.\n\nREX/Shutterstock\n\nShe and/or her sister may visit.\n';
  const r = analyzeArticle({ text });
  assert.ok(r.ok);
  assert.deepEqual(
    r.value.captions.map((c) => [
      text.slice(c.start, c.end),
      c.credit,
      text.slice(c.creditSpan!.start, c.creditSpan!.end),
    ]),
    [
      ['Dana Reyes/Getty Images', 'Dana Reyes/Getty Images', 'Dana Reyes/Getty Images'],
      ['REX/Shutterstock', 'REX/Shutterstock', 'REX/Shutterstock'],
    ],
  );
  // the credit names no person of the story
  assert.deepEqual(
    r.value.entities.filter((e) => e.kind === 'person').map((e) => e.name),
    ['Lena Marsh'],
  );
});
