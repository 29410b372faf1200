/**
 * The reader measured on documents it has never seen (issue 21): every document of
 * tests/fixtures/documents/ with a gold file goes through `add-document --dry-run --json`, and
 * its review is scored against the gold. Recall and precision are printed per document and in
 * total; the totals may not fall below the floor measured when the corpus was written.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { addDocument } from '../../../src/pipeline/add-document.ts';
import { scoreCorpus } from '../../../src/pipeline/corpus.ts';
import type { Review } from '../../../src/pipeline/review.ts';
import {
  goldProblems,
  precision,
  recall,
  scoreDocument,
  type Gold,
  type IndicatorTerms,
  type Score,
} from '../../../src/pipeline/corpus-score.ts';
import { scratchFolders } from '../../fixtures/scratch.ts';

const root = join(import.meta.dirname, '../../..');
const DOCUMENTS = join(root, 'tests/fixtures/documents');

/**
 * The totals last measured, rounded down: a regression breaks them. Two documents written
 * before the rules were tuned to them (a congress inspection report, a reply to a deputy)
 * took the corpus from 120/136 found and 113/120 right to 144/174 and 126/144; rules for the
 * kinds of wording they and the older documents showed then reached 170/174 and 170/170; a
 * third, a data bulletin written after those rules, was read whole (14/14): 184/188, 184/184. Two
 * more, written before any rule was changed for them (a prefecture's year-end data release, a
 * province's release on counties that passed), were first read 30/33 found and 11/32 right (a
 * release's statistics year, a change against last year, a rate's base, counties passed so far);
 * the rules for those kinds reached 215/220 and 215/215 (the change against last year in the
 * Dongsheng news left the gold's facts then), and concepts for the share of counties that pass and
 * the share of recruits with a postgraduate degree 217/220, 217/217. Four more were then added
 * unseen, in styles the corpus lacked (a province's notice of counties passing its assessment, a
 * city's press-conference transcript, a county's budget execution report, a paired-aid feature):
 * the reader first found 69 of their 85 facts and read 53 of 79 right (county figures after a
 * county's heading put on the province, the standard's thresholds, targets of a budget, a range).
 * Then the score learnt to check the layer a fact is drawn on (each gold fact names its layer, or
 * null where no layer draws that quantity at that scope): a part on its whole's layer, a per-year
 * rate on a total's, primary and junior values on one compulsory layer are now wrong, and a
 * quantity no layer draws is not found. Scored so, the reader found 146/220 of the first seventeen
 * documents and read 132/217 right. Rules by kind (money on the layer of the purpose its words
 * state; levels from level words, not «学校»; new, expanded and built-or-expanded schools apart;
 * primary and junior figures on layers of their own; compulsory money, teachers rotated, urban
 * class sizes as scopes of their own; parts after «其中», yearly rates and averages over years
 * not drawn beside totals) reached 190/220 and 186/205; 44 gold facts judged null then named a
 * layer added for them (one more judgement, places under the assessment's name, made consistent).
 * With the four unseen documents scored by layer too, before any rule was changed for them: 49/85
 * of theirs found and 32/76 right, the corpus 239/305 and 218/281. Their gold then named the
 * per-level and compulsory layers added since it was written, and rules by the kinds they showed
 * («全市» in a county's item of a provincial notice, bars a rule sets, one school's total
 * investment, teachers sent but not exchanged within groups, ranges repeating their unit, names
 * of pay, spending and the standard's ratios written another way, one school's places, a kind
 * of school among those counted, a scheme's name) reached 255/305 and 251/268 (one gold fact of
 * theirs, one school's places drawn as the county's places added, judged null with the layer score);
 * public places and schools expanded beside a kindergarten, one named school's project, then
 * 257/305 and 253/268; merged with the rules another reader wrote for the same documents
 * (headings of places, budget periods, paired aid, funds named by their own words), 260/305 and
 * 258/269; principals and teachers counted together left off the teachers' layer, 258/268; the
 * nutrition scheme's meal subsidies, their daily rate and its pupils as concepts, 264/305 and
 * 262/272; per-year layers for recruits, rotated teachers and places, and the net enrolment rate,
 * 268/305 and 266/276; the ten wrong layers left fixed by kind (parents' satisfaction, one subject's
 * teacher shortfall, urban or first-year class caps and all education's construction investment
 * on no layer; places projects are expected to add, money for two purposes together and public
 * places at stated levels left out; a later clause's level words its own figure's), with one gold
 * judgement made consistent (Anji's schools after «投入义务教育经费» compulsory, as Zhaodong's places
 * after «投入义务教育资金»), 268/305 and 268/268; concepts for parents' satisfaction, the senior-title
 * ratio per 100 pupils, principals and teachers rotated together, schools up to the standard,
 * teachers' salaries paid and education construction investment, 275/305 and 275/275. Three more
 * were then added unseen (a county bureau's 政务公开 annual report with the standard's indicators
 * listed by level, a province's feedback on a city district, a city's press release on group
 * schooling by county): the reader before those rules first found 57 of their 74 facts and read
 * 44 of 68 right (the standard's thresholds in brackets, a listed indicator dated by its section's
 * year, one school's or one group's figures on the county's layers, a stock of large classes or a
 * shortfall of places drawn as ones removed or added); the reader with the rules above, before
 * any rule was changed for them, the same 57/74 and 44/68, the corpus 332/379 and 319/343. Rules
 * by the kinds they showed (the standard's bars in brackets or listed before «的要求», an example's
 * figures after «以…为例», a list opened as the present state dated by the report, large classes
 * that remain, a shortfall of places and a school's capacity once built not drawn as changes,
 * teachers appointed by competition not the stock, «交流轮岗» before the number, groups still to be
 * formed, a named school's planned investment, member schools' share and teachers' «流动» in
 * groups) reached 335/379 and 334/335; concepts for what feedback reports find short (schools not
 * up to the standard by level, large classes that remain, a shortfall of places), recruits placed
 * in rural schools and preschool development funds, with a purpose word before another sum left
 * to that sum, 343/379 and 342/343; a deadline opening a plan's item («2026年底前…») dating its
 * later clauses, 343/379 and 343/343. The 海南 feedback was then moved back to 海口's 龙华区, a
 * name 深圳 shares: read before, its subject was 海口市 and 7 of its 23 facts were right alone but
 * none in the whole build, where 深圳's 龙华区 (a province another document added) hid it; with
 * names of all China looked for in every document and a shared name read as the place around
 * it, 343/379 and 343/343, alone and whole. Of the 36 facts then missed, 35 of no layer, those of
 * quantities counties report and compare got concepts or scopes of their own (special-post teachers
 * recruited, nine-year schools, groups still to be formed, the shortfall of music, PE and art
 * teachers, public places of primary and secondary schools), with a target's horizon taken from its
 * own sentence first and a keyword after a number kept off every later item's lead, and the
 * headline's pupils reached by group schooling read: 349/379 and 349/349.
 * Six more were then added unseen, in styles the corpus
 * lacked. Three (a county's 统计快报 in text tables, a bureau's WeChat post, a Shanghai district's
 * reply to a CPPCC proposal on its paired county): the reader first found 29 of their 78 facts
 * and read 20 of 64 right (thousands separators, a table's next column label, the standard's
 * thresholds after «超过» or «距离», a paired county taken for the replying district's subject).
 * Three (a city bureau's report district by district with 鼓楼区 among them, a county audit
 * result announcement, a district's school layout plan to 2035): it first found 48 of their 87
 * facts and read 36 of 63 right (a stock of places, floor area or schools drawn as ones added,
 * the nutrition scheme's «计划» making its sums targets, progress so far read as the plan's
 * target, a later horizon's clause dated by the first, sums diverted or allocated drawn as funds
 * invested, a primary or junior part on a layer of all levels). The corpus then stood at 420/544
 * and 399/470. Rules by kind of time and status: a 计划 that ends a scheme's name («营养改善计划»)
 * no longer makes the scheme's sums, pupils and daily rate targets, 420/544 and 405/470; a promise
 * within a year not yet over («2024年内…补充教师150名») a target, 406/470; a passed horizon quoted
 * («…（2022—2024年）》定下的新增学位8000个目标») the plan's target, 407/470; progress so far against it («目前已完成1.9万个») an achievement,
 * 408/470; a running total after a later horizon («；到2030年，累计新建中小学校15所») dated by it,
 * 409/470. Rules by the kinds of regions they showed (a name shared across
 * provinces, 鼓楼区, read as the one inside the place around it, so the one build and each
 * document's dry run agree; a text calling itself «我区» is about the district it names, not the
 * paired county it names more; a place of another province a report aids takes its clauses'
 * figures and the aid funds, the people sent to it staying the sender's; a place named as a
 * verb's object, «推动闽侯县…», not carried to the next clauses) left no wrong region: with
 * the time and status rules, 420/544 and 414/470. Rules by
 * the kinds of vocabulary and layers they showed (a stock list headed by its whole, a land area,
 * the per-100 ratio of district-level backbone teachers, a number before its keyword or in a
 * «分别» list before the standard's bracket, large classes after «大班额尚有», an earlier item's
 * name kept off a later item naming its own kind, one level's item kept off a layer of more
 * levels, pupils and full-time teachers per level; nine-year schools and the music, PE and art
 * teachers' shortfall judged on their new layers) reached 436/544 and 414/482; stocks of places and
 * floor area left off the layers of those added, money allocated, diverted, idle or withheld left
 * off those of money invested, and a stock of primary and secondary schools on a layer of its own
 * (its senior-high part on none), 440/544 and 418/478; an area's part after «其中», a school's
 * places once open, small schools a finding names and a total over years on a layer of yearly
 * amounts left off, and a named school's project on the one-school layer, 440/544 and 419/474; the
 * schools a group reaches no longer the scope of later figures, and a kindergarten's teachers off
 * the layers of school teachers, 440/544 and 420/472; synchronous classrooms counted in «间»,
 * 441/544 and 421/473, and with the rules of regions, time and status 441/544 and 438/473.
 * Rules by the kinds of numerals and not-facts they showed: numerals read whole with their
 * thousands separators («3,240个», not 240), «1.2万+» and «超九成» read as at least, the
 * standard's bars in brackets after its name or before «的评估要求» left out, a text table's cells
 * read one by one (a bare cell with its row head's measure word and its column head's level), a
 * named scheme's parts spelt out in brackets («“三个一”（一所学校…）») left out, a table row headed
 * by a kind of school (九年一贯制) kept off the stage's layers; alone 440/544 and 415/463, with
 * the rest 465/544 and 461/470. Of the 79 facts then missed, 75 of no layer, the quantities
 * counties state and compare got layers: a table row headed by a school level counts that level's
 * schools («小学 42所», «九年一贯制 3所» set apart by ideographic spaces), a kindergarten row its kindergartens, children and
 * teachers on preschool layers, one level's new schools and places added (a «其中» part keeping
 * its whole's verb) on that level's own: 476/544 and 472/481; stocks of places, floor area and
 * campus land on stock layers of their own (no longer left out), a stock a plan lists after one its
 * clause dates («到2035年，…162所，义务教育学位达到18万个») of that date: 480/544 and 476/485; a
 * plan's school-size caps by level (bounded by «以内» after «…和…»), urban schools' rotation share
 * and an average yearly growth of compulsory spending over a plan period on layers of their own
 * (a share is never a total over years): 484/544 and 480/488; a plan's least land per pupil by
 * level and money set aside each year on per-year layers, 487/544 and 483/491; teachers an aiding
 * place sends to the county it aids («选派…骨干教师赴久治县支教», «援藏教师») apart from teachers
 * rotated within a county, cadres and mentored local teachers left off, 489/544 and 485/492; an
 * aider's schools paired with the county's («63所中小学与江孜县学校建立了…结对关系») on a layer of
 * their own (the Jiading reply's «15所嘉定学校与…», named otherwise, still missed), 490/544 and
 * 486/493. The 54 facts still missed are nearly all of no layer: one school's or one group's
 * figures, an audit's sums allocated, diverted or idle, parts after «其中», urban schools' new
 * schools and class caps, cadres sent with teachers. A running total since a season of a year
 * («2024年秋季以来») dated by the report, 490/544 and 488/493. Three more were then added unseen, scored
 * before those rules were merged (a county's 民生实事 progress
 * notice of targets and progress so far, a city congress's 执法检查 report county by county, a
 * Macao-style 繁體 news story with numerals in both systems): the reader first found 56 of their
 * 75 facts and read 35 of 66 right (the targets of a year's plan undated, progress dated by the
 * publication day instead of the notice's cutoff or the assessment's year, schools, places and
 * kindergartens after «年度目标：» or «已完工» missed, the standard's bar and a count of projects
 * read, a sum restated in Hong Kong dollars and a change against last year read), the corpus
 * 521/619 and 496/536. With reader10's rules, 546/619 and 523/559. Rules by the kinds of time they showed (a line labelled «年度目标：» dated by
 * the year the notice speaks of, a progress report's figures by the cut-off its opening states
 * rather than the day it was published, an assessment's results by the assessment's year, years
 * and month-ends written «二〇二四年», «9月底») reached 521/619 and 513/536; rules by the kinds of
 * not-facts they showed (the standard's bars listed by level before «的标准», counties of a named
 * province, a sum restated in another currency, a change against last year with «约», schools
 * defined by a size, projects singled out as late, a yearly share set as a rule) 521/619 and
 * 513/529; a result measured against the year's target («完成年度目标的73.3%») achieved, and money
 * under a project item's heading («二、农村薄弱学校改造提升项目») for the purpose it names, 514/529;
 * a rotation share of teachers «符合条件» without «交流» read, 522/619 and 515/530; a rate's clause
 * («按照每人每月300元至500元的标准，») scoped by the payment the next clause names, 523/619 and
 * 516/531; a bracket on what a count leaves out («（不含教学点）») read as no level, and the sum a
 * finding of misuse concerns left out, 523/619 and 517/530; one sum over places named together
 * («信州区、广丰区…合计») left out, 517/529 (all without reader10's rules). All together, 548/619 and 544/552. Two more were then added unseen (a county
 * bureau director's first-person 述职述廉报告 for a year, a province's 认定结果公告 giving five
 * counties' figures under their cities): the reader first found 38 of their 42 facts and read 23 of
 * 40 right (the year's results dated by the publication day, a section «存在问题和2025年打算»'s
 * current shortfalls read as 2025 targets, the backbone share among rotated teachers read as the
 * rotation share, schools and places of no stated level put on the compulsory layers, a change
 * against 2023 read), the corpus 586/661 and 567/592. Rules by the kinds they showed (a report
 * that says which year of work it covers dates that year's results by the year, its stocks stated
 * «现有» by the day; a heading of problems and plans makes no target of the shortfalls it finds; a
 * change against an earlier year listed after «分别»; the backbone share among rotated teachers;
 * the places one named school adds; levels given out to a «分别» list, or inside a school's name,
 * scoping no other figure), with three gold dates of the debriefing made consistent with the rule
 * (its groups, their schools and the subsidy rate, of the year reviewed as under a year's heading
 * elsewhere), reached 586/661 and 583/590; rules of money's scope (schools and kindergartens
 * listed with their counts, or named by a project item's heading, drawn together; a sum's part by
 * its source, or for one named school, left out; schools money is spent on not counted; a layout
 * plan's money for school building) and of a total run up since a paragraph's opening «…以来» kept
 * off a yearly layer, 586/661 and 586/586. Three more, written meanwhile and unseen by those rules (a city's
 * 政府工作报告 with a county named in it, a county's 自评报告 listing the standard's indicators by
 * level with schools below the bar, a district's 整改情况报告 with dated steps): the reader first
 * found 38 of their 58 facts and read 28 of 41 right (a plan section's tasks after its first
 * sentence read as last year's results, findings of the assessment dated by the report, counts of
 * counties that passed and of schools below the bar missed, a shortfall of teachers read as a
 * per-100-pupils ratio, figures «目前…已提高到» missed); with those rules merged, the corpus 624/719 and 615/627.. Meanwhile, of the 75 facts the 35 documents then missed, 12 named a layer;
 * rules by the kinds they showed (schools and kindergartens listed apart after one verb of building
 * or finishing, «中小学校6所、幼儿园4所», with the places and money of both together; a count naming
 * only the work done, «已完成改造12所», read by its project item's heading; schools short of a bar
 * the clause before states, of the levels it is stated for; funds «落实» in a year; principals and
 * teachers written without a joining word; an aider's schools paired with the county's, kept the
 * aider's, the other side's schools left out) found all 12, with a part of a sum a level of
 * government matches and schools aid money repairs left unread: 598/661 and 577/602 (three of the
 * director's report's new facts dated by its publication day, not the year it reviews). Of the
 * misses of no layer, the quantities counties state and compare got concepts (a budget execution
 * rate, the teachers and pupils outreach teaching reaches), and one level's schools short of one
 * indicator of the standard were read as that level's schools not up to it (the Ganzhou feedback's
 * gold judged so, as the Manas and Qinan schools short of one bar), a keyword of an earlier item
 * of a «；» list kept off the next item's figures: 601/661 and 580/605. With reader12's, reader13's and corpus9's merged, the corpus 639/719 and 630/645. Three more were written meanwhile, unseen by all these rules (a national paper's feature visiting three counties of three provinces
 * under 【】 headings with a Ministry figure for the country, a county's 十四五 中期评估 with a text
 * table of 2020 base, 2025 target and 2023 value, a city bureau's 工作简报 one line per county): the
 * reader first found 63 of their 75 facts and read 40 of 65 right (every county's figures put on
 * the one the feature names most, a table's base and target columns dated by the statistics year
 * and read achieved, a plan's target dated by that year, a stock in a section of problems read as a
 * target, a bulletin's «全市» figures put on its first district); read by the rules merged since, also unseen, they gave 61/75 found and 39/62 right, the corpus 700/794 and 669/707. Rules for corpus9's kinds (a heading of this year's work, «2025年主要工作», planning what its sentences
 * say with no plan word; an inspection's findings, «问题：…», dated by the inspection the opening
 * dates; a figure that points back, «该项指标», «这一比例», «占比», read as the quantity of its kind
 * named before it in the paragraph, and dated by a time in the clause right before; counties of a
 * city that passed, «9个县市区中已有5个通过», «通过的县市区达到8个»; schools below the bar, «未达标的
 * 11所中，小学6所», and the share meeting it; a teacher shortfall, «尚缺…教师»; a per-pupil area
 * kept off area built) reached 633/719 and 610/641 on the 38 documents then, the seeds' dataset unchanged; the steps a
 * rectification report takes («整改：…») for the schools of one level its problem names («问题：…5所
 * 小学…») kept off the layers of all levels as parts, 633/719 and 610/639. With them merged, the corpus 710/794 and 684/714. Rules by the kinds of regions and not-facts corpus10 showed (a text whose headings list places
 * speaks for the place enclosing them, the country for counties of three provinces; a bracketed
 * heading names a county by its short name and holds to the next; a national text's «全国…个县
 * 通过» its own count; a table's columns dated by their heads' years, «目标值» a target; a bar
 * said aloud, «离…标准的»; a value bounded by «不足» read, a threshold of what its clause counts
 * not; recruits «分到» rural schools) left no wrong region on the corpus then: 703/794 and 689/709; the value a change
 * reaches from a year's («从2021年的52.3人降到了43.8人») no longer of that year, 690/709. With reader14's and reader15's merged, the corpus 713/794 and 705/716. Three more were written meanwhile, unseen by every rule, in styles the corpus lacked (a county congress committee's 审议意见 on the government's report, a prefecture's 年度考核 scores county by county, a county TV 口播稿 with numbers spoken in words): the reader first found 32 of their 50 facts and read 13 of 33 right (the news script refused, its county named only «琼中»; a year's assessment dated by the day of issue; «争取上级资金» read as a plan and its status carried on; decimals spoken with «点» misread), scored by the reader before reader15's merge; by the reader with it, the same, the corpus 745/844 and 718/749. The score then stopped counting a gold fact read onto another layer as found: drawn elsewhere, it is missing from its own layer as well as wrong, 740/844 and 718/749. Rules for two of their kinds, scored the old way: An autonomous county's customary short name in a title («琼中新闻», the ethnic names and «自治县» dropped) now finds the county, when no other region is called so and it is no everyday word: the script read, 752/844 and 724/758 as then scored; a line naming the year an assessment scores («2023年度…考核结果») dates the figures under it by that year, as a year's statistics do, 752/844 and 736/758. A «现有» a «；» closed no longer keeps the next statement's ratio on the day of issue, 752/844 and 737/758. Merged and scored the new way, the corpus 746/844 and 737/758. Three more were then written unseen by every rule (a province's 建议答复 to a deputy on one city's counties, a county's 统计公报 in numbered items, a town's report inside a county with one named school's figures): the reader first found 37 of their 67 facts and read 30 of 55 right (the province's own figures put on the city its text names most, a town's and one school's figures drawn on the county's layers, a kindergarten row after a nine-year row, a table's stocks of schools «小学213所（另有…）» missed, «超过百万» and a special-post scheme's recruits missed), the corpus 783/911 and 767/813. The goals are recall 0.90
 * and precision 0.97; raise the floor whenever the reader gets better.
 */
