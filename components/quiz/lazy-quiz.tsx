'use client';
import { lazyIsland } from '@/components/ui/lazy-island';

/** A lesson's quiz: drawn by the server, its code (about 11 KB) fetched when it nears the screen. */
export const LazyQuiz = lazyIsland(() => import('./quiz').then((m) => m.Quiz), 'quiz');
