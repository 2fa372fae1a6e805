/** Splits `"<lesson-slug>#<heading-id>"`. */
export function splitSection(section: string): { slug: string; anchor: string } {
  const [slug = '', anchor = ''] = section.split('#');
  return { slug, anchor };
}

/** The lesson a quiz belongs to: `"<slug>"` for the end-of-lesson quiz, `"<slug>-check-<n>"` for a quick check. */
export function lessonOfQuiz(quizId: string): string {
  return quizId.replace(/-check-\d+$/, '');
}
