/**
 * This module answers the service worker's requests from the database. A content script may only read and
 * write annotations of pages on its own site: the page it runs in is hostile ground.
 */
import type { backgroundRequests } from '../../src/messaging/protocol';
import { type BackgroundReplies, type PageSettings } from '../../src/messaging/protocol';
import type { Handlers, Sender } from '../../src/messaging/router';
import { siteOf } from '../../src/model/page';
import {
  annotationsForPage,
  createAnnotation,
  deleteAnnotation,
  updateAnnotation,
} from '../../src/store/annotations';
import { rememberedLayout, rememberLayout, type KeyValueArea } from '../../src/store/article-layouts';
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

/** The site's setting, and, for the site's own content script, where its last article was. */
async function pageSettings(
  db: SourcemarkDb,
  layouts: KeyValueArea,
  site: string,
  sender: Sender,
): Promise<PageSettings> {
  const ownSite = sender.kind === 'content-script' && siteOf(sender.url) === site;
  const [stored, articleLayout] = await Promise.all([
    db.siteSettings.get(site),
    ownSite ? rememberedLayout(layouts, site) : null,
  ]);
  return { site, autoHighlight: stored?.autoHighlight ?? true, articleLayout };
}

/** `layouts`: where the sites' article layouts are kept (the browser's session storage). */
export function backgroundHandlers(
  db: SourcemarkDb,
  layouts: KeyValueArea,
): Handlers<typeof backgroundRequests, BackgroundReplies> {
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
    'settings/site': async ({ site }, sender) => pageSettings(db, layouts, site, sender),
    'settings/remember-article': async ({ selector, searchInside = false }, sender) => {
      const layout = selector === null ? null : { selector, searchInside };
      await rememberLayout(layouts, siteOf(sender.url), layout);
      return null;
    },
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
