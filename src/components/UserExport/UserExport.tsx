import { useRef, useState } from 'react';
import type { UserExportQuery } from '../../react/exportUsers.js';
import { useUserExport } from '../../react/useUserExport.js';
import { Button } from '../primitives/Button.js';
import { DialogFrame } from '../primitives/DialogFrame.js';
import { PortalTarget, StylingProvider, useStylingScope } from '../StylingScope.js';
import { useComponentMessages } from '../useComponentMessages.js';
import { useTriggerFocusReturn } from '../useTriggerFocusReturn.js';
import { downloadFile } from './downloadFile.js';
import { DEFAULT_EXPORT_COLUMNS, resolveExportColumns } from './exportColumns.js';
import { englishUserExportMessages } from './messages.js';
import type { UserExportPart, UserExportProps } from './userExportProps.js';
import { UserExportStatus } from './UserExportStatus.js';

export type { UserExportPart, UserExportProps } from './userExportProps.js';

/**
 * "Export CSV": every user the query finds, on every page, written to a CSV file while a dialog
 * shows how far it got, with Cancel. The file is offered as a download and handed to
 * `onExported`. Closing the dialog cancels a running export; a double click exports once.
 *
 * One button at the dialog's foot stays put through every state — Cancel while exporting, Done
 * after — so focus never falls out of the dialog when the export ends.
 */
export function UserExport(props: UserExportProps) {
  const { query = EVERY_USER, columns = DEFAULT_EXPORT_COLUMNS, organizationId, clientSideLimit, onExported, download = true } = props;
  const strings = useComponentMessages('UserExport', 'userExport', englishUserExportMessages);
  const { t, shared } = strings;
  const styling = useStylingScope<UserExportPart>('user-export', props);
  const { part, theme } = styling;
  const exporter = useUserExport({ organizationId, clientSideLimit });
  const [open, setOpen] = useState(false);
  const focus = useTriggerFocusReturn();
  const footerButton = useRef<HTMLButtonElement>(null);
  const lastRun = useRef<Promise<unknown> | null>(null);
  const isExporting = exporter.state === 'exporting';

  const run = () => {
    const scoped: UserExportQuery = organizationId ? { ...query, filter: { ...query.filter, organizationId } } : query;
    const fileName = t.fileName(isoDay(new Date()));
    const running = exporter.start(scoped, resolveExportColumns(columns, { t, shared, organizationId }), { fileName });
    // A second click while one runs gets the same export back: it must not save the file twice.
    if (running === lastRun.current) return;
    lastRun.current = running;
    void running.then((done) => {
      if (!done) return;
      if (download) downloadFile(done.file);
      onExported?.(done.file);
    });
  };
  // A button that goes away as the export starts again hands focus to the one that stays.
  const runAgain = () => {
    footerButton.current?.focus();
    run();
  };
  const close = () => {
    exporter.reset();
    setOpen(false);
  };

  return (
    <StylingProvider value={styling}>
      <span {...part('root')} data-roster-theme={theme} data-state={exporter.state}>
        <Button
          rosterPart={part('trigger')}
          aria-haspopup="dialog"
          aria-expanded={open}
          onClick={(event) => {
            focus.rememberTrigger(event.currentTarget);
            setOpen(true);
            run();
          }}
        >
          {t.label}
        </Button>
        <DialogFrame
          open={open}
          onOpenChange={(next) => (next ? setOpen(true) : close())}
          title={t.title}
          description={t.description}
          onClose={close}
          onCloseAutoFocus={focus.onCloseAutoFocus}
          // A click beside the dialog (the second click of a double click on Export CSV) must not
          // cancel a long export; Cancel and Escape do.
          onInteractOutside={(event) => isExporting && event.preventDefault()}
          footer={
            <>
              {exporter.state === 'done' && download && exporter.result && (
                <Button rosterPart={part('button')} onClick={() => downloadFile(exporter.result!.file)}>
                  {t.downloadAgain}
                </Button>
              )}
              {(exporter.state === 'done' || exporter.state === 'cancelled') && (
                <Button rosterPart={part('button')} onClick={runAgain}>
                  {t.exportAgain}
                </Button>
              )}
              <Button ref={footerButton} variant={isExporting ? 'secondary' : 'primary'} rosterPart={part('button')} onClick={isExporting ? exporter.cancel : close}>
                {isExporting ? shared.cancel : t.closeButton}
              </Button>
            </>
          }
        >
          <UserExportStatus exporter={exporter} strings={strings} part={part} clientSideLimit={clientSideLimit} onRetry={runAgain} />
        </DialogFrame>
        <PortalTarget />
      </span>
    </StylingProvider>
  );
}

const EVERY_USER: UserExportQuery = {};

/** YYYY-MM-DD of the browser's own calendar day. */
function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
