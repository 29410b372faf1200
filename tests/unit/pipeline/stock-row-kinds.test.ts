/**
 * Quantities counties state and compare that the corpus missed (issue 21, recall), each kind on
 * sentences written for this test: a statistics table's row headed by a school level counts that
 * level's schools; one level's new schools and places added have layers of their own; a
 * kindergarten row's schools, children and teachers are drawn on preschool layers, never on the
 * compulsory stage's; stocks of places, floor area and campus land on stock layers; a plan's
 * school-size caps and least land per pupil, urban schools' rotation share, money set aside each
 * year and an average yearly growth on layers of their own.
 */
import { describe, expect, it } from 'vitest';
import { exclusionReason } from '../../../src/pipeline/exclusions.ts';
import { qualifierAt } from '../../../src/pipeline/qualifiers.ts';
import { drawnOn, place, quantityAt } from './reading-helpers.ts';

const TABLE = [
  '类别　　　　学校数　　在校生　　　　　专任教师',
  '小学　　　　35所　　　在校生18,220人　专任教师1,304人',
  '初中　　　　11所　　　在校生9,015人　　专任教师862人',
  '九年一贯制　4所　　　 在校生3,100人　　专任教师240人',
  '义务教育小计　50所　　在校生30,335人　专任教师2,406人',
  '幼儿园　　　41所　　　在园幼儿5,870人　专任教师455人',
].join('\n');

describe('a statistics table’s rows headed by a school level', () => {
  it('count that level’s schools', () => {
    expect(drawnOn(TABLE, '35所')).toBe('primary-schools');
    expect(drawnOn(TABLE, '11所')).toBe('junior-schools');
    expect(drawnOn(TABLE, '50所')).toBe('schools-compulsory');
  });

  it('count a nine-year row’s schools as nine-year schools, not the stage’s', () => {
    expect(drawnOn(TABLE, '4所')).toBe('nine-year-schools');
  });

  it('keep a kindergarten row off the compulsory layers', () => {
    expect(drawnOn(TABLE, '41所')).toBe('kindergartens');
    expect(drawnOn(TABLE, '5,870人')).toBe('preschool-children');
    expect(drawnOn(TABLE, '455人')).toBe('full-time-teachers-kindergarten');
  });

  it('do not make a level word in prose a count of schools', () => {
    expect(drawnOn('全县小学35所校园改造完成', '35所')).toBeNull();
  });
});

describe('one level’s new schools and places added', () => {
  it('are drawn on that level’s layer', () => {
    const plan = '到2027年，新建小学5所、初中2所，新增义务教育学位1.2万个，其中小学学位7000个';
    expect(drawnOn(plan, '5所')).toBe('new-primary-schools');
    expect(drawnOn(plan, '2所')).toBe('new-junior-schools');
    expect(drawnOn(plan, '7000')).toBe('new-primary-school-places');
  });

  it('keep the whole on the stage’s layer', () => {
    const plan = '到2027年，新建小学5所、初中2所，新增义务教育学位1.2万个，其中小学学位7000个';
    expect(drawnOn(plan, '1.2万')).toBe('new-school-places');
  });

  it('read a part after «其中» as added, as its whole is, not as a stock of places', () => {
    const reason = (text: string, n: string) =>
      exclusionReason(text, quantityAt(text, n), place(text, n).sentence);
    expect(reason('新增学位6000个，其中小学学位3500个', '3500')).toBeNull();
    expect(reason('全区义务教育学位9.5万个，其中小学学位6万个', '6万')).toMatch(/stock/);
  });
});

