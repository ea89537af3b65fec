import yaml from 'js-yaml';
import { explainYamlError } from '../check/yaml-help';

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
    // Without an '&' there is no anchor, so no alias can resolve: the listener (a call per node) is skipped.
    if (!source.includes('&')) return yaml.load(source, { schema: yaml.CORE_SCHEMA });
    return yaml.load(source, {
      schema: yaml.CORE_SCHEMA,
      listener(event, state) {
        const { anchor } = state as unknown as { anchor?: string | null };
        if (event === 'close' && anchor != null) {
          const at = source.split('\n').findIndex((line) => line.includes(`&${anchor}`));
          throw new YamlProblem(`anchors and aliases are not allowed (&${anchor})`, at >= 0 ? at + 1 : undefined);
        }
      },
    });
  } catch (error) {
    if (error instanceof YamlProblem) throw error;
    if (error instanceof yaml.YAMLException) {
      // Only a broken file gets here, so the explanation's extra parses cost the valid ones nothing.
      const reason = error.reason || error.message;
      const at = (error.mark?.line ?? source.split('\n').length - 1) + 1;
      let help: { message: string; line: number };
      try {
        help = explainYamlError(source, reason, at, error.mark?.column);
      } catch {
        // A slip in the explanation must not turn a reported error into a crash of the check.
        help = { message: reason, line: at };
      }
      throw new YamlProblem(help.message, help.line);
    }
    if (error instanceof RangeError) throw new YamlProblem('nesting is too deep to read');
    throw error;
  }
}
