import { handleSearchMiss } from '@/lib/feedback/handler';

/** A submitted search that found nothing, sent by the search page with navigator.sendBeacon. */
export const POST = (request: Request) => handleSearchMiss(request);
