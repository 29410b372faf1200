/**
 * Wording of a speech that no rule covered (corpus13, written unseen: a county secretary said
 * what was done and what is short as one speaks, not as a report writes): recruits «招了», the
 * principals and teachers rotated «交流轮岗的校长和老师有…», schools whose indicators «没有全部达标»,
 * teachers short «老师…还缺…», pupils «…名义务教育学生», a rotation share «要达到符合条件教师的…».
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { drawnOn } from './reading-helpers.ts';

describe('what a speech says was done', () => {
  it('reads teachers «招了» as recruits', () => {
    expect(drawnOn('去年一年招了教师95名，都充实到了乡村学校。', '95名')).toBe('teachers-added');
  });

  it('reads principals and teachers rotated together, said with «的»', () => {
    expect(drawnOn('县域内交流轮岗的校长和老师有120名。', '120名')).toBe(
      'leaders-and-teachers-rotated',
    );
  });
});

describe('what a speech says is short', () => {
  it('reads schools whose indicators are not all met as schools not up to the standard', () => {
    expect(drawnOn('全县还有15所学校的办学条件指标没有全部达标。', '15所')).toBe(
      'substandard-schools',
    );
  });

  it('reads teachers «还缺» after the teachers they are', () => {
    expect(drawnOn('音体美老师算下来还缺60名。', '60名')).toBe('teacher-shortfall-pe-arts');
    expect(drawnOn('数学老师还缺30名。', '30名')).toBe('teacher-shortfall');
  });

  it('reads the pupils of compulsory education counted before their noun', () => {
    expect(drawnOn('全县3.1万名义务教育学生中，近四成在县城就读。', '3.1万名')).toBe(
      'students-compulsory',
    );
  });
});

describe('what a speech asks for', () => {
  it('reads a rotation share «要达到» of eligible teachers', () => {
    expect(drawnOn('今年交流轮岗的教师要达到符合条件教师的16%以上。', '16%')).toBe(
      'teacher-rotation-share',
    );
  });
});
