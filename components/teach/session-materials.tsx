import Link from 'next/link';
import { sectionHeading, textLink } from './styles';
import type { Guide } from '@/lib/teach/guide-schema';

type Props = { guide: Guide };

/** The session plan's printed materials, each item beside its answer key, and the cuts for a short session. */
export function SessionMaterials({ guide }: Props) {
  return (
    <>
      {guide.materials.map((m) => (
        <section key={m.id} aria-labelledby={`material-${m.id}`}>
          <h2 id={`material-${m.id}`} className={sectionHeading}>
            Material: {m.title}
          </h2>
          <p className="text-[var(--muted)]">
            For “{m.usedIn}”. Learners get it on the{' '}
            <Link className={textLink} href={`/lessons/${m.lesson}/handout#material-${m.id}`}>
              handout
            </Link>
            , without the key.
          </p>
          <p className="mt-2">{m.instructions}</p>
          <div className="table-frame mt-3" role="region" aria-label={`${m.title} with the answer key`} tabIndex={0}>
            <table className="w-full border-collapse text-left">
              <thead>
                <tr className="border-b-2 border-[var(--line)]">
                  <th scope="col" className="py-2 pr-4">#</th>
                  <th scope="col" className="py-2 pr-4">Item</th>
                  <th scope="col" className="py-2">Answer key</th>
                </tr>
              </thead>
              <tbody>
                {m.items.map((item, i) => (
                  <tr key={item.text} className="border-b border-[var(--line)] align-top">
                    <td className="py-2 pr-4 tabular-nums">{i + 1}</td>
                    <td className="py-2 pr-4">{item.text}</td>
                    <td className="py-2">{item.answer}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}

      <h2 className={sectionHeading}>If you are short of time</h2>
      <p className="text-[var(--muted)]">Cut these first, in this order.</p>
      <ol className="mt-2 list-decimal space-y-1 pl-6">
        {guide.shortOfTime.map((cut) => (
          <li key={cut}>{cut}</li>
        ))}
      </ol>
    </>
  );
}
