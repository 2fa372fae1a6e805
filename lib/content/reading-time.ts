/** Words a learner reads per minute in technical prose. */
const WORDS_PER_MINUTE = 200;
/** Seconds a learner spends on one diagram. */
const SECONDS_PER_DIAGRAM = 20;

/** Minutes to read an MDX body: prose words, plus a little for each diagram; code counts half. */
export function readingMinutes(body: string): number {
  let diagrams = 0;
  let codeWords = 0;
  const prose = body.replace(/```(\w*)[^\n]*\n([\s\S]*?)```/g, (_all, lang: string, code: string) => {
    if (lang === 'mermaid') diagrams += 1;
    else codeWords += countWords(code);
    return ' ';
  });
  const tagless = prose.replace(/<\/?[A-Za-z][^<>]*>/g, ' ');
  const words = countWords(tagless) + codeWords / 2;
  const minutes = words / WORDS_PER_MINUTE + (diagrams * SECONDS_PER_DIAGRAM) / 60;
  return Math.max(1, Math.round(minutes));
}

export function countWords(text: string): number {
  return text.match(/[A-Za-z0-9][\w'’.-]*/g)?.length ?? 0;
}
