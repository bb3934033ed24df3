/**
 * This module makes a small, believable reader's history for the popup and dashboard screenshots and the
 * dashboard's end-to-end tests: invented outlets, sources and claims (written for Sourcemark, like the
 * demo article), spread over the last weeks, with notes on some sources. Deterministic for a given `now`.
 */
import type { Annotation, AnnotationKind } from '../../src/model/annotation';
import type { Stance } from '../../src/model/attribution';
import type { Page } from '../../src/model/page';
import { siteOf } from '../../src/model/page';
import type { SourceNote } from '../../src/model/source-note';
import type { Snapshot } from '../../src/store/snapshot';

const DAY = 24 * 60 * 60 * 1000;

interface PageSeed {
  readonly url: string;
  readonly title: string;
  readonly daysAgo: number;
  readonly claims: readonly ClaimSeed[];
}

type ClaimSeed = readonly [
  source: string | null,
  kind: AnnotationKind,
  quote: string,
  tags?: string,
  note?: string,
];

const PAGES: readonly PageSeed[] = [
  {
    url: 'https://harbour-ledger.example/world/drone-fragments-traced',
    title: 'Drone fragments traced to foreign factory, investigators say',
    daysAgo: 2,
    claims: [
      [
        'Maritime Safety Board',
        'claim',
        'fragments of a drone recovered near the port of Valmora were manufactured abroad',
        'verified',
      ],
      [
        "Corvania's foreign ministry",
        'denial',
        'the accusations were "groundless" and part of a campaign to isolate the country',
        'disputed',
        'Same wording as their March statement.',
      ],
      [
        'Dana Whitfield',
        'claim',
        'her team had examined two more identical drones found along the coast this spring',
        'needs-source',
      ],
      ['CTV', 'claim', 'the ministry would file a formal protest with the port authority', 'disputed'],
      [
        null,
        'highlight',
        'Port workers described hearing a loud bang shortly before dawn.',
        '',
        'Check the tide tables for that night.',
      ],
    ],
  },
  {
    url: 'https://harbour-ledger.example/business/ferry-fuel-costs',
    title: 'Ferry operators say fuel costs are rising',
    daysAgo: 9,
    claims: [
      [
        'Ferry Operators Association',
        'claim',
        'fuel surcharges will rise by a fifth before the winter timetable',
        'disputed',
        'Their own report says a tenth.',
      ],
      ['Port authority', 'denial', 'harbour fees have not changed since last year'],
      ['Ferry Operators Association', 'claim', 'three island routes may be cut if prices keep climbing'],
    ],
  },
  {
    url: 'https://valmora-times.example/2026/11/board-chair-interview',
    title: "Board chair: 'The evidence is overwhelming'",
    daysAgo: 12,
    claims: [
      ['Miguel Arrano', 'claim', 'the evidence linking the drone to the factory is overwhelming', 'disputed'],
      [
        'Miguel Arrano',
        'claim',
        'the final report will be published before the end of the year',
        'needs-source',
      ],
      [
        "Corvania's defence ministry",
        'denial',
        'there is no evidence that the drone came from its territory',
        'disputed',
      ],
      [
        'Open Arms Monitor',
        'claim',
        'the serial numbers match a production line documented last year',
        'verified',
      ],
    ],
  },
  {
    url: 'https://valmora-times.example/2026/10/coastal-radar-gaps',
    title: 'Coastal radar has gaps, leaked memo shows',
    daysAgo: 26,
    claims: [
      [
        'officials familiar with the inquiry',
        'claim',
        'the radar station at the northern breakwater was offline for six hours',
        'needs-source',
      ],
      ['Maritime Safety Board', 'denial', 'any radar outage affected the tracking of the drone'],
      [
        'CTV',
        'claim',
        'a second memo warned of the gaps in August',
        'disputed',
        'Only CTV has seen this memo.',
      ],
    ],
  },
  {
    url: 'https://coastal-post.example/politics/corvania-protest-note',
    title: 'Corvania sends protest note over drone inquiry',
    daysAgo: 40,
    claims: [
      [
        "Corvania's foreign ministry",
        'claim',
        'the inquiry was opened without informing its embassy',
        'disputed',
      ],
      ['CTV', 'claim', 'the protest note was delivered on Monday evening'],
      [
        'Corvanian foreign ministry',
        'denial',
        'it had been offered a place on the inquiry panel',
        'disputed',
      ],
    ],
  },
  {
    url: 'https://coastal-post.example/science/drone-batteries',
    title: 'What the drone batteries tell investigators',
    daysAgo: 61,
    claims: [
      [
        'Dana Whitfield',
        'claim',
        'battery casings carry the same factory stamp as the fragments',
        'verified',
      ],
      ['Open Arms Monitor', 'claim', 'identical casings were sold at three arms fairs last year'],
      [null, 'highlight', 'Lithium cells of this size are rarely used in civilian drones.', 'needs-source'],
    ],
  },
  {
    url: 'https://harbour-ledger.example/local/harbour-reopens',
    title: 'Harbour reopens after storm damage',
    daysAgo: 85,
    claims: [
      ['Port authority', 'claim', 'all berths will be open to cargo ships by Friday', 'verified'],
      ['Ferry Operators Association', 'denial', 'passengers were kept waiting for more than an hour'],
    ],
  },
  {
    url: 'https://valmora-times.example/2026/08/fishing-quota-talks',
    title: 'Fishing quota talks stall again',
    daysAgo: 110,
    claims: [
      [
        "Corvania's foreign ministry",
        'claim',
        'the quota offer is the most generous in a decade',
        'disputed',
      ],
      ['Fishers Union', 'claim', 'catches have fallen by a third in two seasons', 'needs-source'],
      ['Fishers Union', 'denial', 'its members ever fished inside the protected zone'],
    ],
  },
];

