/**
 * Common given names with the gender they usually carry: a capitalised run that opens with one is a
 * person, and the gender lets "she said" find her. Taken from the most frequent given names in the
 * US Social Security Administration's birth records (1960–2010) and the UK Office for National
 * Statistics' baby-name lists, cut to names that are rarely anything else.
 */
import { wordMap } from '../core/hash.ts';

const FEMALE = [
  'mary', 'patricia', 'jennifer', 'linda', 'elizabeth', 'barbara', 'susan', 'jessica', 'sarah', 'karen',
  'lisa', 'nancy', 'betty', 'sandra', 'margaret', 'ashley', 'kimberly', 'emily', 'donna', 'michelle',
  'carol', 'amanda', 'melissa', 'deborah', 'stephanie', 'rebecca', 'laura', 'sharon', 'cynthia', 'kathleen',
  'amy', 'angela', 'anna', 'brenda', 'pamela', 'emma', 'nicole', 'helen', 'samantha', 'katherine',
  'christine', 'debra', 'rachel', 'carolyn', 'janet', 'catherine', 'maria', 'heather', 'diane', 'olivia',
  'julie', 'joyce', 'victoria', 'kelly', 'christina', 'lauren', 'joan', 'evelyn', 'judith', 'megan',
  'andrea', 'cheryl', 'hannah', 'jacqueline', 'martha', 'gloria', 'teresa', 'ann', 'sara', 'madison',
  'frances', 'kathryn', 'janice', 'jean', 'abigail', 'alice', 'judy', 'sophia', 'grace', 'denise', 'amber',
  'doris', 'marilyn', 'danielle', 'beverly', 'isabella', 'theresa', 'diana', 'natalie', 'brittany',
  'charlotte', 'marie', 'kayla', 'alexis', 'lori', 'tessa', 'jade', 'poppy', 'lena', 'nadia', 'sasha',
  'chloe', 'zoe', 'ella', 'mia', 'ava', 'lily', 'ruby', 'isla', 'freya', 'amelia', 'harriet', 'holly',
  'lucy', 'molly', 'katie', 'kate', 'jane', 'jenny', 'kim', 'kylie', 'khloe', 'kourtney', 'kendall',
  'selena', 'taylor', 'britney', 'miley', 'ariana', 'rihanna', 'adele', 'beyonce', 'meghan', 'arabella',
  'carla', 'marla', 'bella', 'gigi', 'hailey', 'paris', 'nicky', 'demi', 'jennie', 'lea', 'leah', 'eva',
  'gwyneth', 'reese', 'angelina', 'scarlett', 'natasha', 'helena', 'camilla', 'pippa', 'carole', 'sophie',
  'beatrice', 'eugenie', 'zara', 'anne', 'doria', 'vanessa', 'whitney', 'mariah', 'madonna', 'cher', 'caitlyn',
];
const MALE = [
  'james', 'robert', 'john', 'michael', 'david', 'william', 'richard', 'joseph', 'thomas', 'christopher',
  'charles', 'daniel', 'matthew', 'anthony', 'mark', 'donald', 'steven', 'paul', 'andrew', 'joshua',
  'kenneth', 'kevin', 'brian', 'george', 'timothy', 'ronald', 'edward', 'jason', 'jeffrey', 'ryan', 'jacob',
  'gary', 'nicholas', 'eric', 'jonathan', 'stephen', 'larry', 'justin', 'scott', 'brandon', 'benjamin',
  'samuel', 'gregory', 'alexander', 'frank', 'patrick', 'raymond', 'jack', 'dennis', 'jerry', 'tyler',
  'aaron', 'jose', 'adam', 'nathan', 'henry', 'douglas', 'zachary', 'peter', 'kyle', 'noah', 'ethan',
  'jeremy', 'walter', 'christian', 'keith', 'roger', 'terry', 'austin', 'sean', 'gerald', 'carl', 'harold',
  'dylan', 'arthur', 'lawrence', 'jordan', 'jesse', 'bryan', 'billy', 'bruce', 'gabriel', 'joe', 'logan',
  'alan', 'juan', 'albert', 'willie', 'elijah', 'wayne', 'randy', 'vincent', 'mason', 'roy', 'ralph',
  'bobby', 'russell', 'bradley', 'philip', 'eugene', 'harry', 'oliver', 'charlie', 'freddie', 'alfie',
  'archie', 'leo', 'oscar', 'theo', 'marcus', 'ollie', 'benny', 'del', 'ravi', 'tom', 'tim', 'ben', 'sam',
  'max', 'luke', 'jake', 'liam', 'louis', 'hugh', 'ed', 'ted', 'brad', 'matt', 'chris', 'mike', 'nick',
  'kanye', 'travis', 'justin', 'shawn', 'harrison', 'zayn', 'niall', 'liam', 'jay', 'drake', 'ben', 'blake',
  'leonardo', 'johnny', 'tom', 'hugh', 'idris', 'keanu', 'ryan', 'chris', 'channing', 'bradley', 'pete',
  'scott', 'tristan', 'lamar',  'mick', 'elton', 'paul', 'ringo', 'ozzy', 'simon',
];

/** Given names and their usual gender. */
export const FIRST_NAMES: ReadonlyMap<number, 'female' | 'male'> = wordMap([
  ...MALE.map((n) => [n, 'male'] as const),
  ...FEMALE.map((n) => [n, 'female'] as const),
]);
