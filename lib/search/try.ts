import { getAllArticles, getSubjects } from '@/lib/content';
import { buildSearchFiles } from './build';
const a = getAllArticles();
for (let i = 0; i < 4; i++) {
  const t = performance.now();
  buildSearchFiles(a, getSubjects(), i === 3 ? { english: false, expand: false } : {});
  console.log(Math.round(performance.now() - t));
}
