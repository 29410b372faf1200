/**
 * Kinds of wording the corpus showed drawn on another scope's layer once the score checked the
 * layer (issue 21, "like with like"), each on sentences written for this test: the layer a
 * number is drawn on must be the one of its own scope, as facts.ts chooses it (the words name a
 * concept, the fact's own levels and stated purpose pick the layer).
 */
import { describe, expect, it } from 'vitest';
import { exclusionReason } from '../../../src/pipeline/exclusions.ts';
import { namesTwoPurposes } from '../../../src/pipeline/fact-scope.ts';
import { drawnOn, place, quantityAt, readIndicator } from './reading-helpers.ts';

describe('school places, by the levels their sentence names', () => {
  it('are of no stated level when the only school word is «学校»', () => {
    expect(drawnOn('某县新增学位3600个，组建城乡教育共同体22个，覆盖学校96所', '3600')).toBe(
      'new-places-levels-unstated',
    );
    expect(drawnOn('计划新建学校6所、改扩建学校21所，新增学位1.5万个', '1.5万')).toBe(
      'new-places-levels-unstated',
    );
  });

  it('are of the compulsory stage where it, or primary or junior schools, are named', () => {
    expect(drawnOn('全县新增义务教育学位3150个', '3150')).toBe('new-school-places');
    // «城东小学» would be one school's name (scope-words.ts#NAMED_SCHOOL), whose level word
    // scopes nothing: schools of a level written as such do.
    expect(readIndicator('城区新建两所小学，新增学位1200个', '1200')).toBe('new-school-places');
  });

  it('are of primary and secondary schools where «中小学» is named, not compulsory ones', () => {
    expect(drawnOn('新建、改扩建中小学校27所，新增学位1.9万个', '1.9万')).toBe(
      'new-places-primary-secondary',
    );
  });
});

describe('money, by the purpose its own words state and by its levels', () => {
  it('is weak-school money where its clause, or one before, says so', () => {
    expect(drawnOn('我们还投入约3.5亿元改造薄弱学校，全区学校标准化率达到100%', '3.5亿')).toBe(
      'investment-weak-schools',
    );
    expect(drawnOn('实施农村薄弱学校能力提升工程，投入资金不少于1.5亿元', '1.5亿')).toBe(
      'investment-weak-schools',
    );
  });

  it('is of no stated purpose when only a later clause says what was done', () => {
    expect(drawnOn('武安市投入资金4.2亿元，新建学校5所', '4.2亿')).toBe('education-funds-invested');
  });

  it('builds several schools, not one, when they are listed before «等»', () => {
    expect(
      drawnOn('投资2.6亿元新建某市第三初级中学等学校5所、改扩建学校12所，新增学位8400个', '2.6亿'),
    ).toBe('investment-school-building');
    expect(drawnOn('投资1.55亿元新建吴家营九年制学校', '1.55亿')).toBe('investment-new-school');
  });

  it('is compulsory education money apart from all education money, and so is its growth', () => {
    expect(drawnOn('全年义务教育投入资金12.4亿元，比上年增长6.5%', '12.4亿')).toBe(
      'compulsory-education-funds-invested',
    );
    expect(drawnOn('全年义务教育投入资金12.4亿元，比上年增长6.5%', '6.5')).toBe(
      'compulsory-education-spending-growth',
    );
    expect(drawnOn('全县教育支出增幅仅为1.2%', '1.2')).toBe('education-spending-growth');
  });

  it('takes no level from a part named after it («其中义务教育学校建设资金»)', () => {
    const text = '全县教育经费投入28.7亿元，其中义务教育学校建设资金4.35亿元';
    expect(drawnOn(text, '28.7亿')).toBe('education-funds-invested');
    expect(drawnOn(text, '4.35亿')).toBe('investment-school-building');
  });
});

