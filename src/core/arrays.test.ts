import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { emptyList, packed } from './arrays.ts';

test('emptyList: a fresh empty array each call', () => {
  const a = emptyList<number>();
  assert.deepEqual(a, []);
  assert.notEqual(a, emptyList<number>());
});

test('packed: the same elements in a new array, holes read as undefined', () => {
  const items = [
    { start: 0, end: 2 },
    { start: 3, end: 5 },
  ];
  const copy = packed(items);
  assert.notEqual(copy, items);
  assert.deepEqual(copy, items);
  assert.equal(copy[1], items[1]);
  assert.deepEqual(packed(new Array<number>(2)), [undefined, undefined]);
  assert.deepEqual(packed([]), []);
});

test('packed and emptyList: elements kind "packed, any value" whatever the input kind (V8 natives, in a child)', () => {
  // JavaScript cannot ask an array its kind: only V8's intrinsics can, behind --allow-natives-syntax,
  // a flag the test process must not get; so a child node answers, one kind per array
  const script = `
    const { emptyList, packed } = await import(${JSON.stringify(import.meta.resolve('./arrays.ts'))});
    const kind = (a) => ({ smi: %HasSmiElements(a), double: %HasDoubleElements(a), object: %HasObjectElements(a), holey: %HasHoleyElements(a) });
    const arrays = {
      literalEmpty: [], holey: new Array(2), ints: [1, 2], doubles: [1.5, 2.5],
      emptyList: emptyList(), packedEmpty: packed([]), packedHoley: packed(new Array(2)),
      packedInts: packed([1, 2]), packedDoubles: packed([1.5, 2.5]), packedObjects: packed([{ start: 0, end: 1 }]),
    };
    console.log(JSON.stringify(Object.fromEntries(Object.entries(arrays).map(([k, a]) => [k, kind(a)]))));`;
  const out = execFileSync(
    process.execPath,
    ['--allow-natives-syntax', '--import', 'tsx', '--input-type=module', '-e', script],
    { encoding: 'utf8' },
  );
  const kinds = JSON.parse(out) as Record<
    string,
    { smi: boolean; double: boolean; object: boolean; holey: boolean }
  >;
  const packedAny = { smi: false, double: false, object: true, holey: false };
  // the inputs really are of other kinds, so the check below can tell them apart
  assert.deepEqual(kinds.literalEmpty, { smi: true, double: false, object: false, holey: false });
  assert.deepEqual(kinds.holey, { smi: true, double: false, object: false, holey: true });
  assert.deepEqual(kinds.doubles, { smi: false, double: true, object: false, holey: false });
  for (const k of ['emptyList', 'packedEmpty', 'packedHoley', 'packedInts', 'packedDoubles', 'packedObjects'])
    assert.deepEqual(kinds[k], packedAny, k);
});
