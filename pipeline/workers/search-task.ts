// Runs in a worker thread (piscina): the search index's analysis of a batch of articles.
import { analyzeBatch, answerLengths } from '../search-index/analyze';

export const lengths = answerLengths;
export const analyze = analyzeBatch;
