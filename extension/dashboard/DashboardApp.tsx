/** This module is the dashboard: all saved annotations, newest first, kept current with `liveQuery`. */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { Annotation } from '../../src/model/annotation';
import type { SourcemarkDb } from '../../src/store/db';
import { AnnotationList } from '../popup/AnnotationList';

export function DashboardApp({ db }: { readonly db: SourcemarkDb }) {
  const [annotations, setAnnotations] = useState<readonly Annotation[] | null>(null);

  useEffect(() => {
    const subscription = liveQuery(() => db.annotations.orderBy('updated').reverse().toArray()).subscribe({
      next: setAnnotations,
      error: () => setAnnotations([]),
    });
    return () => subscription.unsubscribe();
  }, [db]);

  return (
    <main>
      <h1>Sourcemark</h1>
      {annotations === null ? (
        <p class="muted">Loading…</p>
      ) : (
        <AnnotationList annotations={annotations} onReveal={() => {}} />
      )}
    </main>
  );
}
