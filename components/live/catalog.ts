/** The question picker's data, built at build time from every quiz (no keys: only prompts). */
export type CatalogQuiz = {
  /** e.g. `"migration-strategies"` */
  id: string;
  lesson: string;
  /** e.g. `"Migration strategies: Check your understanding"` */
  label: string;
  questions: { key: string; prompt: string; type: string }[];
};
