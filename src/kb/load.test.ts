import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { formatKbLine, isKbDate, parseKbLine } from './format.ts';
import {
  buildKb,
  bundledKb,
  bundledRecords,
  emptyKb,
  loadKbFiles,
  loadKbWithBundled,
  normalizeName,
  readKbFiles,
} from './load.ts';
import type { KbEvent, KbPerson, KbRecord } from './types.ts';

const dir = mkdtempSync(join(tmpdir(), 'hearsay-kb-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const writeTmp = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const person = (id: string, extra: Partial<KbPerson> = {}): KbPerson => ({
  kind: 'person',
  id,
  name: id,
  aliases: [],
  titles: [],
  gender: null,
  born: null,
  died: null,
  spouses: [],
  parents: [],
  children: [],
  siblings: [],
  occupations: [],
  ...extra,
});

const asPerson = (r: KbRecord | undefined): KbPerson => {
  assert.ok(r, 'record exists');
  assert.equal(r.kind, 'person');
  return r as KbPerson;
};

describe('parseKbLine', () => {
  test('fills defaults for a minimal person', () => {
    const r = parseKbLine('{"kind":"person","id":"x","name":"X"}', 1);
    assert.deepEqual(r, { ok: true, value: person('x', { name: 'X' }) });
  });

  test('parses an event with its date and participants', () => {
    const r = parseKbLine('{"kind":"event","id":"e","name":"E","date":"2023-05-06","participants":["x"]}', 4);
    const expected: KbEvent = {
      kind: 'event',
      id: 'e',
      name: 'E',
      aliases: [],
      date: '2023-05-06',
      participants: ['x'],
    };
    assert.deepEqual(r, { ok: true, value: expected });
  });

  test('names the line, the id and the field of a bad date', () => {
    const r = parseKbLine('{"kind":"person","id":"h","name":"H","born":"15/09/1984"}', 12);
    assert.deepEqual(r, {
      ok: false,
      error:
        'line 12 (id "h"): field "born" must be a date written YYYY-MM-DD, YYYY-MM or YYYY (got "15/09/1984")',
    });
  });

  test('reports invalid JSON with the line number', () => {
    const r = parseKbLine('{"kind":"person",', 3);
    assert.equal(r.ok, false);
    assert.match(r.ok ? '' : r.error, /^line 3: not valid JSON \(.+\); each line must hold one JSON object$/);
  });

  test('reports a missing name, an unknown kind, a bad gender and a misspelt field', () => {
    const missing = parseKbLine('{"kind":"person","id":"a"}', 1);
    assert.deepEqual(missing, { ok: false, error: 'line 1 (id "a"): field "name" is missing' });
    const kind = parseKbLine('{"kind":"place","id":"p","name":"P"}', 2);
    assert.deepEqual(kind, { ok: false, error: 'line 2 (id "p"): field "kind" must be "person" or "event"' });
    const gender = parseKbLine('{"kind":"person","id":"g","name":"G","gender":"m"}', 3);
    assert.deepEqual(gender, {
      ok: false,
      error: 'line 3 (id "g"): field "gender" must be "female", "male" or null (got "m")',
    });
    const typo = parseKbLine('{"kind":"person","id":"t","name":"T","alias":["x"]}', 4);
    assert.equal(typo.ok, false);
    assert.match(typo.ok ? '' : typo.error, /^line 4 \(id "t"\): unknown field "alias": a person may have /);
    const arr = parseKbLine('{"kind":"person","id":"s","name":"S","spouses":"w"}', 5);
    assert.deepEqual(arr, { ok: false, error: 'line 5 (id "s"): field "spouses" must be array (got "w")' });
    const item = parseKbLine('{"kind":"person","id":"s","name":"S","aliases":["ok",""]}', 6);
    assert.deepEqual(item, {
      ok: false,
      error: 'line 6 (id "s"): field "aliases[1]" must not be empty (got "")',
    });
  });

  test('rejects an event without a date and a JSON value that is not an object', () => {
    assert.deepEqual(parseKbLine('{"kind":"event","id":"e","name":"E"}', 7), {
      ok: false,
      error: 'line 7 (id "e"): field "date" is missing',
    });
    const arr = parseKbLine('[1,2]', 8);
    assert.equal(arr.ok, false);
    assert.match(arr.ok ? '' : arr.error, /^line 8: expected a JSON object/);
  });

  test('isKbDate accepts the three precisions and refuses impossible days', () => {
    assert.deepEqual(
      ['1984', '1984-09', '1984-09-15', '2024-02-29', '2023-02-29', '1984-13', '1984-9-15', '84-09-15'].map(
        isKbDate,
      ),
      [true, true, true, true, false, false, false, false],
    );
  });

  test('formatKbLine round-trips through parseKbLine and leaves out empty fields', () => {
    const p = person('q', { name: 'Q', born: '2000-01-02', spouses: ['r'] });
    const line = formatKbLine(p);
    assert.equal(line, '{"kind":"person","id":"q","name":"Q","born":"2000-01-02","spouses":["r"]}');
    assert.deepEqual(parseKbLine(line, 1), { ok: true, value: p });
  });
});

