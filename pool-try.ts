import path from 'node:path';
import { Piscina } from 'piscina';
const pool = new Piscina({ filename: path.resolve('lib/content/workers/task.ts'), maxThreads: 2, minThreads: 2, execArgv: [...process.execArgv] });
console.log('execArgv', process.execArgv);
const r = await pool.run({ kind: 'render', answers: ['hello *world* $x^2$'] });
console.log(r);
await pool.destroy();
