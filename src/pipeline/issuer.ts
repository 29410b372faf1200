/**
 * The office a document speaks as, where its own lines name it: a sign-off the text ends with
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

/** The offices a line names alone, apart (a joint sign-off names two on one line), or none. */
function officesOn(line: string): string[] {
  const parts = line
    .trim()
    .split(/\s+/u)
    .filter((p) => p !== '');
  return parts.length > 0 && parts.every((p) => OFFICE.test(p)) ? parts : [];
}

/** A line of a date alone under a sign-off («2024年3月5日», «2024-03-05»). */
const DATE_LINE = /^[\d〇零一二三四五六七八九十年月日\s./-]+$/u;

/**
 * The offices that name the one `text` speaks as, each line's offices apart (a joint sign-off
 * «某县教育局» and «某县统计局» on one line names two): the post on the first two lines (under a
 * title), the sign-off (the office lines the text ends with, a date below them at most), and any
 * line labelled as answering. An office named on a line of the body (a list of units a circular
 * commends, «特此通报。» after it) is not who speaks. Text is read as written; the caller finds
 * the places these name.
 */
export function issuerOffices(text: string): string[] {
  const lines = text.split('\n').map((l) => l.trim());
  const labelled = lines.flatMap((line) => {
    const label = ANSWERING_LABEL.exec(line);
    return label ? officesOn(line.slice(label[0].length)) : [];
  });
  const posted = lines.slice(0, 2).flatMap(officesOn);
  const signed: string[] = [];
  let end = lines.length;
  while (end > 2 && (lines[end - 1] === '' || DATE_LINE.test(lines[end - 1] ?? ''))) end--;
  for (; end > 2; end--) {
    const offices = officesOn(lines[end - 1] ?? '');
    if (offices.length === 0) break;
    signed.unshift(...offices);
  }
  return [...posted, ...labelled, ...signed];
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
