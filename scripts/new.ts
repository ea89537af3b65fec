// npm run new -- --subject "Biology" "What is osmosis?": scaffolds an article in the seed's format.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SUBJECTS_COMMAND } from '@/pipeline/content/cloudcannon-subjects';
import { createArticle } from '@/pipeline/content/new-article';

const USAGE = 'usage: npm run new -- --subject "Biology" "What is osmosis?"';

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { subject: { type: 'string' } }, allowPositionals: true });
  } catch (error) {
    console.error(`npm run new: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const subject = parsed.values.subject?.trim();
  const question = parsed.positionals.join(' ').trim();
  if (!subject || !question) {
    console.error(USAGE);
    return 2;
  }
  try {
    const { file, newSubject } = await createArticle(subject, question);
    console.log(`created ${path.relative(process.cwd(), file)}`);
    console.log(
      'replace the placeholder answer (the check fails until you do), add a page_description, run npm run check',
    );
    if (newSubject) console.log(`"${subject}" is a new subject: run ${SUBJECTS_COMMAND} so CloudCannon offers it`);
    return 0;
  } catch (error) {
    console.error(`npm run new: ${(error as Error).message}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
