/**
 * An invented article of about `chars` characters: invented people quoted, named and anonymous sources,
 * hedges and dates, paragraph after paragraph, as the largest article the server accepts might read.
 */
const PEOPLE = ['Mara Quill', 'Teo Varga', 'Lina Osei', 'Ravi Hollis', 'Juno Marsh', 'Odile Brandt'];

/** An invented article of about `chars` characters (the server's default limit is 2,000,000). */
export const largeArticle = (chars: number): string => {
  const parts: string[] = ['date 2025-03-04\n'];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    const a = PEOPLE[i % PEOPLE.length]!;
    const b = PEOPLE[(i + 1) % PEOPLE.length]!;
    const p =
      `"We are taking some time for ourselves," ${a} told reporters on Tuesday. ` +
      `A source close to ${b} said the pair may have argued over the tour. ` +
      `${b}, 34, reportedly feels hurt, according to an insider. ` +
      `The couple were seen at a restaurant in Lisbon last week, where they allegedly left separately.\n\n`;
    parts.push(p);
    n += p.length;
  }
  return parts.join('');
};
