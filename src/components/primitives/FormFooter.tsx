import { useStyling } from '../StylingScope.js';
import { Button } from './Button.js';

export interface FormFooterProps {
  cancelLabel: string;
  onCancel: () => void;
  submitLabel: string;
  /** Saving: Cancel is disabled and the submit button shows busy (and ignores presses). */
  isPending: boolean;
}

/** Cancel and submit at the foot of a dialog's form; Enter in a field submits it. */
export function FormFooter({ cancelLabel, onCancel, submitLabel, isPending }: FormFooterProps) {
  const { part } = useStyling();
  return (
    <div {...part('dialog-footer', 'roster-dialog-footer')}>
      <Button rosterPart={part('button')} onClick={onCancel} disabled={isPending}>
        {cancelLabel}
      </Button>
      <Button type="submit" variant="primary" rosterPart={part('button')} isPending={isPending}>
        {submitLabel}
      </Button>
    </div>
  );
}
