import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import { randomInt } from 'node:crypto';

export const NICKNAME_MAX = 24;

const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });

// C0/C1 controls, zero-width and bidirectional formatting characters (which can reverse text
// on the projector), and the line/paragraph separators.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;

/**
 * A typed nickname made safe to show: NFC, invisible and bidirectional characters removed,
 * runs of spaces collapsed, at most 24 characters (whole code points). `""` when nothing is left.
 */
export function cleanNickname(input: string): string {
  const text = input.normalize('NFC').replace(/[\t\n\r\v\f\u0085]/g, ' ').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  return Array.from(text).slice(0, NICKNAME_MAX).join('').trim();
}

/** True when the nickname contains a word from the abuse list (with look-alike spellings). */
const isAbusive = (nickname: string): boolean => matcher.hasMatch(nickname);

const ADJECTIVES = ['Calm', 'Bold', 'Quick', 'Bright', 'Keen', 'Brave', 'Merry', 'Sunny', 'Witty', 'Gentle', 'Lucky', 'Clever', 'Steady', 'Swift', 'Noble', 'Jolly'];
const ANIMALS = ['Otter', 'Falcon', 'Panda', 'Heron', 'Lynx', 'Koala', 'Badger', 'Dolphin', 'Fox', 'Owl', 'Puffin', 'Tiger', 'Wombat', 'Gecko', 'Marten', 'Robin'];

/** A friendly generated nickname, e.g. `"Calm Otter 42"`; `random` is injectable for tests. */
export function generatedNickname(random: (n: number) => number = randomInt): string {
  return `${ADJECTIVES[random(ADJECTIVES.length)]} ${ANIMALS[random(ANIMALS.length)]} ${10 + random(90)}`;
}

type NicknameChoice = { nickname: string; generated: boolean; reason?: 'empty' | 'abusive' };

/** The nickname a learner gets: theirs when clean and kind, otherwise a generated one (and why). */
export function chooseNickname(input: string | undefined | null, random?: (n: number) => number): NicknameChoice {
  const cleaned = cleanNickname(input ?? '');
  if (!cleaned) return { nickname: generatedNickname(random), generated: true, reason: 'empty' };
  if (isAbusive(cleaned)) return { nickname: generatedNickname(random), generated: true, reason: 'abusive' };
  return { nickname: cleaned, generated: false };
}

/** Makes a nickname unique among those taken (case-insensitively): `"Ana"`, then `"Ana 2"`, `"Ana 3"`… */
export function uniqueNickname(nickname: string, taken: Iterable<string>): string {
  const used = new Set(Array.from(taken, (n) => n.toLocaleLowerCase()));
  if (!used.has(nickname.toLocaleLowerCase())) return nickname;
  for (let i = 2; ; i++) {
    const suffix = ` ${i}`;
    const base = Array.from(nickname).slice(0, NICKNAME_MAX - suffix.length).join('').trim();
    const candidate = `${base}${suffix}`;
    if (!used.has(candidate.toLocaleLowerCase())) return candidate;
  }
}
