// npm run scores [-- --write]: each article's score from its helpful votes (Wilson lower bound; -1.0 below
// MIN_VOTES). --write rewrites only the `score:` line of the files whose score changed.
import { runScores } from '@/pipeline/scores';

runScores(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`npm run scores: ${(error as Error).message}`);
  process.exitCode = 1;
});
