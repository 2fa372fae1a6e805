import { describe, expect, it } from 'vitest';
import { builderScores, completion, continueTarget, moduleCompletion, weakestTopics } from './summary';
import { T0, answer, emptyQuiz, finishQuiz, makeCatalogue, makeReading, readLessons } from './test-factories';

const cat = makeCatalogue();

describe('moduleCompletion', () => {
  it('counts the lessons read per module and shows each end-of-lesson quiz best', () => {
    const quiz = finishQuiz(emptyQuiz(), 'one');
    const [m1, m2] = moduleCompletion(cat, readLessons('one'), quiz);
    expect(m1).toMatchObject({ id: 'm1', read: 1, total: 2 });
    expect(m1!.lessons.map((l) => [l.slug, l.readAt, l.quiz])).toEqual([
      ['one', T0, { earned: 1, total: 1, at: T0 }],
      ['two', null, null],
    ]);
    expect(m2).toMatchObject({ read: 0, total: 1 });
  });

  it('ignores lessons read that are no longer in the course', () => {
    expect(moduleCompletion(cat, readLessons('retired'), emptyQuiz()).map((m) => m.read)).toEqual([0, 0]);
  });
});

describe('weakestTopics', () => {
  it('is empty when nothing was missed', () => {
    expect(weakestTopics(cat, answer(emptyQuiz(), 'one', 'q1'))).toEqual([]);
  });

  it('groups missed questions by section across quizzes, most missed first', () => {
    let quiz = answer(emptyQuiz(), 'one', 'q1', { right: false });
    quiz = answer(quiz, 'one', 'q2');
    quiz = answer(quiz, 'one', 'q3', { right: false });
    quiz = answer(quiz, 'one-check-1', 'c1', { right: false });
    const topics = weakestTopics(cat, quiz);
    expect(topics.map((t) => [t.section, t.missed, t.answered])).toEqual([
      ['one#deep', 2, 2],
      ['one#intro', 1, 2],
    ]);
    expect(topics[0]).toMatchObject({ href: '/lessons/one#deep', sectionTitle: 'Section deep', lessonTitle: 'Lesson one' });
  });

  it('puts sure-but-wrong ahead of an equal number of other misses', () => {
    let quiz = answer(emptyQuiz(), 'one', 'q1', { right: false });
    quiz = answer(quiz, 'three', 'q1', { right: false, sure: true });
    expect(weakestTopics(cat, quiz).map((t) => [t.section, t.sureButWrong])).toEqual([
      ['three#end', 1],
      ['one#intro', 0],
    ]);
  });

  it('drops a topic once its question is answered right again', () => {
    const quiz = answer(answer(emptyQuiz(), 'one', 'q3', { right: false }), 'one', 'q3');
    expect(weakestTopics(cat, quiz)).toEqual([]);
  });

  it('skips saved answers to questions no longer in the quiz, and honours the limit', () => {
    let quiz = answer(emptyQuiz(), 'one', 'removed', { right: false });
    expect(weakestTopics(cat, quiz)).toEqual([]);
    quiz = answer(answer(quiz, 'one', 'q1', { right: false }), 'three', 'q1', { right: false });
    expect(weakestTopics(cat, quiz, 1)).toHaveLength(1);
  });
});

describe('completion', () => {
  it('is incomplete until every lesson is read and every end-of-lesson quiz finished', () => {
    const allRead = readLessons('one', 'two', 'three');
    expect(completion(cat, allRead, finishQuiz(emptyQuiz(), 'one'))).toEqual({
      lessons: { done: 3, total: 3 },
      quizzes: { done: 1, total: 2 },
      complete: false,
      completedAt: null,
    });
  });

  it('does not ask for quick checks, and dates completion by the last requirement met', () => {
    const quiz = finishQuiz(finishQuiz(emptyQuiz(), 'one'), 'three', '2025-04-01T09:00:00.000Z');
    expect(completion(cat, readLessons('one', 'two', 'three'), quiz)).toMatchObject({ complete: true, completedAt: '2025-04-01T09:00:00.000Z' });
  });

  it('answering questions without reaching the results does not finish a quiz', () => {
    const quiz = answer(finishQuiz(emptyQuiz(), 'one'), 'three', 'q1');
    expect(completion(cat, readLessons('one', 'two', 'three'), quiz).complete).toBe(false);
  });
});

describe('continueTarget', () => {
  it('is null before the first visit', () => {
    expect(continueTarget(cat, makeReading())).toBeNull();
  });

  it('returns to the section last on screen in an unfinished lesson', () => {
    const reading = makeReading({ last: { slug: 'two', section: 'step-2', heading: 'Step 2', at: T0 } });
    expect(continueTarget(cat, reading)).toEqual({ href: '/lessons/two#step-2', lessonTitle: 'Two', number: 2, heading: 'Step 2', started: true });
  });

  it('moves on to the next unread lesson once the last one is finished, wrapping round', () => {
    const reading = { ...readLessons('two', 'three'), last: { slug: 'two', section: null, heading: null, at: T0 } };
    expect(continueTarget(cat, reading)).toMatchObject({ href: '/lessons/one', started: false });
  });

  it('is null when everything is read or the lesson left the course', () => {
    expect(continueTarget(cat, { ...readLessons('one', 'two', 'three'), last: { slug: 'one', section: null, heading: null, at: T0 } })).toBeNull();
    expect(continueTarget(cat, makeReading({ last: { slug: 'gone', section: null, heading: null, at: T0 } }))).toBeNull();
  });
});

describe('builderScores', () => {
  it('lists every scenario with its best score or null', () => {
    expect(builderScores(cat, { designs: {}, best: { shop: 82, retired: 50 } })).toEqual([{ id: 'shop', title: 'Shop', best: 82 }]);
    expect(builderScores(cat, { designs: {}, best: {} })[0]!.best).toBeNull();
  });
});