describe('stocks of places, floor area and campus land', () => {
  it('are drawn on stock layers of the levels their sentence names', () => {
    const text =
      '全县义务教育学位8.4万个；全县中小学校园占地面积共计310万平方米，校舍建筑面积152万平方米';
    expect(drawnOn(text, '8.4万')).toBe('places-stock-compulsory');
    expect(drawnOn(text, '310万')).toBe('campus-land-area-primary-secondary');
    expect(drawnOn(text, '152万')).toBe('floor-area-stock-primary-secondary');
  });

  it('are not read where no layer of their levels draws them', () => {
    expect(drawnOn('全县中小学学位9.6万个', '9.6万')).toBeNull();
    expect(drawnOn('新校区占地面积4.2万平方米', '4.2万')).toBeNull();
  });

  it('leave places gained, net or new, on the layers of places added', () => {
    expect(drawnOn('新建改扩建中小学幼儿园40所，净增学位1.2万个', '1.2万')).toBe(
      'new-places-incl-kindergartens',
    );
    expect(drawnOn('全区义务教育学位净增5000个', '5000')).toBe('new-school-places');
  });
});

describe('a plan’s rules and rates counties compare', () => {
  it('draws the largest school a plan allows by level, bounded by the word after the list', () => {
    const text = '到2030年，小学、初中校均规模分别控制在1800人和1200人以内';
    expect(drawnOn(text, '1800')).toBe('school-size-limit-primary');
    expect(drawnOn(text, '1200')).toBe('school-size-limit-junior');
    expect(qualifierAt(text, text.indexOf('1800'), 'exact', text.indexOf('和'))).toBe('atMost');
  });

  it('draws the rotation share of urban schools apart from all teachers’', () => {
    expect(drawnOn('城区学校交流轮岗比例力争达到18%', '18%')).toBe('teacher-rotation-share-urban');
    expect(drawnOn('全县教师交流轮岗比例达到16%', '16%')).toBe('teacher-rotation-share');
  });

  it('draws an average yearly growth over a plan period on a per-year layer', () => {
    const text = '“十四五”期间，全县累计投入义务教育经费9.6亿元，年均增长7.4%';
    expect(drawnOn(text, '7.4%')).toBe('compulsory-education-spending-growth-per-year');
    expect(drawnOn('全县义务教育经费投入比上年增长6.2%', '6.2%')).toBe(
      'compulsory-education-spending-growth',
    );
  });

  it('draws the least land per pupil a plan sets for new schools by level', () => {
    expect(drawnOn('新建小学生均用地面积不低于20平方米', '20平方米')).toBe(
      'land-per-pupil-floor-primary',
    );
    expect(drawnOn('新建初中生均用地面积不低于25平方米', '25平方米')).toBe(
      'land-per-pupil-floor-junior',
    );
    expect(drawnOn('生均用地面积不低于国家标准规定的18平方米', '18平方米')).toBeNull();
  });

  it('draws money a place sets aside each year on a per-year layer, apart from a total', () => {
    const text = '三年累计投入不低于9亿元，其中县级财政每年安排专项资金6000万元';
    expect(drawnOn(text, '9亿')).toBe('education-funds-invested');
    expect(drawnOn(text, '6000万')).toBe('education-funds-invested-per-year');
  });
});

describe('teachers an aiding place sends to the county it aids', () => {
  it('are drawn apart from teachers rotated within a county', () => {
    const text = '每年选派不少于8名骨干教师赴玛多县支教，支教时间为1年';
    expect(drawnOn(text, '8名')).toBe('aid-teachers-sent-per-year');
    expect(drawnOn('浙江省每年选派援疆教师不少于30名', '30名')).toBe('aid-teachers-sent-per-year');
    expect(drawnOn('选派120名城区骨干教师到乡村学校支教', '120')).toBe(
      'backbone-teachers-exchanged',
    );
  });

  it('leave cadres sent with them, and local teachers they mentor', () => {
    expect(drawnOn('我区先后选派支教教师和援藏干部36名', '36名')).toBeNull();
    expect(
      drawnOn('上海市每年选派援藏教师不少于40名，三年来累计带教本地教师260名', '260'),
    ).toBeNull();
  });

  it('count an aider’s schools paired with the county’s, not the county’s own', () => {
    const text = '浙江省8个区的45所中小学与玛多县学校建立了结对关系';
    expect(drawnOn(text, '45所')).toBe('aider-schools-paired');
    expect(drawnOn('8所学校与玛多县全部12所中小学建立结对关系', '12所')).toBeNull();
  });
});
