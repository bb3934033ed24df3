/**
 * This module is what the dashboard changes, through the same store functions the service worker uses for
 * the content script: notes, tags, bulk tagging and deleting (each undoable). After each write the catalog
 * shows the change at once and open tabs repaint their annotations.
 */
import type { Annotation } from '../../../src/model/annotation';
import { updateAnnotation } from '../../../src/store/annotations';
import {
  deleteAnnotationsForUndo,
  restoreAnnotations,
  restoreTags,
  retagAnnotations,
  type TagChange,
} from '../../../src/store/bulk-edits';
import type { SourcemarkDb } from '../../../src/store/db';
import { formatCount, tagLabel } from '../widgets/labels';
import { notifyAllTabs } from '../widgets/tabs';
import type { Undo } from '../widgets/undo';
import type { CatalogState } from './use-catalog';
import { messageOf } from '../../../src/messaging/result';

export interface Edits {
  readonly saveNote: (id: string, note: string) => Promise<void>;
  readonly setTags: (id: string, tags: string[]) => Promise<void>;
  readonly retag: (ids: readonly string[], change: TagChange) => Promise<void>;
  readonly remove: (ids: readonly string[]) => Promise<void>;
}

function describeChange(change: TagChange): string {
  const add = (change.add ?? []).map(tagLabel);
  const remove = (change.remove ?? []).map(tagLabel);
  if (add.length > 0) return `Tagged ${add.join(', ')}`;
  return `Removed tag ${remove.join(', ')} from`;
}

export function editsOf(db: SourcemarkDb, state: CatalogState, undo: Undo): Edits {
  const { catalog } = state;
  const show = (annotations: readonly Annotation[]) => {
    if (catalog.upsert(annotations)) state.changed();
    void notifyAllTabs();
  };
  const failed = (error: unknown) => {
    undo.say(messageOf(error), 'error');
  };

  return {
    saveNote: async (id, note) => show([await updateAnnotation(db, id, { note })]),
    setTags: async (id, tags) => {
      try {
        show([await updateAnnotation(db, id, { tags })]);
      } catch (error) {
        failed(error);
      }
    },
    retag: async (ids, change) => {
      try {
        undo.say(`Tagging ${formatCount(ids.length, 'annotation')}…`);
        const { changed, previous } = await retagAnnotations(db, ids, change);
        show(changed);
        undo.offer({
          message: `${describeChange(change)} ${formatCount(changed.length, 'annotation')}.`,
          undo: async () => show((await restoreTags(db, previous)).changed),
        });
      } catch (error) {
        failed(error);
      }
    },
    remove: async (ids) => {
      try {
        const deleted = await deleteAnnotationsForUndo(db, ids);
        if (catalog.remove(deleted.map((a) => a.id))) state.changed();
        void notifyAllTabs();
        undo.offer({
          message: `Deleted ${formatCount(deleted.length, 'annotation')}.`,
          undo: async () => {
            await restoreAnnotations(db, deleted);
            show(deleted);
          },
        });
      } catch (error) {
        failed(error);
      }
    },
  };
}
