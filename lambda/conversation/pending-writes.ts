import type { Turn } from './turn';

/** Writes that failed on an earlier turn (the table was down), tried again. */
export async function retryUnsaved(turn: Turn): Promise<void> {
  const s = turn.state;
  if (s.unsavedAnswers?.length) {
    const left = [];
    for (const a of s.unsavedAnswers) {
      // After one failure the table is still down: don't spend the turn's seconds on the rest.
      if (left.length) {
        left.push(a);
        continue;
      }
      try {
        await turn.store.saveAnswer(turn.userId, a.key, a.question, a.answer, a.cut === true);
      } catch {
        left.push(a);
      }
    }
    s.unsavedAnswers = left.length ? left : undefined;
  }
  if (s.unsavedCompletion) {
    // Written at the end of this turn, with its other changes (and kept again if that fails).
    turn.pendingCompletion ??= s.unsavedCompletion;
    s.unsavedCompletion = undefined;
  }
  if (s.unsavedProfile) {
    turn.change(s.unsavedProfile);
    s.unsavedProfile = undefined;
  }
}
