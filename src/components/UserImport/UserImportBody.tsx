import { useLayoutEffect, useRef } from 'react';
import { Button } from '../primitives/Button.js';
import { Spinner } from '../primitives/Spinner.js';
import { ChooseFile } from './ChooseFile.js';
import { ImportPreviewStep } from './ImportPreviewStep.js';
import { ImportRunStep } from './ImportRunStep.js';
import { fileProblemText } from './importTexts.js';
import { useUserImportScope } from './userImportProps.js';

export interface UserImportBodyProps {
  onClose: () => void;
}

/**
 * The dialog's body, one step at a time: choose a file, reading it, the preview, the import and
 * its results. Each step marks where focus lands (`data-roster-landing`); when the control that
 * had focus goes with the step it belonged to (Import, Stop, the file input), focus moves there
 * instead of dropping to the page.
 */
export function UserImportBody({ onClose }: UserImportBodyProps) {
  const { strings, part, importer } = useUserImportScope();
  const { t, shared, format } = strings;
  const { state } = importer;
  const body = useRef<HTMLDivElement>(null);
  const phase = state.step === 'run' ? state.importRun.run.phase : null;

  useLayoutEffect(() => {
    const active = document.activeElement as HTMLElement | null;
    const landing = body.current?.querySelector<HTMLElement>('[data-roster-landing]');
    // Radix moves focus to the dialog itself when the focused element is removed: that is lost too.
    const isLost = !active || active === document.body || !active.isConnected || active === body.current?.closest('[role="dialog"]');
    // A landing of an earlier state (the progress, once the import has ended) hands over to this one's.
    const isStale = Boolean(active && body.current?.contains(active) && active.tabIndex === -1 && !active.hasAttribute('data-roster-landing'));
    if ((isLost || isStale) && landing !== active) landing?.focus();
  }, [state.step, phase]);

  return (
    <div ref={body} {...part('body')} data-state={state.step}>
      {(state.step === 'choose' || state.step === 'file-error') && <ChooseFile problem={state.step === 'file-error' ? fileProblemText(state.problem, t, format) : null} />}
      {state.step === 'reading' && (
        <>
          <p tabIndex={-1} data-roster-landing="" role="status" {...part('status')}>
            <Spinner rosterPart={part('spinner')} />
            {t.reading(state.fileName)}
          </p>
          <div {...part('dialog-footer', 'roster-dialog-footer')}>
            <Button rosterPart={part('button')} onClick={importer.reset}>
              {shared.cancel}
            </Button>
          </div>
        </>
      )}
      {state.step === 'lookup-error' && (
        <>
          <p tabIndex={-1} data-roster-landing="" role="alert" {...part('error')}>
            {t.lookupFailed} {shared.errors[state.error.code]}
          </p>
          <div {...part('dialog-footer', 'roster-dialog-footer')}>
            <Button rosterPart={part('button')} onClick={importer.reset}>
              {t.chooseAnother}
            </Button>
            <Button variant="primary" rosterPart={part('button')} onClick={importer.retryLookups}>
              {shared.retry}
            </Button>
          </div>
        </>
      )}
      {state.step === 'preview' && <ImportPreviewStep preview={state.preview} />}
      {state.step === 'run' && <ImportRunStep preview={state.preview} importRun={state.importRun} onClose={onClose} />}
    </div>
  );
}
