import { buildSearchDocuments } from '@/lib/search/documents';

export const dynamic = 'force-static';

/** The search index's documents, built at build time and fetched when search first opens. */
export async function GET() {
  return Response.json(await buildSearchDocuments());
}
