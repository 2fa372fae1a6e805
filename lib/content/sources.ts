/** The five source documents the course teaches, by the id lessons cite them with. */
export const SOURCES = {
  '01': 'Monolith vs microservices, and how to migrate',
  '02': 'Architecture patterns and interview questions',
  '03': 'Microservices architecture',
  '04': 'Deep dive: microservices in OPEA',
  '05': 'Microservices vs megaservices in OPEA',
} as const;

/** A source document id, e.g. `"03"`. */
type SourceId = keyof typeof SOURCES;

export const SOURCE_IDS = Object.keys(SOURCES) as SourceId[];