const FLOOR = { recall: 0.859, precision: 0.943 };

const corpus = readdirSync(DOCUMENTS)
  .filter((f) => f.endsWith('.gold.json'))
  .sort()
  .map((f) => {
    const name = f.replace(/\.gold\.json$/, '');
    const file = join(DOCUMENTS, `${name}.txt`);
    const gold = JSON.parse(readFileSync(join(DOCUMENTS, f), 'utf8')) as Gold;
    return { name, file, text: readFileSync(file, 'utf8'), gold };
  });

const scratch = scratchFolders();

/** A repository in a temp dir: seeds and the built data, as add-document finds them. */
function repoCopy(): string {
  const dir = scratch('atlas-corpus-');
  cpSync(join(root, 'seeds'), join(dir, 'seeds'), { recursive: true });
  mkdirSync(join(dir, 'public/data'), { recursive: true });
  for (const f of ['dataset.json', 'coverage.json'])
    cpSync(join(root, 'public/data', f), join(dir, 'public/data', f));
  return dir;
}

/** The review of one document, the subject region left for the reader to infer; null if refused. */
function review(dir: string, file: string, published: string): Review | null {
  const printed: string[] = [];
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  const status = addDocument([file, '--published', published, '--dry-run', '--json'], dir, (line) =>
    printed.push(line),
  );
  errors.mockRestore();
  return status === 0 ? (JSON.parse(printed.join('\n')) as Review) : null;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** One line per miss and per wrong reading, for the person who improves the reader. */
function errorLines(s: Score, terms: Readonly<Record<string, IndicatorTerms>>): string[] {
  return [
    ...s.misses.map(
      (g) => `    miss        «${g.quote}» ${g.concept}${g.layer === null ? ' (no layer)' : ''}`,
    ),
    ...s.qualifierSlips.map(
      ({ read, gold }) =>
        `    qualifier   «${read.quote}» read ${read.qualifier}, gold ${gold.qualifier}`,
    ),
    ...s.wrong.map(
      ({ read, kinds, gold }) =>
        `    ${kinds.join(', ').padEnd(11)} «${read.quote}» read ${read.value} ${terms[read.indicator]?.layer ?? read.indicator} ${read.region} ${read.status} ${read.date ?? '—'}` +
        (gold === null
          ? ''
          : 'why' in gold
            ? ` (gold: ${gold.why})`
            : ` (gold: ${gold.value} ${gold.unit} ${gold.layer ?? 'no layer'} ${gold.region} ${gold.status} ${gold.date ?? '—'})`),
    ),
  ];
}

describe('the corpus’s gold', () => {
  it.each(corpus)('$name: every quote placed, every numeral in one list', ({ text, gold }) => {
    expect(goldProblems(text, gold)).toEqual([]);
  });
});

describe('the reader on the corpus', () => {
  it('finds and reads right at least as much as when the floor was measured', () => {
    const dir = repoCopy();
    const terms = Object.fromEntries(
      (
        JSON.parse(readFileSync(join(dir, 'seeds/indicators.json'), 'utf8')) as {
          indicators: { id: string; unit: string; layer: string }[];
        }
      ).indicators.map((i) => [i.id, { unit: i.unit, layer: i.layer }]),
    );
    const total = { gold: 0, found: 0, read: 0, correct: 0 };
    const lines: string[] = [];
    const kinds = new Map<string, number>();
    const tally = (kind: string) => kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    for (const { name, file, text, gold } of corpus) {
      const r = review(dir, file, gold.published);
      const s = scoreDocument(text, gold, r?.facts ?? [], terms);
      for (const k of ['gold', 'found', 'read', 'correct'] as const) total[k] += s[k];
      s.misses.forEach(() => tally('miss'));
      for (const w of s.wrong) w.kinds.forEach(tally);
      const subject =
        r === null ? 'refused' : r.region === gold.region ? '' : `subject ${r.region}`;
      lines.push(
        `${name.padEnd(40)} recall ${pct(recall(s)).padStart(6)} (${s.found}/${s.gold})  precision ${pct(precision(s)).padStart(6)} (${s.correct}/${s.read}) ${subject}`,
        ...errorLines(s, terms),
      );
    }
    lines.push(
      `${'total'.padEnd(40)} recall ${pct(recall(total)).padStart(6)} (${total.found}/${total.gold})  precision ${pct(precision(total)).padStart(6)} (${total.correct}/${total.read})`,
    );
    lines.push(
      `errors by kind: ${[...kinds]
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}`,
    );
    console.info(lines.join('\n'));
    expect(recall(total)).toBeGreaterThanOrEqual(FLOOR.recall);
    expect(precision(total)).toBeGreaterThanOrEqual(FLOOR.precision);
    // What `npm run build:data` prints, from one build with every document, is this measure.
    expect(scoreCorpus(root)?.total).toEqual(total);
  }, 180_000);
});
