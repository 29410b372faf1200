/**
 * Schools not up to the standard, one quantity per layer: the schools short of the standard as a
 * whole are one quantity, the schools short of one indicator of it another, scoped by that
 * indicator (its layer's purpose) and never drawn on the whole's scale. Sentences written for this
 * test.
 */
import { describe, expect, it } from 'vitest';
import type { Concept } from '../../../src/lib/domain/schema.ts';
import { barScopes, type Vocabulary } from '../../../src/pipeline/vocabulary.ts';
import { drawnOn } from './reading-helpers.ts';

describe('schools short of the standard as a whole', () => {
  it('are read where no indicator of it is named', () => {
    expect(drawnOn('截至年底，全区尚有7所学校未达到优质均衡发展标准。', '7所')).toBe(
      'substandard-schools',
    );
    const found = '对照全部指标逐校核定，不达标学校共10所，其中初中4所。';
    expect(drawnOn(found, '10所')).toBe('substandard-schools');
    expect(drawnOn(found, '4所')).toBe('substandard-schools-junior');
  });
});

describe('schools short of one indicator named in their sentence', () => {
  it('are drawn on that indicator’s layer, at the level the sentence states', () => {
    expect(drawnOn('目前仍有2所小学生均体育运动场馆面积低于标准。', '2所')).toBe(
      'substandard-schools-sports-area-per-pupil-primary',
    );
    const named = '生均教学仪器设备值：初中2650元，全县仍有6所学校未达标。';
    expect(drawnOn(named, '6所')).toBe('substandard-schools-equipment-value-per-pupil-junior');
  });

  it('take the indicator an earlier clause of the sentence names, of both levels its bar is set for', () => {
    const text = '按每百名学生拥有网络多媒体教室数小学2.3间、初中2.4间的要求，仍有8所学校未达标。';
    expect(drawnOn(text, '8所')).toBe('substandard-schools-multimedia-classrooms-per-100');
  });

  it('are on no layer when the thing they fall short in has no layer of its own', () => {
    expect(drawnOn('仍有4所初中美术专用教室低于配备要求。', '4所')).toBeNull();
  });
});

describe('the scope words a bar of the standard gives', () => {
  const vocabulary = {
    measureWords: { byUnit: {}, byCounted: {} },
    changes: {},
    concepts: { 'sports-area': { words: ['生均运动场面积'] }, short: { words: ['未达标'] } },
  } satisfies Vocabulary;
  const concept = (id: string, standard?: true) =>
    ({ id, standard, name: { zh: id, en: id } }) as unknown as Concept;
  const ind = (id: string, purpose?: string) => ({ id, concept: 'short', scope: { purpose } });

  it('read a barred indicator only where its bar is named, and the whole never there', () => {
    const bars = barScopes(
      vocabulary,
      [concept('sports-area', true), concept('short')],
      [ind('whole'), ind('by-sports-area', 'sports-area'), ind('urban', 'urban-schools')],
    );
    expect(bars.get('by-sports-area')).toEqual({ within: ['生均运动场面积'] });
    expect(bars.get('whole')).toEqual({ unlessSentence: ['生均运动场面积'] });
    // A purpose that is no indicator of the standard is a part, not a bar.
    expect(bars.get('urban')).toBeUndefined();
  });
});
