/** This module is "Import & export": export in every format, import with a full check, erase everything. */
import type { SourcemarkDb } from '../../../src/store/db';
import { ErasePanel } from './ErasePanel';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';

export function TransferView(props: {
  readonly db: SourcemarkDb;
  readonly annotations: number;
  readonly sources: number;
  readonly onChanged: () => Promise<void>;
}) {
  return (
    <div class="transfer-view">
      <ExportPanel db={props.db} />
      <ImportPanel db={props.db} onImported={props.onChanged} />
      <ErasePanel
        db={props.db}
        annotations={props.annotations}
        sources={props.sources}
        onErased={props.onChanged}
      />
    </div>
  );
}
