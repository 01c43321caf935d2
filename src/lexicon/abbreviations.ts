/**
 * Abbreviations that end in a full stop without ending a sentence. Collected from the titles, months
 * and Latin forms that appear in English news copy (AP and Guardian style guides' abbreviation lists).
 */
import { wordSet } from '../core/hash.ts';

/** Words that, followed by ".", do not end a sentence. */
export const ABBREVIATIONS = wordSet([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'rev', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov',
  'sen', 'rep', 'hon', 'mt', 'ft', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'dept', 'approx',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'e.g', 'i.e', 'u.s', 'u.k', 'a.m', 'p.m', 'est', 'al', 'fig', 'vol', 'pp', 'ave', 'blvd',
]);
