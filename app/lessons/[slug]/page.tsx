import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CourseSidebar } from '@/components/layout/course-sidebar';
import { LessonHeader } from '@/components/layout/lesson-header';
import { LessonPager } from '@/components/layout/lesson-pager';
import { TableOfContents } from '@/components/layout/table-of-contents';
import { LessonProgress } from '@/components/progress/lesson-progress';
import { mdxComponents } from '@/components/mdx/registry';
import { getLesson, getNeighbours, lessonStaticParams, loadCourse } from '@/lib/content/lessons';
import { compileLesson } from '@/lib/content/mdx';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export const generateStaticParams = lessonStaticParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lesson = getLesson((await params).slug);
  if (!lesson) return {};
  return {
    title: lesson.title,
    description: lesson.summary,
    openGraph: { title: lesson.title, description: lesson.summary, type: 'article', url: `/lessons/${lesson.slug}` },
  };
}

export default async function LessonPage({ params }: Props) {
  const { slug } = await params;
  const lesson = getLesson(slug);
  if (!lesson) notFound();
  const { content, toc } = await compileLesson(`content/lessons/${slug}.mdx`, lesson.body, mdxComponents);
  const { prev, next } = getNeighbours(slug);
  const sidebar = loadCourse().modules.map((m) => ({
    id: m.id,
    title: m.title,
    lessons: m.items.map((l) => ({ slug: l.slug, title: l.title, number: l.number })),
  }));

  return (
    <div className="print-full mx-auto grid max-w-7xl gap-8 px-4 py-6 lg:grid-cols-[15rem_minmax(0,1fr)] lg:py-10 xl:grid-cols-[15rem_minmax(0,1fr)_14rem]">
      <div className="no-print lg:sticky lg:top-20 lg:max-h-[calc(100vh-6rem)] lg:self-start lg:overflow-y-auto">
        <CourseSidebar modules={sidebar} current={slug} />
      </div>
      <main id="main" className="min-w-0">
        <article>
          <LessonHeader lesson={lesson} />
          <div className="no-print mb-8 xl:hidden">
            <TableOfContents entries={toc} />
          </div>
          <div className="prose prose-slate max-w-none dark:prose-invert prose-headings:scroll-mt-20 prose-a:text-[var(--accent)] prose-table:text-sm">
            {content}
          </div>
          <LessonProgress slug={slug} />
        </article>
        <LessonPager prev={prev} next={next} />
      </main>
      <div className="no-print hidden xl:sticky xl:top-20 xl:block xl:max-h-[calc(100vh-6rem)] xl:self-start xl:overflow-y-auto">
        <TableOfContents entries={toc} />
      </div>
    </div>
  );
}
