import assert from 'node:assert/strict';
import { test } from 'node:test';
import { yearOldAge } from './references.ts';
test('yearOldAge reads the age of "42-year-old" exactly as /^(\d{1,3})-year-old$/i does', () => {
  const re = /^(\d{1,3})-year-old$/i;
  for (const w of ['42-year-old','7-Year-Old','100-YEAR-OLD','1000-year-old','-year-old','42-year-olds','42-year-ol','42–year-old','42-yearxold','42-year_old','0-year-old','042-year-old','42-year-Old','x42-year-old']) {
    const m = re.exec(w); assert.equal(yearOldAge(w, 0, w.length), m ? Number(m[1]) : -1, w);
  }
});