describe('teachers exchanged, by how they are exchanged', () => {
  it('draws teachers rotated between schools apart from those exchanged within groups', () => {
    expect(drawnOn('全年交流轮岗教师638人，占符合交流条件教师总数的14.6%', '638')).toBe(
      'teachers-rotated',
    );
    expect(drawnOn('全市组建教育集团171个，互派校级领导236人，教师4100人', '4100')).toBe(
      'teachers-exchanged',
    );
  });

  it('draws principals and teachers counted together on a layer of their own, not teachers rotated', () => {
    expect(drawnOn('全年交流校长和教师1180人，骨干教师占交流总数的25%', '1180')).toBe(
      'leaders-and-teachers-rotated',
    );
    expect(drawnOn('全年交流轮岗教师287人', '287')).toBe('teachers-rotated');
  });

  it('reads those reached by outreach sessions on a layer of their own, not as exchanges', () => {
    expect(drawnOn('开展送教下乡活动85场，受益师生达9000余人次', '9000')).toBe(
      'outreach-reach-person-times',
    );
  });
});

describe('schools built, by what was done to them and their levels', () => {
  it('draws new schools and schools expanded apart from schools built or expanded', () => {
    const plan = '计划新建学校6所、改扩建学校21所，新增学位1.5万个';
    expect(drawnOn(plan, '6所')).toBe('new-schools-levels-unstated');
    expect(drawnOn(plan, '21所')).toBe('schools-expanded-levels-unstated');
    expect(drawnOn('建成甲小学、乙学校等13所学校，提供学位2.25万个', '13')).toBe(
      'new-schools-levels-unstated',
    );
    expect(drawnOn('今年秋季全县共有7所新建中小学投入使用', '7')).toBe(
      'new-primary-secondary-schools',
    );
  });

  it('draws schools built or expanded by the levels their sentence names, or none', () => {
    expect(drawnOn('新建、改扩建学校16所，新增学位近万个', '16')).toBe(
      'schools-built-levels-unstated',
    );
    expect(drawnOn('新建、改扩建中小学校27所，新增学位1.9万个', '27')).toBe(
      'primary-secondary-schools-built',
    );
    expect(drawnOn('已累计新建、改扩建义务教育学校151所', '151')).toBe('schools-built-or-expanded');
  });
});

describe('figures given for primary and for junior schools', () => {
  it('draw each level of the standard’s resource indicators on its own layer', () => {
    const text = '每百名学生拥有县级以上骨干教师数：小学1.3人，初中1.5人';
    expect(drawnOn(text, '1.3')).toBe('backbone-teachers-per-100-pupils-primary');
    expect(drawnOn(text, '1.5')).toBe('backbone-teachers-per-100-pupils-junior');
    const area = '小学、初中生均体育运动场馆面积分别为8.3平方米、11.6平方米';
    expect(drawnOn(area, '8.3')).toBe('sports-area-per-pupil-primary');
    expect(drawnOn(area, '11.6')).toBe('sports-area-per-pupil-junior');
    expect(drawnOn('全县生均教学仪器设备值达到3200元', '3200')).toBe('equipment-value-per-pupil');
  });

  it('draw class-size caps and per-pupil funding of each level apart', () => {
    const caps = '小学、初中班额分别控制在不超过45人、50人';
    expect(drawnOn(caps, '45')).toBe('class-size-limit-primary');
    expect(drawnOn(caps, '50')).toBe('class-size-limit-junior');
    expect(drawnOn('所有班级班额控制在45人以内', '45')).toBe('class-size-limit');
    const funds = '生均公用经费提高到小学800元、初中1000元';
    expect(drawnOn(funds, '800')).toBe('per-pupil-public-funds-primary');
    expect(drawnOn(funds, '1000')).toBe('per-pupil-public-funds-junior');
  });
});

