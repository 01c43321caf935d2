/**
 * Code units read without a method lookup on the string. `text.charCodeAt(i)` finds `charCodeAt`
 * through the string's map at every call site; a site that has met more than four kinds of string
 * (internalized literals while lexicons load, sliced, cons, one- and two-byte texts) turns
 * megamorphic and then pays a generic lookup per character: about eight times the cost, and most of
 * what the tokenizer spent. `charCodeAt.call` through one constant function needs no map at all.
 */
const CHAR_CODE_AT = String.prototype.charCodeAt;

/** `text.charCodeAt(i)`, as fast whatever kinds of string the call site has seen (NaN out of range). */
export const codeAt = (text: string, i: number): number => CHAR_CODE_AT.call(text, i);
