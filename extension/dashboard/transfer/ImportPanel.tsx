/**
 * This module imports a file: a Sourcemark backup, W3C Web Annotation JSON-LD, or a Hypothesis export.
 * The whole file is read and checked first; the reader sees what it holds (and what would be left out,
 * and why) or every problem with its place in the file, and only then imports it, in one transaction.
 */
import { useState } from 'preact/hooks';
import type { FileReading } from '../../../src/formats/read-file';
import { readImportText } from '../../../src/formats/read-file';
import { formatBytes, sizeProblem } from '../../../src/formats/limits';
import { describeProblems } from '../../../src/formats/problems';
import type { SourcemarkDb } from '../../../src/store/db';
import { applySnapshot, type ImportCounts, type ImportSummary } from '../../../src/store/import';
import { formatCount, formatNumber } from '../widgets/labels';
import { nextFrame } from './files';
import { messageOf } from '../../../src/messaging/result';

type Phase =
  | { readonly step: 'idle' }
  | { readonly step: 'working'; readonly message: string }
  | { readonly step: 'checked'; readonly name: string; readonly reading: FileReading }
  | { readonly step: 'imported'; readonly name: string; readonly summary: ImportSummary; readonly ms: number }
  | { readonly step: 'failed'; readonly message: string; readonly details: readonly string[] };

function counts(c: ImportCounts, what: string): string {
  return `${formatCount(c.added, `new ${what}`, `new ${what}s`)}, ${formatNumber(c.updated)} updated, ${formatNumber(c.unchanged)} already there`;
}

export function ImportPanel(props: { readonly db: SourcemarkDb; readonly onImported: () => Promise<void> }) {
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });

  const check = async (file: File) => {
    const tooBig = sizeProblem(file.size);
    if (tooBig)
      return setPhase({ step: 'failed', message: `${file.name} cannot be imported`, details: [tooBig] });
    setPhase({ step: 'working', message: `Reading ${file.name} (${formatBytes(file.size)})…` });
    const text = await file.text();
    setPhase({ step: 'working', message: `Checking ${file.name}…` });
    await nextFrame();
    const reading = readImportText(text, { bytes: file.size });
    if (!reading.valid) {
      return setPhase({
        step: 'failed',
        message: `${file.name} cannot be imported (${reading.description}). Nothing was changed.`,
        details: describeProblems(reading.problems),
      });
    }
    setPhase({ step: 'checked', name: file.name, reading });
  };

  const write = async (name: string, reading: FileReading) => {
    const started = performance.now();
    try {
      setPhase({
        step: 'working',
        message: `Importing ${formatCount(reading.snapshot.annotations.length, 'annotation')}…`,
      });
      await nextFrame();
      const summary = await applySnapshot(props.db, reading.snapshot);
      await props.onImported();
      setPhase({ step: 'imported', name, summary, ms: performance.now() - started });
    } catch (error) {
      setPhase({
        step: 'failed',
        message: `The import stopped; nothing of it was saved.`,
        details: [messageOf(error)],
      });
    }
  };

  const skipped = phase.step === 'checked' ? phase.reading.items.filter((item) => item.reason) : [];

  return (
    <section class="transfer-panel" aria-labelledby="import-heading">
      <h2 id="import-heading">Import</h2>
      <p class="muted small">
        A Sourcemark backup, W3C Web Annotations (JSON-LD) or a Hypothesis export. The file is checked in full
        before anything is saved; importing the same file twice adds nothing.
      </p>
      <label class="file-pick">
        Choose a file to import
        <input
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          disabled={phase.step === 'working'}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) {
              void check(file).catch((error: unknown) =>
                setPhase({
                  step: 'failed',
                  message: `${file.name} could not be read.`,
                  details: [String(error)],
                }),
              );
            }
          }}
        />
      </label>
      <div class="transfer-status" role="status" aria-live="polite">
        {phase.step === 'working' && (
          <>
            <progress aria-label={phase.message} /> {phase.message}
          </>
        )}
        {phase.step === 'imported' && (
          <div data-import-done>
            <p>
              Imported {phase.name} in {formatNumber(Math.max(1, Math.round(phase.ms)))} ms:
            </p>
            <ul>
              <li>{counts(phase.summary.annotations, 'annotation')}</li>
              <li>{counts(phase.summary.sources, 'source note')}</li>
              <li>{counts(phase.summary.pages, 'page')}</li>
            </ul>
          </div>
        )}
      </div>
      {phase.step === 'checked' && (
        <div class="import-check">
          <p>
            <strong>{phase.name}</strong> is a {phase.reading.description} with{' '}
            {formatCount(phase.reading.snapshot.annotations.length, 'annotation')},{' '}
            {formatCount(phase.reading.snapshot.sources.length, 'source note')} and{' '}
            {formatCount(phase.reading.snapshot.pages.length, 'page')}.
          </p>
          {(phase.reading.warnings.length > 0 || skipped.length > 0) && (
            <details>
              <summary>
                {formatCount(skipped.length, 'annotation')} left out,{' '}
                {formatCount(phase.reading.warnings.length, 'note')}
              </summary>
              <ul class="problems">
                {skipped.slice(0, 50).map((item) => (
                  <li key={item.path}>
                    <code>{item.path}</code>: {item.reason}
                  </li>
                ))}
                {describeProblems(phase.reading.warnings).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </details>
          )}
          <button type="button" class="primary" onClick={() => void write(phase.name, phase.reading)}>
            Import {formatCount(phase.reading.snapshot.annotations.length, 'annotation')}
          </button>{' '}
          <button type="button" onClick={() => setPhase({ step: 'idle' })}>
            Cancel
          </button>
        </div>
      )}
      {phase.step === 'failed' && (
        <div class="import-error" role="alert">
          <p>{phase.message}</p>
          <ul class="problems">
            {phase.details.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