describe('parts and rates of a total are not drawn on the total’s layer', () => {
  it('draws the recruits a «其中» clause places apart, and leaves the teachers a clause assigns', () => {
    const text = '今年全县还将招聘教师350人，其中定向分配到乡镇学校的不少于120人';
    expect(drawnOn(text, '350')).toBe('teachers-added');
    expect(drawnOn(text, '120')).toBe('recruits-placed-rural');
    expect(drawnOn('磁县招聘教师260名，为乡村学校配备音体美教师75名', '75')).toBeNull();
  });

  it('draws a yearly rate on its concept’s per-year layer, or leaves it when there is none', () => {
    expect(drawnOn('每年招聘教师不少于200名，优先补充音体美教师', '200')).toBe(
      'teachers-recruited-per-year',
    );
    expect(drawnOn('全县已连续三年每年新增学位超过8000个', '8000')).toBe('new-places-per-year');
    expect(drawnOn('德清县每年交流教师不少于300名', '300')).toBe('teachers-rotated-per-year');
    expect(drawnOn('年均增长9.1%', '9.1')).toBeNull();
    expect(drawnOn('区级财政每年安排专项资金8000万元', '8000万')).toBeNull();
  });

  it('draws class sizes of the urban schools apart, and leaves their new schools', () => {
    const sizes = '城区小学平均班额由2019年的52.6人下降到46.2人，初中平均班额由57.1人下降到49.8人';
    expect(drawnOn(sizes, '46.2')).toBe('average-class-size-urban-primary');
    expect(drawnOn(sizes, '49.8')).toBe('average-class-size-urban-junior');
    expect(drawnOn('全县小学平均班额为41人', '41')).toBe('average-class-size-primary');
    expect(drawnOn('城区学校大班额比例由上年的7.5%降至1.2%', '1.2')).toBe(
      'large-class-share-urban',
    );
    expect(drawnOn('全年新建城区学校3所、改扩建学校7所', '3所')).toBeNull();
    expect(drawnOn('全年新建城区学校3所、改扩建学校7所', '7所')).toBe(
      'schools-expanded-levels-unstated',
    );
  });
});

describe('levels named by other words', () => {
  it('does not take a level from the name of the assessment', () => {
    expect(
      drawnOn(
        '计划到2025年再新增学位1500个，力争2026年通过国家义务教育优质均衡发展督导评估',
        '1500',
      ),
    ).toBe('new-places-levels-unstated');
  });

  it('draws a junior gross enrolment rate on its own layer', () => {
    expect(drawnOn('全县初中阶段毛入学率提高到101.3%', '101.3')).toBe(
      'gross-enrolment-rate-junior',
    );
  });
});

describe('schools of the compulsory stage', () => {
  it('draw compulsory schools built new or expanded on their own layers', () => {
    expect(drawnOn('兴庆区今年建成投用第三十一小学等4所义务教育学校', '4所')).toBe(
      'new-compulsory-schools',
    );
    expect(drawnOn('改扩建农村义务教育学校11所', '11')).toBe('compulsory-schools-expanded');
  });
});

describe('names of quantities written another way', () => {
  it('draws the total investment of one named school on the one-school layer', () => {
    const text =
      '江孜县上海实验学校（九年一贯制）于2023年9月建成投用，总投资1.85亿元，设计规模48个班';
    expect(drawnOn(text, '1.85亿')).toBe('investment-new-school');
    expect(
      drawnOn(
        '今年计划开工建设文林第二小学等4所学校，预计新增学位3600个，总投资约6.2亿元',
        '6.2亿',
      ),
    ).toBe('investment-school-building');
  });

  it('reads the standard’s ratios in their loose names, and the senior-title ratio as its own', () => {
    expect(drawnOn('义务教育阶段每百名学生拥有体育艺术专任教师数0.98人', '0.98')).toBe(
      'pe-arts-teachers-per-100-pupils',
    );
    expect(
      drawnOn(
        '每百名学生拥有县级以上骨干教师数小学1.21人；每百名学生拥有高级职称教师数小学0.92人',
        '0.92',
      ),
    ).toBe('senior-title-teachers-per-100-pupils-primary');
  });

  it('reads a share of the budget in the clause after the spending, and teachers a subsidy reached', () => {
    expect(drawnOn('全县教育支出完成5.86亿元，增长6.3%，占一般公共预算支出的19.2%', '19.2')).toBe(
      'education-spending-share',
    );
    expect(drawnOn('乡村教师生活补助分档发放，惠及乡村教师3800余人', '3800')).toBe(
      'rural-teachers-subsidised',
    );
  });
});

describe('exchanges, pay and spending by their own words', () => {
  it('keeps exchanges within school groups for «互派» or a group, not any teacher sent', () => {
    expect(drawnOn('选派286名城区骨干教师到乡村学校支教', '286')).toBe(
      'backbone-teachers-exchanged',
    );
    // Sent to a paired county: on the aid layer, never an exchange within groups.
    expect(drawnOn('上海市每年选派援藏教师不少于40名', '40')).toBe('aid-teachers-sent-per-year');
    expect(drawnOn('交流轮岗教师385人次，其中骨干教师占比达到22%', '22')).toBe(
      'backbone-share-among-exchanged',
    );
    expect(drawnOn('全县专任教师2900人，其中骨干教师占比达到25%', '25')).toBe(
      'backbone-teacher-share',
    );
  });

  it('reads performance pay added, education spending, and counties to pass by their names', () => {
    expect(drawnOn('今年市县两级财政安排教师绩效工资增量资金2.1亿元', '2.1亿')).toBe(
      'performance-pay-added',
    );
    expect(drawnOn('2024年全县教育支出完成5.86亿元，增长6.3%', '5.86亿')).toBe(
      'education-funds-invested',
    );
    expect(drawnOn('力争3个区通过国家义务教育优质均衡发展督导评估', '3个')).toBe(
      'counties-to-meet-standard',
    );
  });
});

