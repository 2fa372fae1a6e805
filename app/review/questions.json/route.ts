import { loadAllQuizData } from '@/lib/quiz/load';

/**
 * Every question of the course as one static file, written at build time. The review page
 * fetches it only when the learner starts practising, so the list itself loads light.
 */
export const dynamic = 'force-static';

export function GET() {
  return Response.json(loadAllQuizData());
}
