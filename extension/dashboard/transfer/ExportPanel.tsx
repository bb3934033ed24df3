/**
 * This module exports everything saved, in the formats of the storage issue: a full backup (to restore
 * from), W3C Web Annotation JSON-LD (for other annotation tools), CSV (spreadsheets) and Markdown (notes
 * apps). It says what it is doing while it works, and what it wrote.
 */
import { useState } from 'preact/hooks';
import type { ExportFile, ExportFormat } from '../../../src/formats/write-file';
import { formatBytes } from '../../../src/formats/limits';
import type { SourcemarkDb } from '../../../src/store/db';
import { exportBackupFiles, exportFile } from '../../../src/store/export-file';
import { nextFrame, saveFile } from './files';
import { formatNumber } from '../widgets/labels';
import { messageOf } from '../../../src/messaging/result';

const FORMATS: readonly { value: ExportFormat; label: string; hint: string }[] = [
  { value: 'backup', label: 'Full backup', hint: 'Everything, to restore Sourcemark from (JSON).' },
  {
    value: 'w3c',
    label: 'W3C Web Annotations',
    hint: 'Your annotations for other annotation tools (JSON-LD).',
  },
  { value: 'csv', label: 'CSV', hint: 'One annotation a row, for spreadsheets.' },
  { value: 'markdown', label: 'Markdown', hint: 'Per page: quotes with notes, tags and sources.' },
];

type Phase =
  | { readonly step: 'idle' }
  | { readonly step: 'working'; readonly message: string }
  | { readonly step: 'done'; readonly files: readonly { name: string; bytes: number }[]; readonly ms: number }
  | { readonly step: 'failed'; readonly message: string };

function fileName(file: ExportFile, day: string): string {
  return `sourcemark-${day}.${file.extension}`;
}

export function ExportPanel(props: { readonly db: SourcemarkDb }) {
  const [format, setFormat] = useState<ExportFormat>('backup');
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });

  const run = async () => {
    const started = performance.now();
    try {
      setPhase({ step: 'working', message: 'Reading your data…' });
      await nextFrame();
      const files =
        format === 'backup' ? await exportBackupFiles(props.db) : [await exportFile(props.db, format)];
      setPhase({ step: 'working', message: 'Saving the file…' });
      await nextFrame();
      const day = new Date().toISOString().slice(0, 10);
      const saved = files.map((file) => ({
        name: fileName(file, day),
        bytes: saveFile(file, fileName(file, day)),
      }));
      setPhase({ step: 'done', files: saved, ms: performance.now() - started });
    } catch (error) {
      setPhase({ step: 'failed', message: messageOf(error) });
    }
  };

  return (
    <section class="transfer-panel" aria-labelledby="export-heading">
      <h2 id="export-heading">Export</h2>
      <fieldset class="format-choice">
        <legend>Format</legend>
        {FORMATS.map((f) => (
          <label key={f.value} class="radio-card">
            <input
              type="radio"
              name="export-format"
              value={f.value}
              checked={format === f.value}
              onChange={() => setFormat(f.value)}
            />
            <strong>{f.label}</strong>
            <span class="muted small">{f.hint}</span>
          </label>
        ))}
      </fieldset>
      <button type="button" class="primary" disabled={phase.step === 'working'} onClick={() => void run()}>
        Export
      </button>
      <div class="transfer-status" role="status" aria-live="polite">
        {phase.step === 'working' && (
          <>
            <progress aria-label={phase.message} /> {phase.message}
          </>
        )}
        {phase.step === 'done' && (
          <p>
            Saved{' '}
            {phase.files.map((f, i) => (
              <span key={f.name}>
                {i > 0 && ', '}
                <code data-export-file={f.name}>{f.name}</code> ({formatBytes(f.bytes)})
              </span>
            ))}{' '}
            in {formatNumber(Math.max(1, Math.round(phase.ms)))} ms.
            {phase.files.length > 1 && ' The backup is in parts: import each of them to restore.'}
          </p>
        )}
      </div>
      {phase.step === 'failed' && (
        <p class="field-error" role="alert">
          Export failed: {phase.message}
        </p>
      )}
    </section>
  );
}