describe('one school, a part, or another base, never drawn as the county’s', () => {
  it('leaves the places of one school described by its design, and its project’s floor area', () => {
    expect(drawnOn('肥西县第二实验小学设计规模为48个班，可提供学位2160个', '2160')).toBeNull();
    const project = '三河镇中心学校改扩建工程新增校舍面积1.1万平方米';
    const q = quantityAt(project, '1.1万');
    expect(exclusionReason(project, q, place(project, '1.1万').sentence)).toMatch(
      /one named school/,
    );
    const county = '全县中小学改扩建工程新增校舍面积5.6万平方米';
    const all = quantityAt(county, '5.6万');
    expect(exclusionReason(county, all, place(county, '5.6万').sentence)).toBeNull();
  });

  it('draws nine-year schools apart, leaves a kind no layer counts, and schools up to the standard apart', () => {
    const stock = '全市现有义务教育学校64所，其中小学41所、初中15所、九年一贯制学校8所';
    expect(drawnOn(stock, '64')).toBe('schools-compulsory');
    expect(drawnOn(stock, '41')).toBe('primary-schools');
    expect(drawnOn(stock, '15')).toBe('junior-schools');
    expect(drawnOn(stock, '8所')).toBe('nine-year-schools');
    expect(drawnOn('全县新建九年一贯制学校2所', '2所')).toBe('new-compulsory-schools');
    const mixed = '全市现有普通中学30所，其中完全中学6所';
    const six = quantityAt(mixed, '6所');
    expect(exclusionReason(mixed, six, place(mixed, '6所').sentence)).toMatch(/kind of school/);
    expect(drawnOn('全区义务教育学校标准化率达到100%', '100')).toBe('standardised-schools-rate');
    expect(drawnOn('全市义务教育阶段校舍标准化率达到87%', '87')).toBe(
      'building-standardisation-rate',
    );
  });

  it('counts those a scheme reached in groups only where groups are named', () => {
    expect(drawnOn('学校配齐了录播教室，惠及学生1.17万人', '1.17万')).toBeNull();
    expect(drawnOn('城区内的学校全部组建教育集团，惠及学生3.2万人', '3.2万')).toBe(
      'students-benefiting-from-groups',
    );
  });

  it('draws backbone teachers trained to date apart from those of a named scheme', () => {
    expect(drawnOn('全区累计培养市级以上骨干教师310人', '310')).toBe(
      'backbone-teachers-trained-cumulative',
    );
  });

  it('reads a campus upgrade project as school building', () => {
    expect(drawnOn('东胜区投入逾2亿元实施校园提质工程', '2亿')).toBe('investment-school-building');
  });
});

describe('public places, and schools expanded beside a kindergarten built', () => {
  it('draws places in public schools on their own layer', () => {
    expect(drawnOn('今年我们计划再新增公办学位1.2万个', '1.2万')).toBe('new-public-places');
  });

  it('reads schools expanded after a kindergarten listed before them', () => {
    expect(drawnOn('帮助江孜县新建1所幼儿园、改扩建3所乡镇中小学', '3所')).toBe(
      'primary-secondary-schools-expanded',
    );
  });
});

describe('the nutrition scheme', () => {
  it('draws its meal subsidies, their daily rate and the pupils it reaches on layers of their own', () => {
    const text =
      '落实农村义务教育学生营养改善计划，按每生每天5元的标准发放膳食补助1270万元，惠及学生1.17万人';
    expect(drawnOn(text, '5元')).toBe('nutrition-subsidy-per-pupil-per-day');
    expect(drawnOn(text, '1270万')).toBe('nutrition-subsidy-funds');
    expect(drawnOn(text, '1.17万')).toBe('nutrition-scheme-pupils');
    expect(drawnOn('其中：安排营养改善计划资金1300万元', '1300万')).toBe('nutrition-subsidy-funds');
  });
});

