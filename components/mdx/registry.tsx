import type { MDXComponents } from 'mdx/types';
import type { CourseTag } from '@/lib/content/course-tags';
import { Builder } from '@/components/builder/builder-tag';
import { Diagram } from '@/components/diagram/diagram';
import { GlossaryTerm } from '@/components/glossary/glossary-term';
import { Quiz } from '@/components/quiz/quiz-tag';
import { KeyIdea, Note, Pitfall } from './callout';
import { CompareTable } from './compare-table';
import { NoSlideBreak, SlideBreak, SpeakerNotes } from './slide-tags';
import { MdxLink } from './link';
import { Table } from './table';
import { Takeaways } from './takeaways';

/** One component per course tag (lib/content/course-tags.ts): a name without one fails the type check. */
const courseTags = {
  Note,
  Pitfall,
  KeyIdea,
  Takeaways,
  CompareTable,
  Diagram,
  Builder,
  Quiz,
  SlideBreak,
  NoSlideBreak,
  SpeakerNotes,
} satisfies Record<CourseTag, MDXComponents[string]>;

/**
 * The closed set of tags a lesson may use: the course tags, Markdown links and tables, and the glossary
 * marker, which the site inserts itself (authors do not write it). The content test refuses any
 * other capitalised tag with file and line, before a page is rendered. Adding a tag is one
 * component here and its name in COURSE_TAGS.
 */
export const mdxComponents: MDXComponents = { a: MdxLink, table: Table, ...courseTags, GlossaryTerm };
