import { describe, expect, it } from 'vitest';
import { parseLexicon } from '../lexicon/tsv.js';
import { classesFit, compileClassHierarchy, shippedClassHierarchy } from './class-hierarchy.js';

describe('classesFit (shipped hierarchy)', () => {
  const h = shippedClassHierarchy();
  it.each([
    ['equal classes', 'drones', 'drones', true],
    ['one unknown', null, 'drones', true],
    ['narrower and broader', 'drones', 'weapons', true],
    ['broader and narrower', 'weapons', 'ammunition', true],
    ['two narrower classes of one broader class', 'drones', 'ammunition', false],
    ['unrelated classes', 'money', 'weapons', false],
  ] as const)('%s', (_name, a, b, expected) => {
    expect(classesFit(a, b, h)).toBe(expected);
  });

  it('names file and line when a class has two broader classes', () => {
    const table = parseLexicon('b.tsv', 'class\tbroader\ndrones\tweapons\ndrones\tvehicles\n', [
      'class',
      'broader',
    ]);
    expect(() => compileClassHierarchy(table)).toThrow(
      /b\.tsv:3: class "drones" already has a broader class/,
    );
  });
});
