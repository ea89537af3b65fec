// npm run report [-- --json]: what readers said. Reads DATABASE_URL's PostgreSQL or the embedded database, as the server does.
import { runReport } from '@/lib/feedback/report-command';

runReport(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`npm run report: ${(error as Error).message}`);
  process.exitCode = 1;
});
