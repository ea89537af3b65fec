import { handleFeedback } from '@/lib/feedback/handler';

/** "Was this answer helpful?": JSON from the widget's script, or its plain form (answered with a 303). */
export const POST = (request: Request) => handleFeedback(request);
