import { useEffect, useRef, useState } from 'react';
import type { User } from '../../core/model.js';
import { useUserImport } from '../../react/useUserImport.js';
import { ComponentDialog } from '../ComponentDialog.js';
import { Button } from '../primitives/Button.js';
import { ConfirmDialog } from '../primitives/ConfirmDialog.js';
import { useStylingScope } from '../StylingScope.js';
import { useComponentMessages } from '../useComponentMessages.js';
import { useControllableOpen } from '../useControllableOpen.js';
import { englishUserImportMessages } from './messages.js';
import { UserImportBody } from './UserImportBody.js';
import { UserImportScopeProvider, type UserImportPart, type UserImportProps } from './userImportProps.js';

export type { UserImportPart, UserImportProps } from './userImportProps.js';

/**
 * Users in from a CSV file: a button that opens a dialog where the admin chooses (or drops) a
 * file, checks a preview of every row with its problems, and imports the ready rows a few at a
 * time with progress, a pause when the backend asks for one, Stop, per-row results and Retry
 * failed. Nothing is sent before Import is pressed, and nothing twice. Renders nothing where the
 * backend cannot create users.
 */
export function UserImport(props: UserImportProps) {
  const { organizationId, concurrency, trigger, onImported } = props;
  const strings = useComponentMessages('UserImport', 'userImport', englishUserImportMessages);
  const { t } = strings;
  const styling = useStylingScope<UserImportPart>('user-import', props);
  const { part } = styling;
  const [open, setOpen] = useControllableOpen(props.open, props.defaultOpen ?? false, props.onOpenChange);
  const importer = useUserImport({ organizationId, concurrency });
  const [isConfirmingStop, setConfirmingStop] = useState(false);
  const scope = { strings, part, importer };
  // Set between confirming Stop and that confirmation having closed (see DiscardConfirm).
  const isStopping = useRef(false);

  const { state } = importer;
  const phase = state.step === 'run' ? state.importRun.run.phase : null;
  const isImporting = phase === 'running' || phase === 'paused' || phase === 'stopping';

  // Tell the host what an import (or a retry) created, once it has ended; each user once.
  const reported = useRef<{ run: unknown; indices: Set<number> }>({ run: null, indices: new Set() });
  useEffect(() => {
    if (state.step !== 'run' || phase !== 'done' || !onImported) return;
    const { run } = state.importRun;
    if (reported.current.run !== run) reported.current = { run, indices: new Set() };
    const { indices } = reported.current;
    const users: User[] = [];
    for (let i = 0; i < run.count; i++) {
      const user = run.result(i);
      if (user && !indices.has(i)) {
        indices.add(i);
        users.push(user);
      }
    }
    if (users.length) onImported(users);
  }, [state, phase, onImported]);

  const close = () => {
    importer.reset();
    setOpen(false);
  };

  if (!importer.canImport) return null;
  return (
    <UserImportScopeProvider value={scope}>
      {/* A root without a box, as UserExport's: the button sits in a toolbar as its own, and a standalone one still gets Roster's colours and scheme. */}
      <span {...part('root')} data-roster-theme={styling.theme}>
      <ComponentDialog
        styling={styling}
        open={open}
        onOpen={() => setOpen(true)}
        // Closing during an import asks first: rows not sent yet would not be sent.
        onRequestClose={() => (isImporting ? setConfirmingStop(true) : close())}
        trigger={
          trigger ?? (
            <Button rosterPart={part('open-button')} type="button">
              {t.openButton}
            </Button>
          )
        }
        title={t.label}
        description={t.description}
        confirmation={
          <ConfirmDialog
            open={isConfirmingStop}
            onOpenChange={setConfirmingStop}
            title={t.stopTitle}
            description={t.stopDescription}
            confirmLabel={t.stopImport}
            cancelLabel={t.keepImporting}
            onConfirm={() => {
              isStopping.current = true;
              importer.cancel();
            }}
            onCloseAutoFocus={(event) => {
              if (!isStopping.current) return;
              isStopping.current = false;
              // The import dialog closes once this confirmation's focus trap is gone, so its focus goes back to the trigger.
              event.preventDefault();
              close();
            }}
          />
        }
      >
        <UserImportBody onClose={close} />
      </ComponentDialog>
      </span>
    </UserImportScopeProvider>
  );
}
