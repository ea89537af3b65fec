// Rewrites CloudCannon's subject list (_select_data.subjects in cloudcannon.config.yml) from the subjects in content/;
// --check only reports a difference and exits 1.
import fs from 'node:fs';
import path from 'node:path';
import { scanContent } from '@/lib/content';
import {
  CLOUDCANNON_CONFIG,
  contentSubjects,
  subjectsProblem,
  writeConfigSubjects,
} from '@/lib/content/cloudcannon-subjects';
import { isMain } from './main';

export function syncCloudCannonSubjects(options: { check?: boolean; root?: string } = {}) {
  const file = path.join(options.root ?? process.cwd(), CLOUDCANNON_CONFIG);
  const text = fs.readFileSync(file, 'utf8');
  // Articles with errors still name their subject: the list can be fixed while another problem is.
  const subjects = contentSubjects(scanContent().articles);
  const problem = subjectsProblem(text, subjects);
  if (problem && !options.check) fs.writeFileSync(file, writeConfigSubjects(text, subjects));
  return { subjects, problem };
}

if (isMain(import.meta.url)) {
  try {
    const check = process.argv.includes('--check');
    const { subjects, problem } = syncCloudCannonSubjects({ check });
    if (check && problem) {
      console.error(problem);
      process.exitCode = 1;
    } else
      console.log(
        `${CLOUDCANNON_CONFIG}: ${subjects.length} subjects${problem ? (check ? '' : ', list rewritten') : ', up to date'}`,
      );
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