describe('enrolment of school-age children', () => {
  it('draws the net rate apart from the gross one, by level', () => {
    expect(drawnOn('小学适龄儿童入学率达到99.9%', '99.9')).toBe('net-enrolment-rate-primary');
    expect(drawnOn('全县初中阶段毛入学率提高到101.3%', '101.3')).toBe(
      'gross-enrolment-rate-junior',
    );
  });
});

describe('a level word of a later clause', () => {
  it('is the later figure’s own, unless it names the kind of school counted', () => {
    expect(drawnOn('某区新增学位2800个，区内初中平均班额降至45人', '2800')).toBe(
      'new-places-levels-unstated',
    );
    expect(drawnOn('全县新增学位4100个，58所义务教育学校全部达标', '4100')).toBe(
      'new-school-places',
    );
  });
});

describe('parts drawn on no layer of their whole', () => {
  it('draws parents’ satisfaction apart from the public’s', () => {
    expect(drawnOn('全县家长满意度达到95.1%', '95.1')).toBe('parents-satisfaction-rate');
    expect(drawnOn('群众对义务教育的满意度达到97.2%', '97.2')).toBe('public-satisfaction-rate');
  });

  it('draws the shortfall of music, PE and art teachers apart, and leaves another subject’s', () => {
    expect(drawnOn('全县音体美专任教师缺口约80人', '80')).toBe('teacher-shortfall-pe-arts');
    expect(drawnOn('全县教师缺口约300人，其中音乐、体育、美术教师缺口120人', '300')).toBe(
      'teacher-shortfall',
    );
    expect(drawnOn('全县教师缺口约300人，其中音乐、体育、美术教师缺口120人', '120')).toBe(
      'teacher-shortfall-pe-arts',
    );
    expect(drawnOn('全县心理健康教师缺口约40人', '40')).toBeNull();
  });

  it('leaves the class caps of urban schools or first-year classes off the county’s caps', () => {
    expect(drawnOn('城区小学起始年级每班不超过40人', '40')).toBeNull();
    expect(drawnOn('全县小学每班不超过45人', '45')).toBe('class-size-limit-primary');
  });

  it('draws public places at the levels their words state on those levels’ public layer', () => {
    expect(drawnOn('去年新建公办中小学9所，新增公办学位1.6万个', '1.6万')).toBe(
      'new-public-places-primary-secondary',
    );
    expect(drawnOn('新增义务教育公办学位6000个', '6000')).toBe('new-public-places-compulsory');
    expect(drawnOn('今年新增公办学位8000个', '8000')).toBe('new-public-places');
  });
});

describe('money and places, each on its own layer or none', () => {
  it('draws all education’s construction investment apart from school building and unstated uses', () => {
    expect(drawnOn('全年完成教育基建投资5.6亿元', '5.6亿')).toBe(
      'education-construction-investment',
    );
  });

  it('draws teachers’ salaries paid apart from performance pay added', () => {
    expect(drawnOn('拨付义务教育教师工资2.6亿元', '2.6亿')).toBe(
      'teacher-salaries-paid-compulsory',
    );
    expect(drawnOn('全年发放教师工资1.8亿元', '1.8亿')).toBe('teacher-salaries-paid');
    expect(drawnOn('安排教师绩效工资增量资金2.1亿元', '2.1亿')).toBe('performance-pay-added');
  });

  it('leaves the places projects under way are expected to add off places added', () => {
    expect(drawnOn('计划开工建设学校3所，预计新增学位2700个', '2700')).toBeNull();
  });

  it('names money for two purposes together, but not building with its equipment', () => {
    const twoPurposes = (text: string, number: string) => {
      const p = place(text, number);
      const at = {
        q: quantityAt(text, number),
        segment: p.clause,
        clause: p.clause,
        sentence: p.sentence,
        unit: 'yuan' as const,
        status: 'target' as const,
        date: '2025',
        published: '2025-01-10',
      };
      return namesTwoPurposes(text, at);
    };
    expect(twoPurposes('安排校舍改造及改薄资金8000万元', '8000万')).toBe(true);
    expect(twoPurposes('安排校舍建设和设备购置资金8000万元', '8000万')).toBe(false);
    expect(twoPurposes('安排改薄资金8000万元', '8000万')).toBe(false);
  });
});

