/**
 * The visible, announced result of a write ("Created Zo.", "Aiden Chen is now disabled."): a
 * small status area inside the component, so sighted admins see what screen reader users hear.
 * It shows the latest result until the next one or a dismiss, with no timer, so nobody has to
 * read against the clock. Restyle it through its parts (`feedback`, `feedback-message`,
 * `feedback-dismiss`) or replace what it shows with a render prop; the live region stays Roster's,
 * so the announcement does not depend on the host's toast.
 */
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { Button } from './primitives/Button.js';
import { useStyling } from './StylingScope.js';

export interface Feedback {
  /** Changes with every result, also when the same text comes twice. */
  id: number;
  text: string;
  tone: 'success' | 'error';
}

export type RenderFeedback = (feedback: Feedback, dismiss: () => void) => ReactNode;

export function useFeedback() {
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const show = useCallback((text: string, tone: Feedback['tone'] = 'success') => setFeedback((last) => ({ id: (last?.id ?? 0) + 1, text, tone })), []);
  const dismiss = useCallback(() => setFeedback(null), []);
  return { feedback, show, dismiss };
}

export interface FeedbackAreaProps {
  feedback: Feedback | null;
  dismiss: () => void;
  dismissLabel: string;
  render?: RenderFeedback;
}

export function FeedbackArea({ feedback, dismiss, dismissLabel, render }: FeedbackAreaProps) {
  const { part } = useStyling();
  const region = useRef<HTMLDivElement>(null);
  // Always in the page, empty when there is nothing to say: a live region must exist before its
  // text changes for the change to be announced.
  return (
    <div ref={region} role="status" tabIndex={-1} {...part('feedback', 'roster-feedback')} data-tone={feedback?.tone} data-empty={feedback ? undefined : ''}>
      {feedback &&
        (render ? (
          render(feedback, dismiss)
        ) : (
          <>
            <p key={feedback.id} {...part('feedback-message')}>
              {feedback.text}
            </p>
            <Button
              variant="ghost"
              size="sm"
              rosterPart={part('feedback-dismiss')}
              aria-label={dismissLabel}
              onClick={() => {
                // The button goes with the message: focus stays on the area instead of dropping to <body>.
                region.current?.focus();
                dismiss();
              }}
            >
              <span aria-hidden="true">×</span>
            </Button>
          </>
        ))}
    </div>
  );
}
