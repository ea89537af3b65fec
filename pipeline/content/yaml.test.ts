import { describe, expect, it, vi } from 'vitest';
import { loadYaml, YamlProblem } from './yaml';

vi.mock('../check/yaml-help', () => ({
  explainYamlError: () => {
    throw new Error('a bug in the explanation');
  },
}));

describe('loadYaml when the explanation fails', () => {
  it("still reports the YAML error, with js-yaml's words and line, instead of crashing the check", () => {
    let thrown: unknown;
    try {
      loadYaml('\nid: 1\nauthor: a: b\n');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(YamlProblem);
    expect((thrown as YamlProblem).message).toBe('bad indentation of a mapping entry');
    expect((thrown as YamlProblem).line).toBe(3);
  });
});