describe('a stock, a shortfall or a project’s capacity, never drawn as a change', () => {
  it('draws large classes that remain apart from those eliminated', () => {
    expect(drawnOn('城区学校现有56人以上大班额35个', '35个')).toBe('large-classes');
    expect(drawnOn('全县消除56人以上大班额35个', '35个')).toBe('large-classes-eliminated');
  });

  it('draws a shortfall of places apart, and leaves the places a school will offer once built', () => {
    expect(drawnOn('中心城区学位缺口约3000个', '3000')).toBe('places-shortfall');
    expect(drawnOn('开工建设第三小学，建成后可提供学位1350个', '1350')).toBeNull();
  });

  it('draws a named school’s planned investment on the one-school layer', () => {
    expect(drawnOn('开工建设县第五中学，年内计划投资7200万元', '7200万')).toBe(
      'investment-new-school',
    );
  });

  it('draws groups still to be formed, or newly formed, apart from the groups there are', () => {
    expect(drawnOn('再组建教育集团10至15个', '10')).toBe('groups-formed');
    expect(drawnOn('今年新组建城乡教育共同体6个', '6')).toBe('groups-formed');
    expect(drawnOn('全区组建城乡教育集团18个', '18')).toBe('education-groups');
  });
});

describe('teachers a clause says something happened to, not the stock', () => {
  const text = '全县2800名专任教师全部纳入县管校聘，今年竞聘上岗教师2600人，其中跨校交流轮岗140人';
  it('does not draw teachers appointed by competition as full-time teachers', () => {
    expect(drawnOn(text, '2800')).toBe('full-time-teachers');
    expect(drawnOn(text, '2600')).toBeNull();
  });

  it('draws those rotated across schools, «交流轮岗» right before the number, as rotated', () => {
    expect(drawnOn(text, '140')).toBe('teachers-rotated');
  });
});

describe('school groups, in the words a city’s release uses', () => {
  it('reads member schools’ share and teachers moving within groups', () => {
    expect(drawnOn('集团成员学校占全县义务教育学校的比例由2022年的35%提高到今年的60%', '60')).toBe(
      'schools-in-groups-share',
    );
    expect(drawnOn('集团内教师柔性流动达到720人次', '720')).toBe('teacher-exchange-person-times');
  });
});

describe('what a feedback report finds short, each on a layer of its own', () => {
  it('draws schools not up to the standard, by level', () => {
    const text = '全县仍有不达标学校9所，其中小学6所、初中3所';
    expect(drawnOn(text, '9')).toBe('substandard-schools');
    expect(drawnOn(text, '6')).toBe('substandard-schools-primary');
    expect(drawnOn(text, '3')).toBe('substandard-schools-junior');
  });
});

describe('recruits placed in rural schools, and a fund named by its own words', () => {
  it('draws the recruits a «其中» clause places in rural or township schools', () => {
    expect(drawnOn('招聘教师200名，其中分配到农村学校150名', '150')).toBe('recruits-placed-rural');
    expect(drawnOn('招聘教师300人，其中定向分配到乡镇学校的不少于100人', '100')).toBe(
      'recruits-placed-rural',
    );
  });

  it('takes no purpose for a fund named in its own clause from another sum’s clause', () => {
    const text = '其中：安排改薄资金9000万元；安排学前教育发展资金1500万元';
    expect(drawnOn(text, '1500万')).toBe('preschool-development-funds');
    const funds = '安排校舍改造资金5000万元，安排学前教育发展资金1500万元';
    expect(drawnOn(funds, '1500万')).toBe('preschool-development-funds');
  });
});