const SOURCES: readonly Omit<SourceNote, 'id' | 'updated'>[] = [
  {
    name: 'Maritime Safety Board',
    aliases: ['MSB'],
    domain: null,
    rating: 'reliable',
    note: 'Publishes its methods and corrects its reports in public.',
    evidence: ['https://msb.example/methodology'],
  },
  {
    name: "Corvania's foreign ministry",
    aliases: ['Corvanian foreign ministry', 'Corvania foreign ministry'],
    domain: null,
    rating: 'unreliable',
    note: 'Denials later contradicted by its own documents, twice this year.',
    evidence: ['https://coastal-post.example/politics/ministry-memo-leak'],
  },
  {
    name: 'CTV',
    aliases: ['Corvania Television'],
    domain: null,
    rating: 'mixed',
    note: 'State broadcaster: accurate on logistics, one-sided on politics.',
    evidence: [],
  },
  {
    name: 'Open Arms Monitor',
    aliases: [],
    domain: null,
    rating: 'mostly-reliable',
    note: 'Independent research group; funding disclosed.',
    evidence: ['https://openarms.example/about/funding'],
  },
  {
    name: 'The Harbour Ledger',
    aliases: [],
    domain: 'harbour-ledger.example',
    rating: 'reliable',
    note: 'Local paper with a corrections column.',
    evidence: [],
  },
  {
    name: 'Coastal Post',
    aliases: [],
    domain: 'coastal-post.example',
    rating: 'mixed',
    note: '',
    evidence: [],
  },
];

const STANCE: Readonly<Record<AnnotationKind, Stance | null>> = {
  highlight: null,
  attribution: 'assert',
  claim: 'assert',
  denial: 'deny',
};

export function uiSeed(now: number): Snapshot {
  const annotations: Annotation[] = [];
  const pages: Page[] = [];
  PAGES.forEach((page, p) => {
    const seen = now - page.daysAgo * DAY;
    pages.push({
      url: page.url,
      title: page.title,
      site: siteOf(page.url),
      firstSeen: seen,
      lastSeen: seen + DAY,
    });
    page.claims.forEach(([source, kind, exact, tags = '', note = ''], i) => {
      const created = seen + (i + 1) * 7 * 60 * 1000;
      const start = 400 + i * 350;
      annotations.push({
        id: `seed-${p}-${i}`,
        pageUrl: page.url,
        target: {
          quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
          position: { type: 'TextPositionSelector', start, end: start + exact.length },
        },
        kind,
        tags: tags ? tags.split(' ') : [],
        note,
        sourceName: source,
        stance: STANCE[kind],
        created,
        updated: note ? created + 3 * 60 * 60 * 1000 : created,
        anchor: p === 3 && i === 0 ? 'needs-review' : p === 7 && i === 2 ? 'orphan' : 'anchored',
      });
    });
  });
  const sources = SOURCES.map((source, i) => ({ ...source, id: `seed-source-${i}`, updated: now - i * DAY }));
  return { annotations, sources, pages, siteSettings: [] };
}
