/**
 * A rectification report (整改情况报告) restates each problem an inspection found and the steps
 * taken about it: «问题：全区有5所小学生均体育运动场馆面积低于7.5平方米的标准。整改：区财政投入资金
 * 1280万元改造运动场地，新增运动场地面积1.36万平方米…». The problem speaks of the time of the
 * inspection (document-times.ts dates it so), and the steps are for the schools it names.
 */
import { sentenceAround, type Span } from './text.ts';

const PROBLEM = /^\s*(?:存在|反馈)?问题[:：]/u;
/** An inspection, by its inspectors or its work: «督导», «评估», «视导», «检查», «审计», «验收». */
export const INSPECTION = /督导|评估|视导|检查|审计|验收/u;
// What an inspection is said to have found, unlabelled: «评估组发现，…».
const FOUND = new RegExp(`(?:${INSPECTION.source})[^。；;]{0,12}发现`, 'u');
const STEPS = /^\s*整改(?:措施|情况)?[:：]/u;

/** Whether a sentence states what an inspection found («问题：…», «督导组发现，…»). */
export const statesFinding = (sentence: string): boolean =>
  PROBLEM.test(sentence) || FOUND.test(sentence);

/**
 * The problem a sentence of steps («整改：…») answers, the sentence right before it labelled
 * «问题：», as a list of one window; none for any other sentence. The levels it names are the
 * steps' («…5所小学…。整改：…投入资金1280万元»: money for some primary schools).
 */
export function problemAnswered(work: string, sentence: Span): Span[] {
  if (sentence.start < 2 || !STEPS.test(work.slice(sentence.start, sentence.end))) return [];
  const problem = sentenceAround(work, sentence.start - 2);
  return PROBLEM.test(work.slice(problem.start, problem.end)) ? [problem] : [];
}
