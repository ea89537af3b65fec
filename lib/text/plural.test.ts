import { describe, expect, it } from 'vitest';
import { count } from './plural';

describe('count', () => {
  it('uses the singular for exactly one', () => {
    expect(count(1, 'answer')).toBe('1 answer');
    expect(count(1, 'partial match')).toBe('1 partial match');
  });
  it('uses the plural for none and for many, with -es after a sibilant', () => {
    expect(count(0, 'question')).toBe('0 questions');
    expect(count(28, 'partial match')).toBe('28 partial matches');
    expect(count(2, 'box')).toBe('2 boxes');
  });
  it('takes an irregular plural', () => {
    expect(count(3, 'child', 'children')).toBe('3 children');
  });
});