describe('bundled KB', () => {
  const kb = bundledKb();
  const one = (name: string): KbRecord => {
    const found = kb.lookup(name);
    assert.equal(found.length, 1, `exactly one record for ${name}: ${found.map((r) => r.id).join(', ')}`);
    return found[0]!;
  };

  test('is cached', () => {
    assert.equal(bundledKb(), kb);
  });

  test('lookup("Prince Harry") gives Harry, born 1984-09-15', () => {
    const harry = asPerson(one('Prince Harry'));
    assert.equal(harry.id, 'prince-harry');
    assert.equal(harry.born, '1984-09-15');
    assert.equal(harry.gender, 'male');
  });

  test('lookup folds case, curly apostrophes and accents', () => {
    assert.equal(one('PRINCE  HARRY').id, 'prince-harry');
    assert.equal(one('Beyonce').id, 'beyonce');
    assert.equal(one('the Queen’s death').id, 'death-of-elizabeth-ii');
    assert.equal(normalizeName('  Khloé’S '), "khloe's");
  });

  test('ambiguous aliases return every match', () => {
    const queens = kb
      .lookup('the Queen')
      .map((r) => r.id)
      .sort();
    assert.deepEqual(queens, ['camilla', 'elizabeth-ii']);
    const harrys = kb
      .lookup('Harry')
      .map((r) => r.id)
      .sort();
    assert.deepEqual(harrys, ['harry-styles', 'prince-harry']);
    assert.deepEqual(kb.lookup('Nobody Atall'), []);
  });

  test('key dates of the royal family', () => {
    const dates = (name: string): [string | null, string | null] => {
      const p = asPerson(one(name));
      return [p.born, p.died];
    };
    assert.deepEqual(dates('Elizabeth II'), ['1926-04-21', '2022-09-08']);
    assert.deepEqual(dates('King Charles'), ['1948-11-14', null]);
    assert.deepEqual(dates('Prince William'), ['1982-06-21', null]);
    assert.deepEqual(dates('Kate Middleton'), ['1982-01-09', null]);
    assert.deepEqual(dates('Meghan Markle'), ['1981-08-04', null]);
    assert.deepEqual(dates('Princess Diana'), ['1961-07-01', '1997-08-31']);
    const death = one('the passing of the Queen') as KbEvent;
    assert.equal(death.kind, 'event');
    assert.equal(death.date, '2022-09-08');
    assert.deepEqual(death.participants, ['elizabeth-ii']);
    assert.equal((one('the coronation') as KbEvent).date, '2023-05-06');
  });

  test('relations of the royal family, derived ones included', () => {
    const has = (a: string, b: string, word: string): void =>
      assert.ok(
        kb.relations(a, b).includes(word),
        `${a} is ${b}'s ${word}: got [${kb.relations(a, b).join(', ')}]`,
      );
    has('charles-iii', 'prince-harry', 'father');
    has('catherine', 'prince-harry', 'sister-in-law');
    has('meghan', 'prince-harry', 'wife');
    has('prince-william', 'prince-harry', 'brother');
    has('prince-harry', 'prince-william', 'brother');
    has('prince-harry', 'catherine', 'brother-in-law');
    has('catherine', 'meghan', 'sister-in-law');
    has('elizabeth-ii', 'prince-harry', 'grandmother');
    has('prince-william', 'elizabeth-ii', 'grandson');
    has('prince-george', 'charles-iii', 'grandson');
    has('carole-middleton', 'prince-william', 'mother-in-law');
    has('prince-william', 'michael-middleton', 'son-in-law');
    has('sophie', 'prince-harry', 'aunt');
    has('prince-andrew', 'prince-harry', 'uncle');
    has('princess-charlotte', 'prince-harry', 'niece');
    has('camilla', 'prince-william', 'stepmother');
    has('thomas-markle', 'prince-harry', 'father-in-law');
    has('samantha-markle', 'meghan', 'sister');
    assert.deepEqual(kb.relations('charles-iii', 'prince-harry'), ['parent', 'father']);
    assert.deepEqual(kb.relations('prince-harry', 'prince-harry'), []);
    assert.deepEqual(kb.relations('prince-harry', 'death-of-elizabeth-ii'), []);
  });

  test('relations among celebrities', () => {
    assert.deepEqual(kb.relations('kris-jenner', 'kylie-jenner'), ['parent', 'mother']);
    assert.ok(kb.relations('kim-kardashian', 'kendall-jenner').includes('sister'));
    assert.ok(kb.relations('alec-baldwin', 'hailey-bieber').includes('uncle'));
    assert.ok(kb.relations('jason-kelce', 'travis-kelce').includes('brother'));
    assert.ok(kb.relations('jay-z', 'beyonce').includes('husband'));
  });

  test('every relation and participant points to a person in the bundled files', () => {
    const records = bundledRecords();
    const people = new Set(records.filter((r) => r.kind === 'person').map((r) => r.id));
    const dangling: string[] = [];
    for (const r of records) {
      const refs =
        r.kind === 'person' ? [...r.spouses, ...r.parents, ...r.children, ...r.siblings] : r.participants;
      for (const ref of refs) if (!people.has(ref)) dangling.push(`${r.id} -> ${ref}`);
    }
    assert.deepEqual(dangling, []);
  });

  test('ids are unique and dates are consistent', () => {
    const records = bundledRecords();
    assert.equal(new Set(records.map((r) => r.id)).size, records.length);
    const problems: string[] = [];
    const byId = new Map(records.map((r) => [r.id, r]));
    for (const r of records) {
      if (r.kind !== 'person') continue;
      if (r.born && r.died && r.died < r.born) problems.push(`${r.id} died before being born`);
      for (const p of r.parents) {
        const parent = byId.get(p);
        if (
          parent?.kind === 'person' &&
          parent.born &&
          r.born &&
          Number(r.born.slice(0, 4)) - Number(parent.born.slice(0, 4)) < 14
        ) {
          problems.push(`${p} is too young to be ${r.id}'s parent`);
        }
      }
    }
    assert.deepEqual(problems, []);
  });

  test('holds the royal family and the celebrities asked for', () => {
    for (const name of [
      'Prince Philip',
      'Camilla Parker Bowles',
      'Duke of Cambridge',
      'the Duchess of Sussex',
      'Prince George',
      'Princess Charlotte',
      'Prince Louis',
      'Archie',
      'Lilibet',
      'Princess Anne',
      'Prince Edward',
      'Princess Beatrice',
      'Princess Eugenie',
      'Zara Tindall',
      'Peter Phillips',
      'Mike Tindall',
      'Carole Middleton',
      'Michael Middleton',
      'Pippa Middleton',
      'James Middleton',
      'Thomas Markle',
      'Doria Ragland',
      'Taylor Swift',
      'Travis Kelce',
      'Jay-Z',
      'Jennifer Aniston',
      'Brad Pitt',
      'Angelina Jolie',
      'Jennifer Lopez',
      'Ben Affleck',
      'Selena Gomez',
      'Justin Bieber',
      'Hailey Bieber',
      'Britney Spears',
      'Kanye West',
      'Tom Cruise',
      'Katie Holmes',
      'Blake Lively',
      'Ryan Reynolds',
      'Miley Cyrus',
      'David Beckham',
      'Victoria Beckham',
    ]) {
      assert.ok(kb.lookup(name).length >= 1, `${name} is in the bundled KB`);
    }
    const people = bundledRecords().filter((r) => r.kind === 'person').length;
    assert.ok(people >= 150, `${people} people`);
    assert.ok(kb.maxAliasWords >= 6);
  });
});

