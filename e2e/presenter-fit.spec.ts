import { COURSE } from '../content/course';
import { expect, test } from './fixtures';

/**
 * Every slide of every lesson at a projector's 1280×720, its polls (one quiz question a slide)
 * included: none scrolls, and no text on it is set below 18 px (diagram drawings aside: their
 * labels scale with the drawing). One page per lesson, stepping through with the arrow key as a
 * clicker would. The frame is measured as the presenter lays it out, above the control bar.
 */
const MIN_TEXT_PX = 18;
const lessons = COURSE.flatMap((m) => m.lessons);

test.use({ viewport: { width: 1280, height: 720 } });

for (const slug of lessons) {
  test(`every slide and poll of ${slug} fits 1280×720 with text of 18 px or more`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(`/lessons/${slug}/present`);
    const counter = page.getByText(/^Slide \d+ of \d+$/);
    await expect(counter).toHaveText(/^Slide 1 of \d+$/);
    const total = Number(/of (\d+)/.exec((await counter.textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(1);
    const problems: string[] = [];
    const pollProblems: string[] = [];
    for (let n = 1; n <= total; n++) {
      const frame = page.locator('.presenter > .slide-frame');
      await expect(frame).toHaveAttribute('aria-label', new RegExp(`^Slide ${n} of ${total}:`));
      await expect(frame).toHaveAttribute('data-fitted', '');
      const found = await frame.evaluate((el, min) => {
        const out: string[] = [];
        if (el.scrollHeight > el.clientHeight + 1) out.push(`scrolls by ${el.scrollHeight - el.clientHeight} px`);
        if (el.scrollWidth > el.clientWidth + 1) out.push(`scrolls sideways by ${el.scrollWidth - el.clientWidth} px`);
        let smallest: { size: number; text: string } | null = null;
        for (const node of el.querySelectorAll<HTMLElement>('.slide *')) {
          if (node.closest('svg, .sr-only') || !node.checkVisibility()) continue;
          const text = [...node.childNodes].filter((c) => c.nodeType === Node.TEXT_NODE).map((c) => c.textContent ?? '').join('').trim();
          if (!text) continue;
          const size = parseFloat(getComputedStyle(node).fontSize);
          if (!smallest || size < smallest.size) smallest = { size, text: text.slice(0, 40) };
        }
        if (smallest && smallest.size < min) out.push(`text at ${smallest.size.toFixed(1)} px ("${smallest.text}")`);
        return out;
      }, MIN_TEXT_PX);
      const title = (await frame.getAttribute('aria-label'))?.replace(/^Slide \d+ of \d+: /, '') ?? '';
      if (found.length) (title.startsWith('Poll:') ? pollProblems : problems).push(`slide ${n} (${title}): ${found.join('; ')}`);
      if (n < total) await page.keyboard.press('ArrowRight');
    }
    expect.soft(problems, `content slides of ${slug} at 1280×720`).toEqual([]);
    expect(pollProblems, `poll slides of ${slug} at 1280×720`).toEqual([]);
  });
}
