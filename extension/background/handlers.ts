/**
 * This module answers the service worker's requests from the database. A content script may only read and
 * write annotations of pages on its own site: the page it runs in is hostile ground.
 */
import type { backgroundRequests } from '../../src/messaging/protocol';
import { type BackgroundReplies, type SiteSettings } from '../../src/messaging/protocol';
import type { Handlers, Sender } from '../../src/messaging/router';
import { siteOf } from '../../src/model/page';
import {
  annotationsForPage,
  createAnnotation,
  deleteAnnotation,
  updateAnnotation,
} from '../../src/store/annotations';
import type { SourcemarkDb } from '../../src/store/db';
import { recordPageVisit } from '../../src/store/pages';
import { lookupSources } from '../../src/store/sources';
import { runAnalysis } from './analysis';
import { refreshBadges } from './badge';

function assertSameSite(sender: Sender, pageUrl: string): void {
  if (sender.kind === 'content-script' && siteOf(sender.url) !== siteOf(pageUrl)) {
    throw new Error('Refused: a page may only use annotations of its own site.');
  }
}

async function assertOwnAnnotation(db: SourcemarkDb, sender: Sender, id: string): Promise<void> {
  if (sender.kind !== 'content-script') return;
  const annotation = await db.annotations.get(id);
  if (annotation) assertSameSite(sender, annotation.pageUrl);
}

async function siteSettings(db: SourcemarkDb, site: string): Promise<SiteSettings> {
  return (await db.siteSettings.get(site)) ?? { site, autoHighlight: true };
}

export function backgroundHandlers(db: SourcemarkDb): Handlers<typeof backgroundRequests, BackgroundReplies> {
  return {
    'annotations/list-for-page': async ({ pageUrl }, sender) => {
      assertSameSite(sender, pageUrl);
      const annotations = await annotationsForPage(db, pageUrl);
      // Only pages the reader annotated are remembered: Sourcemark keeps no browsing history.
      if (annotations.length > 0) await recordPageVisit(db, pageUrl);
      return annotations;
    },
    'annotations/create': async (draft, sender) => {
      assertSameSite(sender, draft.pageUrl);
      return createAnnotation(db, draft);
    },
    'annotations/update': async ({ id, patch }, sender) => {
      await assertOwnAnnotation(db, sender, id);
      return updateAnnotation(db, id, patch);
    },
    'annotations/delete': async ({ id }, sender) => {
      await assertOwnAnnotation(db, sender, id);
      await deleteAnnotation(db, id);
      return null;
    },
    'settings/site': async ({ site }) => siteSettings(db, site),
    'settings/set-site': async ({ site, autoHighlight }) => {
      const settings = { site, autoHighlight };
      await db.siteSettings.put(settings);
      return settings;
    },
    'sources/lookup': async ({ names }) => lookupSources(db, names),
    'analysis/run': async ({ texts }) => runAnalysis(texts),
    'badge/refresh': async () => {
      await refreshBadges(db);
      return null;
    },
  };
}
