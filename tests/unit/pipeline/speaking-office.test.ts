/**
 * Who a document speaks for (corpus13, written unseen: every figure of a county secretary's
 * speech went to 安徽's 和县, read in «…小学和县第三初级中学», and a district's hotline reply to the
 * city its hotline's title names). A county named by one character and its kind is a place only
 * where it stands as a name, and the office a document speaks as (its sign-off, the speaker's
 * post, the office that answers) outweighs places the text passes by and a title's enclosing city.
 */
import { describe, expect, it } from 'vitest';
import { issuerOffices } from '../../../src/pipeline/issuer.ts';
import { standsAsName } from '../../../src/pipeline/place-names.ts';
import { attributeCarried } from '../../../src/pipeline/regions.ts';
import { inferRegion } from '../../../src/pipeline/subject.ts';
import { clauseAround } from '../../../src/pipeline/text.ts';
import { CHINA_INDEX as index, UNIVERSE as universe } from './china-regions.ts';

/** Whether the first `name` in `text` stands as a place's name there. */
const stands = (text: string, name: string) => standsAsName(text, text.indexOf(name), name);

describe('a county named by one character and its kind', () => {
  it.each([
    ['实验小学和县第二中学年内建成', '和县'],
    ['省级和县本级资金共计五百万元', '和县'],
    ['今年要完成县第一小学的扩建', '成县'],
    ['城市和县城学校的差距仍然不小', '和县'],
    ['新校区东区教学楼已封顶', '东区'],
  ])('is no place where its character ends a word or joins two: %s', (text, name) => {
    expect(stands(text, name)).toBe(false);
  });

  it.each([
    ['和县今年新建学校三所', '和县'],
    ['其中武安市、涉县、磁县共新增学位', '涉县'],
    ['安徽省马鞍山市和县教育局', '和县'],
    ['我们到和县学习集团化办学', '和县'],
    ['对口帮扶沛县两所乡村学校', '沛县'],
  ])('is the place after a boundary, its city or a word that takes a place: %s', (text, name) => {
    expect(stands(text, name)).toBe(true);
  });

  it('gives a clause’s figure to no such word: the clause stays the document’s', () => {
    const text = '县城南小学和县第四中学秋季开学，新增学位九百个。';
    const at = text.indexOf('九百个');
    expect(attributeCarried(index, text, clauseAround(text, at), '451024', 0)).toBe('451024');
  });
});

describe('the office a document speaks as', () => {
  it('is found on a line of its own, signed, posted or labelled as answering', () => {
    const text = [
      '在全县教育工作会议上的讲话',
      '中共某某县委书记',
      '同志们：今年要办好三件事。',
      '一、规模与布局',
      '办理单位：某市某区教育局',
      '某县教育局　某县统计局',
    ].join('\n');
    expect(issuerOffices(text)).toEqual([
      '中共某某县委书记',
      '某市某区教育局',
      '某县教育局',
      '某县统计局',
    ]);
  });

  it('outweighs a place the speech names once in passing', () => {
    const speech = [
      '在全县教育大会上的讲话',
      '中共德保县委书记',
      '去年新建学校十一所。城东小学和县第三初级中学秋季投入使用。',
    ].join('\n');
    expect(inferRegion(universe, '在全县教育大会上的讲话', speech)).toBe('451024');
  });

  it('is the district that answers, not the city its hotline’s title names', () => {
    const reply = '网友您好！全区今年新增小学学位二千个。\n办理单位：常州市武进区教育局';
    expect(inferRegion(universe, '常州12345热线·留言回复', reply)).toBe('320412');
  });

  it('yields to a title naming another place than its own', () => {
    // A province's office answering on a county the title names: the county is the subject.
    const reply = '全县新增学位一千个。\n贵州省教育厅';
    expect(inferRegion(universe, '关于赫章县学位建设建议的答复', reply)).toBe('520527');
  });

  it('is the city whose office circulates its findings on two of its counties', () => {
    const circular = '甲组对我市江油市、平武县进行了督导评估。\n绵阳市教育局';
    expect(
      inferRegion(universe, '绵阳市教育局关于江油市、平武县督导评估情况的通报', circular),
    ).toBe('510700');
    // One county alone in the title is what the city's office writes about.
    expect(inferRegion(universe, '关于平武县督导评估情况的通报', circular)).toBe('510727');
  });

  it('is the province when a province’s office signs a reply its text fills with a city', () => {
    const reply = '毕节市新增学位三千个，毕节市招聘教师五百名。\n贵州省教育厅';
    expect(inferRegion(universe, '关于第12号建议的答复', reply)).toBe('520000');
  });
});
