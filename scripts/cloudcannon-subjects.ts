// Rewrites CloudCannon's subject list (_select_data.subjects in cloudcannon.config.yml) from the subjects in content/;
// --check only reports a difference and exits 1.
import { CLOUDCANNON_CONFIG, syncCloudCannonSubjects } from '@/pipeline/content/cloudcannon-subjects';

try {
  const check = process.argv.includes('--check');
  const { subjects, problem } = await syncCloudCannonSubjects({ check });
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
