/**
 * A stand-in for the service worker, answering the content script's requests from memory: site settings,
 * annotations (created, updated, deleted, listed per page) and notes on sources (looked up by name or alias).
 */
import type { AskBackground } from '../../../extension/content/background';
import type { ArticleLayout } from '../../../src/article/article-layout';
import type { BackgroundReplies, BackgroundRequestName } from '../../../src/messaging/protocol';
import type { Annotation } from '../../../src/model/annotation';
import { sourceKey, type SourceNote } from '../../../src/model/source-note';

export interface FakeBackground {
  readonly ask: AskBackground;
  readonly annotations: Annotation[];
  readonly sources: SourceNote[];
  readonly requests: BackgroundRequestName[];
  autoHighlight: boolean;
  /** The site's remembered article layout, as the content script last asked to remember it. */
  articleLayout: ArticleLayout | null;
}

export function fakeBackground(): FakeBackground {
  const state: FakeBackground = {
    annotations: [],
    sources: [],
    requests: [],
    autoHighlight: true,
    articleLayout: null,
    ask: (async (name: BackgroundRequestName, data: never) => {
      state.requests.push(name);
      return answer(state, name, data);
    }) as AskBackground,
  };
  return state;
}

let nextId = 1;

function answer(state: FakeBackground, name: BackgroundRequestName, data: Record<string, unknown>): unknown {
  const reply = <K extends BackgroundRequestName>(_: K, value: BackgroundReplies[K]) => value;
  switch (name) {
    case 'settings/site':
      return reply(name, {
        site: String(data.site),
        autoHighlight: state.autoHighlight,
        articleLayout: state.articleLayout,
      });
    case 'settings/remember-article':
      state.articleLayout =
        typeof data.selector === 'string'
          ? { selector: data.selector, searchInside: data.searchInside === true }
          : null;
      return reply(name, null);
    case 'annotations/list-for-page':
      return reply(
        name,
        state.annotations.filter((a) => a.pageUrl === data.pageUrl),
      );
    case 'annotations/create': {
      const draft = data as unknown as Omit<Annotation, 'id' | 'created' | 'updated' | 'anchor'>;
      const annotation: Annotation = {
        id: `a${nextId++}`,
        pageUrl: draft.pageUrl,
        target: draft.target,
        kind: draft.kind,
        tags: draft.tags,
        note: draft.note,
        sourceName: draft.sourceName,
        stance: draft.stance,
        created: 1,
        updated: 1,
        anchor: 'anchored',
      };
      state.annotations.push(annotation);
      return annotation;
    }
    case 'annotations/update': {
      const { id, patch } = data as { id: string; patch: Partial<Annotation> };
      const at = state.annotations.findIndex((a) => a.id === id);
      const current = state.annotations[at];
      if (!current) throw new Error('no such annotation');
      const updated = { ...current, ...patch };
      state.annotations[at] = updated;
      return updated;
    }
    case 'annotations/delete': {
      const at = state.annotations.findIndex((a) => a.id === data.id);
      if (at >= 0) state.annotations.splice(at, 1);
      return null;
    }
    case 'sources/lookup': {
      const keys = new Set((data.names as string[]).map(sourceKey));
      return state.sources.filter((s) => [s.name, ...s.aliases].some((n) => keys.has(sourceKey(n))));
    }
    default:
      throw new Error(`unexpected request ${name}`);
  }
}
