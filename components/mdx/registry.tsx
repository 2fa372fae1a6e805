import type { MDXComponents } from 'mdx/types';
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

/**
 * The closed set of tags a lesson may use. A tag not listed here fails the build.
 * Adding a tag is one component and one line here.
 */
export const mdxComponents: MDXComponents = {
  a: MdxLink,
  table: Table,
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
  // Not written by authors: the glossary marker wraps the first use of each term in it.
  GlossaryTerm,
};

/** The tag names, for the content checks. */
export const COURSE_TAGS = Object.keys(mdxComponents).filter((name) => /^[A-Z]/.test(name));
