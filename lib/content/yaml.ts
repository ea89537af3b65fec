import yaml from 'js-yaml';

export const MAX_FRONT_MATTER_BYTES = 64 * 1024;

/** A YAML problem with its 1-based line inside the front matter block. */
export class YamlProblem extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

/**
 * Loads front matter YAML with the core schema: no timestamps (dates stay strings and are checked
 * strictly), no custom tags, and no anchors or aliases (a shared node is how alias bombs start).
 */
export function loadYaml(source: string): unknown {
  try {
    return yaml.load(source, {
      schema: yaml.CORE_SCHEMA,
      listener(event, state) {
        const { anchor, line } = state as unknown as { anchor?: string | null; line: number };
        if (event === 'close' && anchor != null) {
          throw new YamlProblem(`anchors and aliases are not allowed (&${anchor})`, line + 1);
        }
      },
    });
  } catch (error) {
    if (error instanceof YamlProblem) throw error;
    if (error instanceof yaml.YAMLException) {
      throw new YamlProblem(error.reason || error.message, error.mark ? error.mark.line + 1 : undefined);
    }
    if (error instanceof RangeError) throw new YamlProblem('nesting is too deep to read');
    throw error;
  }
}
