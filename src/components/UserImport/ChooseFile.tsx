import { useId, useState, type DragEvent } from 'react';
import { useUserImportScope } from './userImportProps.js';

export interface ChooseFileProps {
  /** Why the last file could not be imported, in the admin's words. */
  problem: string | null;
}

/**
 * The file input, drawn as a drop zone: its label is the whole zone, so a click anywhere opens the
 * file picker, a keyboard reaches the input itself (Tab, then Enter or Space), and a file dropped
 * on it is taken as if chosen.
 */
export function ChooseFile({ problem }: ChooseFileProps) {
  const { strings, part, importer } = useUserImportScope();
  const { t } = strings;
  const id = useId();
  const [isDragging, setDragging] = useState(false);
  const take = (file: File | undefined) => file && importer.chooseFile(file);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    take(event.dataTransfer.files[0]);
  };
  return (
    <>
      {problem && (
        <p id={`${id}-problem`} role="alert" {...part('error')}>
          {problem}
        </p>
      )}
      <label
        htmlFor={`${id}-file`}
        {...part('drop-zone')}
        data-state={isDragging ? 'dragging' : undefined}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <span {...part('file-button', 'roster-button')} data-variant="secondary" aria-hidden="true">
          {t.chooseFile}
        </span>
        <span aria-hidden="true">{t.dropHint}</span>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,text/csv,text/plain"
          aria-label={`${t.chooseFile} ${t.dropHint}`}
          aria-describedby={problem ? `${id}-problem ${id}-hint` : `${id}-hint`}
          aria-invalid={problem ? true : undefined}
          data-roster-landing=""
          {...part('file-input')}
          onChange={(e) => take(e.target.files?.[0])}
        />
      </label>
      <p id={`${id}-hint`} {...part('hint')}>
        {t.columnsHint}
      </p>
    </>
  );
}
