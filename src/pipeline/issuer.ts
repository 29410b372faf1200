/**
 * The office a document speaks as, where its own lines name it: a sign-off under the text
 * («某县教育局», the date below it), the speaker's post under a speech's title («中共某县委书记»),
 * or the office a hotline's reply names as answering («办理单位：某市某区教育局»). A reader takes the
 * place of that office as the document's own, before any place the text passes by.
 */

/** A label before the office that answers a message or a proposal. */
const ANSWERING_LABEL = /^(?:办理|答复|回复|承办)单位[：:]\s*/u;

/**
 * One office or post named alone: a bureau, department, commission, government or its office, a
 * congress's standing committee, or the post of the one who speaks (书记, 县长…). No sentence
 * marks: «一、规模与布局» is a heading, «…局，…» a sentence.
 */
const OFFICE =
  /^[^\s，。；：、,;:（）()]{2,30}?(?:局|厅|委|委员会|政府|办公室|常委会|书记|[省市州县区旗]长)$/u;

/**
 * The lines of `text` that name the office it speaks as, each line's offices apart (a joint
 * sign-off «某县教育局» and «某县统计局» on one line names two). Text is read as written; the caller finds the
 * places these name.
 */
export function issuerOffices(text: string): string[] {
  return text.split('\n').flatMap((line) => {
    const labelled = ANSWERING_LABEL.exec(line.trim());
    const rest = labelled ? line.trim().slice(labelled[0].length) : line.trim();
    const parts = rest.split(/\s+/u).filter((p) => p !== '');
    return parts.length > 0 && parts.every((p) => OFFICE.test(p)) ? parts : [];
  });
}

/** A letter's salutation: the office it is addressed to, alone on its line before a colon. */
const SALUTATION = /^([^\s，。；：、,;:（）()]{2,30}?)[：:]$/u;

/**
 * The office a letter is addressed to («德清县人民政府：» on the first line of its text after the
 * title), or null when its text opens otherwise («各区、县（市）教育局：» names no one office).
 */
export function addresseeOffice(text: string): string | null {
  for (const line of text.split('\n').slice(0, 3)) {
    const office = SALUTATION.exec(line.trim())?.[1];
    if (office !== undefined && OFFICE.test(office)) return office;
  }
  return null;
}
