import type { NextRequest } from 'next/server';
import { caller, needHost, json } from '@/lib/live/http';
import { results, resultsCsv } from '@/lib/live/service';
import { GET as report } from '../report/route';

type Ctx = { params: Promise<{ code: string }> };

/** GET → every round with its answers (host); `?format=csv` for a spreadsheet. */
export async function GET(request: NextRequest, { params }: Ctx) {
  // The session report (item analysis, builder rounds) is part of the results API too.
  if (request.nextUrl.searchParams.get('part') === 'report') return report(request, { params });
  const found = await caller(request, (await params).code);
  if (!found.ok) return found.response;
  const denied = needHost(found.caller);
  if (denied) return denied;
  const data = await results(found.caller.session);
  if (request.nextUrl.searchParams.get('format') === 'csv') {
    return new Response(resultsCsv(data), {
      headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="live-${found.code}.csv"`, 'Cache-Control': 'no-store' },
    });
  }
  return json(data);
}
