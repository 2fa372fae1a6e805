import type { NextRequest } from 'next/server';
import type { Scenario } from '@/lib/builder/model';
import { sessionReport } from '@/lib/live/cohort-service';
import { reportCsv } from '@/lib/live/cohort/report';
import { caller, json, needHost } from '@/lib/live/http';
import { courseLookup } from '@/lib/live/lookup';

type Ctx = { params: Promise<{ code: string }> };

/** GET → the session report (host): JSON with the scenarios it names, `?format=csv` for a spreadsheet. */
export async function GET(request: NextRequest, { params }: Ctx) {
  const found = await caller(request, (await params).code);
  if (!found.ok) return found.response;
  const denied = needHost(found.caller);
  if (denied) return denied;
  const report = await sessionReport(found.caller.session);
  const scenarios = new Map<string, Scenario>();
  for (const r of report.builderRounds) {
    const s = courseLookup.scenario?.(r.scenarioId);
    if (s) scenarios.set(s.id, s);
  }
  if (request.nextUrl.searchParams.get('format') === 'csv') {
    return new Response(reportCsv(report, scenarios), {
      headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="live-${found.code}-report.csv"`, 'Cache-Control': 'no-store' },
    });
  }
  return json({ report, scenarios: Object.fromEntries(scenarios) });
}
