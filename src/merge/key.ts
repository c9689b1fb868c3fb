/**
 * What makes two sightings one paper: the arXiv id, else the title with case, accents'
 * compatibility forms, punctuation and spacing set aside.
 *
 * @module
 */

/**
 * The title as a merge key: NFKC, lower case, every run of characters that are not
 * letters or digits made one space. A title with no letters or digits keys as itself.
 *
 * @example
 * ```ts
 * titleKey('EMO:  Earth Mover Distance Optimization'); // 'emo earth mover distance optimization'
 * titleKey('EMO — earth mover distance optimization.'); // 'emo earth mover distance optimization'
 * ```
 */
export function titleKey(title: string): string {
  const folded = title.normalize('NFKC').toLowerCase();
  const key = folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return key === '' ? folded : key;
}
