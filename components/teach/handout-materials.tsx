import type { Guide } from '@/lib/teach/guide-schema';

type Material = Guide['materials'][number];

/** The class materials printed on a lesson's handout: the items to work on, numbered, with room to write. */
export function HandoutMaterials({ materials }: { materials: Material[] }) {
  if (materials.length === 0) return null;
  return (
    <>
      {materials.map((m) => (
        <section key={m.id} id={`material-${m.id}`} aria-labelledby={`material-${m.id}-title`} className="handout-section handout-material">
          <h2 id={`material-${m.id}-title`}>{m.title}</h2>
          <p>{m.instructions}</p>
          <ol className="handout-questions">
            {m.items.map((item) => (
              <li key={item.text}>
                <p>{item.text}</p>
                <div className="worksheet-space" aria-hidden="true" />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}

/** The same materials' answers, for the answer-key page of the handout. */
export function HandoutMaterialKeys({ materials }: { materials: Material[] }) {
  return (
    <>
      {materials.map((m) => (
        <div key={m.id}>
          <h3 className="mt-4 font-semibold">{m.title}</h3>
          <ol className="handout-questions">
            {m.items.map((item) => (
              <li key={item.text}>{item.answer}</li>
            ))}
          </ol>
        </div>
      ))}
    </>
  );
}