describe('quantities counties report and compare, each on a layer of its own', () => {
  it('draws special-post teachers recruited apart from all recruits, a «其中» part too', () => {
    const text = '2021年以来共公开招聘教师390人，其中特岗教师126人';
    expect(drawnOn(text, '390')).toBe('teachers-added');
    expect(drawnOn(text, '126')).toBe('special-post-teachers-recruited');
    expect(drawnOn('今年招聘特岗教师85名', '85')).toBe('special-post-teachers-recruited');
    expect(drawnOn('招聘特岗教师和公费师范生共315名', '315')).toBe('teachers-added');
    expect(drawnOn('特岗教师服务期满留任62人', '62')).toBeNull();
  });

  it('draws the pupils a headline says group schooling reaches on the groups’ layer', () => {
    expect(drawnOn('集团化办学让3.6万名农村孩子在家门口上好学', '3.6万')).toBe(
      'students-benefiting-from-groups',
    );
    expect(drawnOn('新建学校让3000名孩子就近入学', '3000')).toBeNull();
  });
});

describe('the kinds six unseen documents showed on the wrong layer or none', () => {
  it('reads a land area, and a stock list headed by its whole', () => {
    expect(drawnOn('武清区地处京津之间，区域面积1574平方公里', '1574')).toBe('area-square-km');
    const stock = '全县义务教育阶段共有学校132所，其中小学104所、初中28所';
    expect(drawnOn(stock, '132')).toBe('schools-compulsory');
    expect(drawnOn(stock, '104')).toBe('primary-schools');
    expect(drawnOn(stock, '28')).toBe('junior-schools');
  });

  it('draws pupils and full-time teachers of one level on that level’s layer', () => {
    const row = '小学　　42所　　在校生23416人　　专任教师1687人';
    expect(drawnOn(row, '23416')).toBe('students-primary');
    expect(drawnOn(row, '1687')).toBe('full-time-teachers-primary');
    expect(drawnOn('初中在校生11902人', '11902')).toBe('students-junior');
  });

  it('reads the ratio of backbone teachers per 100 pupils at district level as the ratio', () => {
    const text = '小学、初中每百名学生拥有区级以上骨干教师数分别为1.6人、1.9人';
    expect(drawnOn(text, '1.6')).toBe('backbone-teachers-per-100-pupils-primary');
    expect(drawnOn(text, '1.9')).toBe('backbone-teachers-per-100-pupils-junior');
  });

  it('reads a number before its keyword, and levels listed before a bracket of the standard’s', () => {
    expect(drawnOn('486名城区教师到乡村学校交流轮岗', '486')).toBe('teachers-rotated');
    expect(drawnOn('营养改善计划惠及2.3万名学生', '2.3万')).toBe('nutrition-scheme-pupils');
    const sizes =
      '全市小学、初中平均班额分别降至41.3人、45.6人（国家标准为小学不超过45人、初中不超过50人）';
    expect(drawnOn(sizes, '41.3')).toBe('average-class-size-primary');
    expect(drawnOn(sizes, '45.6')).toBe('average-class-size-junior');
  });

  it('gives a number its own clause’s keyword, and not an earlier item’s name', () => {
    expect(drawnOn('县城学校学位缺口约1500个，56人以上大班额尚有38个', '38个')).toBe(
      'large-classes',
    );
    const list = '其中小学86所、初中35所、九年一贯制学校12所、普通高中5所';
    expect(drawnOn(list, '12所')).toBe('nine-year-schools');
    expect(drawnOn(list, '5所')).toBeNull();
    expect(drawnOn('创建省级示范园7所、占比27%', '27')).toBe('model-kindergarten-share');
  });

  it('leaves one level’s item off a layer of more levels or none', () => {
    const plan =
      '到2027年，新建小学6所、初中3所，改扩建学校9所，新增义务教育学位1.8万个，其中小学学位1.1万个';
    expect(drawnOn(plan, '6所')).toBe('new-primary-schools');
    expect(drawnOn(plan, '3所')).toBe('new-junior-schools');
    expect(drawnOn(plan, '9所')).toBe('schools-expanded-levels-unstated');
    expect(drawnOn(plan, '1.8万')).toBe('new-school-places');
    expect(drawnOn(plan, '1.1万')).toBe('new-primary-school-places');
    // Schools expanded have no layer of one level: one level's item is drawn on none.
    const expanded = '到2027年，改扩建小学4所、初中2所，新增义务教育学位6000个';
    expect(drawnOn(expanded, '4所')).toBeNull();
    expect(drawnOn(expanded, '2所')).toBeNull();
    expect(drawnOn('薄弱初中建设100个课程创新基地', '100')).toBe('curriculum-innovation-bases');
  });
});

