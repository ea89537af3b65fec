import { openConfiguredDb } from '@/lib/db/client';
import { jsonShowingInvisible } from './invisible';
import { buildReport, formatReport } from './report';

export async function runReport(args: string[], out = (text: string) => process.stdout.write(text)): Promise<void> {
  const unknown = args.filter((arg) => arg !== '--json');
  if (unknown.length > 0) throw new Error(`unknown argument: ${unknown.join(' ')} (usage: npm run report [-- --json])`);
  const db = await openConfiguredDb();
  const report = await buildReport(db).finally(() => db.close());
  out(args.includes('--json') ? `${jsonShowingInvisible(report)}\n` : formatReport(report));
}
