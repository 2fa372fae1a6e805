/** What the learner has selected: a capability (to move) or a service (to edit), or nothing. */
export type Selection = { kind: 'capability' | 'service'; id: string } | null;
