/**
 * Words a report uses for the whole of an area it speaks of, without naming it: «我区», «本县»
 * (its own), «全州12个县市», «全省» (the whole of one), and those of a town (乡镇), a place below
 * the county that the region base does not hold («全镇», «我乡», «镇内学校»). subject.ts reads
 * them to tell which kind of region a text is written for, regions.ts which region a clause's
 * figures belong to.
 */

/** The kinds of region a word for a whole area names, by the last character of its name. */
const KINDS = '省|市|州|盟|县|区|旗';

/** A text speaking of its own area («我区», «本县»; not «本区域», «本市级»): the kind is group 1. */
export const OWN_AREA = new RegExp(`[我本](${KINDS})(?![域级场])`, 'gu');

/** The whole of an area, its own or not («全州», «全市», «我区»): the kind is group 1. */
export const WHOLE_AREA = new RegExp(`[全本我](${KINDS})(?![域级场])`, 'gu');

/**
 * The whole of a town or township, or what lies inside it: «全镇», «我镇», «本乡», «镇内学校»,
 * «全街道», and a named town that has what follows («良渚镇有小学5所»: the word is its 镇); not
 * «乡镇», «城镇», «各镇有», not a going to the countryside («送教下乡», «返乡») nor «内容», and
 * not a town's name in a school's («某镇中心小学»), which these words never are.
 */
export const TOWN_AREA =
  /(?:[全我本](?:镇|乡|街道)|(?<![城乡下返回])(?:镇|乡)(?:内(?![容涵])|域内)|(?<=\p{Script=Han})(?<![城乡村全我本各每])(?:镇|乡)(?=有))(?![级村])/gu;

/** The kind of area named by each word for a whole area in `text`, in order (for OWN_AREA: 我, 本). */
export function areaKinds(text: string, words: RegExp): string[] {
  return [...text.matchAll(words)].map((m) => m[1] as string);
}
