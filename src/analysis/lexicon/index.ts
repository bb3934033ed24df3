/**
 * This module compiles the word lists into one lookup table, built once when the module loads: every form of
 * every verb points to its lemma, its form bits and, for attribution verbs, the cue entry (complement frames,
 * strength, denial, particles). Function words carry their closed class.
 */
import { CLOSED_CLASSES } from './closed-classes';
import { CUE_CLASSES, type Strength } from './cue-verbs';
import { formsOf, parseVerb } from './inflect';
import { COMMON_VERBS, NOUN_TOO } from './verbs';

export interface CueEntry {
  readonly lemma: string;
  /** Frame bits (cue-verbs.ts) this verb takes. */
  frames: number;
  strength: Strength;
  denial: boolean;
  /** No source; the subject is part of the content (cue-verbs.ts, class "seeming"). */
  impersonal: boolean;
  /** Class names this verb belongs to ("saying", "thinking"…). */
  readonly classes: string[];
  /** Particles that make a phrasal cue ("out" for "point out"). */
  readonly particles: Set<string>;
  /** True when the verb is a cue only with one of its particles. */
  particleOnly: boolean;
}

export interface WordEntry {
  /** Closed-class tag, or 0 for an open-class word. */
  closed: number;
  /** Verb form bits (inflect.ts Form), or 0 when the word is not a known verb form. */
  verbForms: number;
  lemma: string;
  cue: CueEntry | null;
  /** The form is at least as often a noun as a verb. */
  nounToo: boolean;
}

const TABLE = new Map<string, WordEntry>();
const CUES = new Map<string, CueEntry>();

function entry(word: string): WordEntry {
  let e = TABLE.get(word);
  if (!e) {
    e = { closed: 0, verbForms: 0, lemma: '', cue: null, nounToo: NOUN_TOO.has(word) };
    TABLE.set(word, e);
  }
  return e;
}

for (const [word, tag] of CLOSED_CLASSES) entry(word).closed = tag;

function addVerb(spec: string, cue: CueEntry | null): void {
  const verb = parseVerb(spec);
  for (const [form, bits] of formsOf(verb)) {
    const e = entry(form);
    e.verbForms |= bits;
    if (!e.lemma) e.lemma = verb.base;
    if (cue && (!e.cue || e.lemma === verb.base)) {
      e.cue = cue;
      e.lemma = verb.base;
    }
  }
}

for (const cls of CUE_CLASSES) {
  for (const raw of cls.entries.split(/\s+/)) {
    if (!raw) continue;
    const [spec = '', particles] = raw.split('>');
    const base = parseVerb(spec).base;
    let cue = CUES.get(base);
    if (!cue) {
      cue = {
        lemma: base,
        frames: 0,
        strength: 0,
        denial: false,
        impersonal: false,
        classes: [],
        particles: new Set(),
        particleOnly: true,
      };
      CUES.set(base, cue);
    }
    if (particles) {
      for (const p of particles.split(',')) cue.particles.add(p);
    } else {
      cue.particleOnly = false;
    }
    cue.frames |= cls.frames;
    if (cls.strength > cue.strength && !particles) cue.strength = cls.strength;
    if (particles && cue.particleOnly) cue.strength = cls.strength;
    cue.denial ||= cls.denial === true;
    cue.impersonal ||= cls.impersonal === true;
    if (!cue.classes.includes(cls.name)) cue.classes.push(cls.name);
    addVerb(spec, cue);
  }
}

for (const spec of COMMON_VERBS.split(/\s+/)) if (spec) addVerb(spec, null);

/** The lexicon entry of a lowercased word, if it has one. */
export function lookup(lower: string): WordEntry | undefined {
  return TABLE.get(lower);
}

/** The cue entry of a verb lemma ("say"), if it is an attribution verb. */
export function cueOfLemma(lemma: string): CueEntry | undefined {
  return CUES.get(lemma);
}