describe('buildKb', () => {
  test('the empty KB knows nobody', () => {
    const kb = emptyKb();
    assert.equal(kb.size, 0);
    assert.deepEqual(kb.lookup('Prince Harry'), []);
    assert.equal(kb.get('prince-harry'), undefined);
    assert.equal(kb.maxAliasWords, 0);
    assert.deepEqual(kb.relations('a', 'b'), []);
  });

  test('later records replace earlier ones with the same id, aliases included', () => {
    const kb = buildKb(
      [person('a', { name: 'Ann Old', aliases: ['Annie'] })],
      [person('a', { name: 'Ann New', aliases: ['Nan Three Words'] })],
    );
    assert.equal(kb.size, 1);
    assert.equal(kb.get('a')?.name, 'Ann New');
    assert.deepEqual(kb.lookup('Annie'), []);
    assert.deepEqual(kb.lookup('Ann Old'), []);
    assert.equal(kb.lookup('nan three words')[0]?.id, 'a');
    assert.equal(kb.maxAliasWords, 3);
  });

  test('relations are symmetric whichever side states them, genders choose the words', () => {
    const kb = buildKb([
      person('dad', { gender: 'male', children: ['son'] }),
      person('son', { gender: 'male', spouses: ['wife'] }),
      person('wife', { gender: 'female', siblings: ['bro'] }),
      person('bro', { gender: 'male' }),
      person('kid', { parents: ['son', 'wife'] }),
      person('x'),
    ]);
    assert.deepEqual(kb.relations('dad', 'son'), ['parent', 'father']);
    assert.deepEqual(kb.relations('son', 'dad'), ['child', 'son']);
    assert.deepEqual(kb.relations('wife', 'son'), ['spouse', 'wife']);
    assert.deepEqual(kb.relations('son', 'wife'), ['spouse', 'husband']);
    assert.deepEqual(kb.relations('bro', 'son'), ['sibling-in-law', 'brother-in-law']);
    assert.deepEqual(kb.relations('son', 'bro'), ['sibling-in-law', 'brother-in-law']);
    assert.deepEqual(kb.relations('dad', 'wife'), ['parent-in-law', 'father-in-law']);
    assert.deepEqual(kb.relations('wife', 'dad'), ['child-in-law', 'daughter-in-law']);
    assert.deepEqual(kb.relations('dad', 'kid'), ['grandparent', 'grandfather']);
    assert.deepEqual(kb.relations('kid', 'dad'), ['grandchild']);
    assert.deepEqual(kb.relations('bro', 'kid'), ['uncle']);
    assert.deepEqual(kb.relations('kid', 'bro'), []); // nephew or niece: unknown without a gender
    assert.deepEqual(kb.relations('x', 'son'), []);
  });

  test('children of one parent are siblings without saying so', () => {
    const kb = buildKb([
      person('p', { children: ['a', 'b'] }),
      person('a', { gender: 'female' }),
      person('b', { gender: 'male', children: ['c'] }),
      person('c', { gender: 'female' }),
    ]);
    assert.deepEqual(kb.relations('a', 'b'), ['sibling', 'sister']);
    assert.deepEqual(kb.relations('a', 'c'), ['aunt']);
    assert.deepEqual(kb.relations('c', 'a'), ['niece']);
  });
});

