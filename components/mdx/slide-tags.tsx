import type { ReactNode } from 'react';

/**
 * Tags that steer the presenter (`lib/teach/split-slides.ts`). On the lesson page, and so in
 * its print, they render nothing: a learner never sees a break marker or the speaker's notes.
 */

/** `<SlideBreak />`: the presenter starts a new slide here (to split a long section). */
export function SlideBreak() {
  return null;
}

/** `<NoSlideBreak />` just before a `## heading`: the presenter keeps that heading on the slide before. */
export function NoSlideBreak() {
  return null;
}

/** `<SpeakerNotes>…</SpeakerNotes>`: Markdown for the instructor, shown only in the speaker console. */
export function SpeakerNotes(props: { children?: ReactNode }) {
  void props;
  return null;
}
