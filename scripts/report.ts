// npm run report [-- --json]: what readers said. Reads DATABASE_URL's PostgreSQL or the embedded database, as the server does.
import { openConfiguredDb } from '@/lib/db/client';
import { buildReport, formatReport } from '@/lib/feedback/report';
import { isMain } from './main';

export async function runReport(args: string[], out = (text: string) => process.stdout.write(text)): Promise<void> {
  const unknown = args.filter((arg) => arg !== '--json');
  if (unknown.length > 0) throw new Error(`unknown argument: ${unknown.join(' ')} (usage: npm run report [-- --json])`);
  const db = await openConfiguredDb();
  const report = await buildReport(db).finally(() => db.close());
  out(args.includes('--json') ? `${JSON.stringify(report)}\n` : formatReport(report));
}

if (isMain(import.meta.url)) {
  runReport(process.argv.slice(2)).catch((error: unknown) => {
    console.error(`npm run report: ${(error as Error).message}`);
    process.exitCode = 1;
  });
}