describe('stocks and money an audit finds, never drawn as amounts added or invested', () => {
  const reason = (text: string, number: string) =>
    exclusionReason(text, quantityAt(text, number), place(text, number).sentence);

  it('draws a stock of places or of floor area on its own layer, not on those added or built', () => {
    expect(drawnOn('义务教育学位12.6万个，在校生11.3万人', '12.6万')).toBe(
      'places-stock-compulsory',
    );
    expect(drawnOn('到2035年，义务教育学位达到18万个', '18万')).toBe('places-stock-compulsory');
    expect(drawnOn('新增义务教育学位1.8万个', '1.8万')).toBe('new-school-places');
    expect(drawnOn('全区中小学校舍建筑面积231万平方米', '231万')).toBe(
      'floor-area-stock-primary-secondary',
    );
    expect(drawnOn('新建校舍面积5.6万平方米', '5.6万')).toBe('building-area');
  });

  it('leaves money allocated, diverted, idle or withheld', () => {
    expect(reason('当年共下达义务教育经费5.82亿元，实际支出5.47亿元', '5.82亿')).toMatch(
      /allocated/,
    );
    expect(reason('当年共下达义务教育经费5.82亿元，实际支出5.47亿元', '5.47亿')).toBeNull();
    expect(reason('将补助资金386.5万元用于机关办公楼维修', '386.5万')).toMatch(/diverted/);
    expect(reason('全县少拨付68.3万元', '68.3万')).toMatch(/withheld/);
    expect(reason('仍有745万元未拨付到项目学校', '745万')).toMatch(/idle/);
  });

  it('draws a stock of primary and secondary schools, and leaves the senior-high part', () => {
    const text = '全区共有中小学校138所，其中小学86所、初中35所、普通高中5所';
    expect(drawnOn(text, '138')).toBe('primary-secondary-schools');
    expect(drawnOn(text, '86')).toBe('primary-schools');
    expect(drawnOn(text, '5所')).toBeNull();
    expect(drawnOn('全区中小学校达到162所', '162')).toBe('primary-secondary-schools');
    expect(drawnOn('全区仍有不达标学校11所，其中小学8所、初中3所', '8所')).toBe(
      'substandard-schools-primary',
    );
    expect(drawnOn('延伸审计了6所中小学校', '6')).toBeNull();
  });
});

describe('a part, a school once open, or a total over years, off the layers of the whole', () => {
  it('leaves an area’s part after «其中», a school’s places once open, and small schools a finding names', () => {
    expect(drawnOn('新增学位1260个，其中城区新增980个', '980')).toBeNull();
    expect(drawnOn('2025年9月投用后可增加学位1200个', '1200')).toBeNull();
    expect(drawnOn('全县有17所小规模学校未按规定拨付公用经费', '17')).toBeNull();
    expect(drawnOn('全县有小规模学校17所', '17')).toBe('small-schools');
  });

  it('draws a named school’s project on the one-school layer', () => {
    expect(drawnOn('区第十二中学新校区建设工程年内完成投资1.35亿元', '1.35亿')).toBe(
      'investment-new-school',
    );
  });

  it('leaves a total over years off a layer of yearly amounts, and keeps one year’s', () => {
    expect(drawnOn('2021年以来，组织校长、教师来沪跟岗培训620人次', '620')).toBeNull();
    expect(drawnOn('2023年全县培训教师1.2万人次', '1.2万')).toBe('teacher-training-person-times');
  });
});

describe('scope words that are another figure’s', () => {
  it('does not take the schools a group reaches as the scope of later figures', () => {
    const text = '台江区组建教育集团8个，覆盖中小学27所；新增学位1450个';
    expect(drawnOn(text, '1450')).toBe('new-places-levels-unstated');
    expect(drawnOn('新建、改扩建中小学校27所，新增学位1.9万个', '1.9万')).toBe(
      'new-places-primary-secondary',
    );
  });

  it('counts synchronous classrooms in rooms as well as in units', () => {
    expect(drawnOn('2025年底前建成同步课堂20间', '20间')).toBe('synchronous-classrooms');
  });

  it('draws a kindergarten’s teachers on the kindergarten teachers’ layer, not a school one', () => {
    expect(drawnOn('幼儿园　　58所　　在园幼儿6315人　　专任教师512人', '512')).toBe(
      'full-time-teachers-kindergarten',
    );
  });
});