describe('loading files', () => {
  test('a malformed line gives an error naming the file and the line', () => {
    const path = writeTmp(
      'bad.jsonl',
      '{"kind":"person","id":"a","name":"A"}\n\n{"kind":"person","id":"b","name":"B","born":"1984-02-30"}\n',
    );
    assert.deepEqual(loadKbFiles([path]), {
      ok: false,
      error: `${path}, line 3 (id "b"): field "born" must be a date written YYYY-MM-DD, YYYY-MM or YYYY (got "1984-02-30")`,
    });
    const notJson = writeTmp('notjson.jsonl', '{"kind":"person","id":"a","name":"A"}\nhello\n');
    const r = loadKbFiles([notJson]);
    assert.equal(r.ok, false);
    assert.ok(!r.ok && r.error.startsWith(`${notJson}, line 2: not valid JSON`), r.ok ? '' : r.error);
  });

  test('a missing file is named', () => {
    const path = join(dir, 'nope.jsonl');
    assert.deepEqual(loadKbFiles([path]), { ok: false, error: `${path}: file not found` });
  });

  test('reads files without a final newline, with CRLF and a BOM, skipping blank lines', () => {
    const path = writeTmp(
      'crlf.jsonl',
      '\uFEFF{"kind":"person","id":"a","name":"A"}\r\n\r\n{"kind":"event","id":"e","name":"E","date":"2020"}',
    );
    const r = readKbFiles([path]);
    assert.ok(r.ok);
    assert.deepEqual(
      r.value.map((x) => x.id),
      ['a', 'e'],
    );
  });

  test("users' records add to the bundled ones and override them by id", () => {
    const path = writeTmp(
      'mine.jsonl',
      [
        '{"kind":"person","id":"prince-harry","name":"Harry Test","aliases":["Prince Harry"],"gender":"male","born":"1984-09-16","parents":["charles-iii"]}',
        '{"kind":"person","id":"new-star","name":"New Star","parents":["prince-harry"]}',
      ].join('\n'),
    );
    const r = loadKbWithBundled([path]);
    assert.ok(r.ok, r.ok ? '' : r.error);
    const kb = r.value;
    const harrys = kb.lookup('Prince Harry');
    assert.equal(harrys.length, 1);
    assert.equal(asPerson(harrys[0]).born, '1984-09-16');
    assert.equal(kb.get('prince-harry')?.name, 'Harry Test');
    assert.equal(kb.lookup('New Star')[0]?.id, 'new-star');
    assert.deepEqual(kb.relations('prince-harry', 'new-star'), ['parent', 'father']);
    assert.ok(kb.relations('charles-iii', 'new-star').includes('grandfather'));
    // The override dropped Harry's own spouse link; Meghan still lists Harry, so that survives.
    assert.ok(kb.relations('meghan', 'prince-harry').includes('wife'));
    assert.equal(kb.size, bundledKb().size + 1);
    // The bundled KB itself is untouched.
    assert.equal(asPerson(bundledKb().get('prince-harry')).born, '1984-09-15');
  });

  test('with no user files the bundled KB is used as is', () => {
    const r = loadKbWithBundled([]);
    assert.ok(r.ok);
    assert.equal(r.value, bundledKb());
  });
});
