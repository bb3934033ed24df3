/**
 * This module is the lexicon of attribution verbs: the verbs by which news ascribes a statement, a thought or
 * an intention to a source. They are grouped by meaning, following the verb classes of English grammar
 * (verbs of communication, of cognition, of intention, of judgement, of evidence), and each group says which
 * complements carry the content:
 *
 *   clause  a that-clause, a bare clause or a quote ("said (that) …", "said: “…”", "“…,” she said")
 *   object  a recipient before the clause ("told reporters that …", "urged Congress to …")
 *   np      a noun phrase ("denied the allegations", "praised the plan")
 *   to      an infinitive ("vowed to …", "declined to comment")
 *   wh      an indirect question ("asked whether …", "explained why …")
 *   pred    an object and what it is called ("called the plan “a disaster”", "described it as …")
 *
 * The `strength` of a class says how much structure a use needs before it counts: communication verbs count
 * whenever they are used as verbs; verbs of cognition, evidence and judgement count only with the
 * complement that makes them attributive ("think" with a clause, "support" with an object), since their
 * other uses are ordinary description. Entries use the compact verb notation of inflect.ts.
 *
 * Phrasal cues list their particles after ">": "point>out,to" is a cue only as "point out" or "point to".
 */

export const Frame = { Clause: 1, Object: 2, Np: 4, To: 8, Wh: 16, Pred: 32 } as const;

/** How much structure a use needs: 2 counts on its own, 1 needs its complement, 0 needs a clause. */
export type Strength = 0 | 1 | 2;

export interface CueClass {
  readonly name: string;
  readonly frames: number;
  readonly strength: Strength;
  /** Whether the verb itself rejects what it governs (deny, reject, dismiss). */
  readonly denial?: boolean;
  /**
   * An impression with no one named ("The plan seems to work", "It appears that …"): no source, and the
   * subject belongs to the content.
   */
  readonly impersonal?: boolean;
  readonly entries: string;
}

const { Clause, Object: Obj, Np, To, Wh, Pred } = Frame;

export const CUE_CLASSES: readonly CueClass[] = [
  {
    name: 'saying', // the verbs of saying proper
    frames: Clause | Np | Wh,
    strength: 2,
    entries:
      'say/said state declare assert contend insist argue claim allege add note observe remark ' +
      'comment explain write/wrote/written tweet reply respond answer retort counter testify ' +
      'acknowledge admit+ concede confess confirm reveal disclose recall recount reiterate repeat stress ' +
      'emphasize emphasise underscore underline mention joke quip+ boast brag+ complain lament grumble ' +
      'muse predict forecast/forecast estimate speculate suggest hint imply indicate conclude announce ' +
      'proclaim report clarify elaborate theorize exclaim shout yell scream whisper murmur mutter ' +
      'blurt interject summarize summarise surmise posit aver affirm reaffirm vouch opine editorialize ' +
      'recollect retell/retold caution concur protest object+ charge signal express cite echo chant',
  },
  {
    name: 'telling', // communication with a recipient before the content
    frames: Clause | Obj | Wh | To,
    strength: 2,
    entries: 'tell/told warn email',
  },
  {
    name: 'informing', // a recipient and then what they are told: counts only with both
    frames: Obj,
    strength: 1,
    entries: 'inform assure remind notify advise persuade convince brief reassure alert',
  },
  {
    name: 'pressing', // demands and challenges: they always carry what is demanded or doubted
    frames: Obj | Wh | To | Np | Clause,
    strength: 2,
    entries: 'question wonder demand urge implore plead/pleaded',
  },
  {
    name: 'asking', // questions and requests: count with what is asked ("asked him to", "asked whether")
    frames: Obj | Wh | To | Clause,
    strength: 1,
    entries: 'ask inquire enquire query request beg+',
  },
  {
    name: 'committing', // promises and refusals: an intention announced
    frames: To | Clause | Np,
    strength: 2,
    entries: 'promise vow pledge swear/swore/sworn threaten refuse decline propose recommend guarantee',
  },
  {
    name: 'agreeing', // consent and offers: count with an infinitive or a clause ("agreed to", "offered to")
    frames: To | Clause,
    strength: 1,
    entries: 'agree offer',
  },
  {
    name: 'judging', // evaluation of a person or thing: the object is the content
    frames: Np | Pred,
    strength: 1,
    entries:
      'praise criticize criticise blame accuse condemn denounce decry applaud welcome hail commend laud ' +
      'thank mock ridicule deride slam+ blast attack assail lambaste chastise rebuke scold fault ' +
      'challenge defend endorse champion tout disparage belittle berate excoriate castigate ' +
      'pan+ knock skewer lampoon malign smear vilify demonize demonise insult congratulate salute ' +
      'describe characterize characterise portray depict label brand dub+ term liken compare ' +
      'back support oppose favor favour advocate embrace approve disapprove call',
  },
  {
    name: 'addressing', // speaking of a topic: the topic is the content ("discussed the plan")
    frames: Np | Wh,
    strength: 1,
    entries: 'discuss highlight reference list quote',
  },
  {
    name: 'presenting', // putting forward findings or proposals: "presented an analysis", "unveiled a plan"
    frames: Np,
    strength: 1,
    entries: 'present unveil outline',
  },
  {
    name: 'denying', // the verbs of denial: the object or clause is rejected
    frames: Np | Clause,
    strength: 2,
    denial: true,
    entries: 'deny reject dismiss dispute refute rebut+ contradict disavow repudiate rebuff deflect disagree',
  },
  {
    name: 'thinking', // cognition: counts with a clause ("believes that …")
    frames: Clause,
    strength: 0,
    entries:
      'think/thought believe know/knew/known feel/felt suspect assume presume reckon figure guess imagine ' +
      'understand/understood realize realise recognize recognise remember forget/forgot/forgotten doubt ' +
      'fear worry hope expect trust bet/bet sense consider deem acknowledge agree accept maintain ' +
      'learn/learned discover notice perceive see/saw/seen hear/heard decide determine conclude rule',
  },
  {
    name: 'regarding', // opinion as a predicate on an object: "sees him as weak", "considers it a mistake"
    frames: Pred,
    strength: 1,
    entries: 'see/saw/seen consider view regard deem',
  },
  {
    name: 'desiring', // desire for a thing: "voters want a change", "she prefers the senator"
    frames: Np,
    strength: 1,
    entries: 'want prefer+ seek/sought',
  },
  {
    name: 'wanting', // desire and intention: counts with an infinitive or a clause
    frames: To | Obj,
    strength: 1,
    entries: 'want wish plan+ intend aim seek/sought hope expect prefer+ vow pledge promise',
  },
  {
    name: 'seeming', // impressions: "the senator seemed to be shrinking", "it appears that …"
    frames: To | Clause,
    strength: 0,
    impersonal: true,
    entries: 'seem appear',
  },
  {
    name: 'publishing', // posting online: counts with what was posted as a clause or a quote
    frames: Clause,
    strength: 0,
    entries: 'post publish',
  },
  {
    name: 'continuing', // a speaker going on: "Cruz continued: “…”", "…, he continued."
    frames: Clause,
    strength: 0,
    entries: 'continue',
  },
  {
    name: 'showing', // evidence: polls, records and reports that show or find
    frames: Clause,
    strength: 0,
    entries: 'show/showed/shown find/found suggest indicate reveal demonstrate prove/proved/proven confirm',
  },
  {
    name: 'phrasal', // cues made of a verb and a particle
    frames: Np | Clause | To,
    strength: 2,
    entries:
      'point>out,to push>back hit+>back fire>back lash>out weigh>in speak/spoke/spoken>out ' +
      'call>for,on,out hint>at talk>about speak/spoke/spoken>about,of comment>on refer+>to allude>to ask>about ' +
      'respond>to react>to complain>about warn>of,about,against argue>for,against chime>in sound>off ' +
      'spell/spelled>out lay/laid>out sign>off take/took/taken>aim,issue make/made>clear put/put>it',
  },
];

/** "call" is its own sense problem (naming vs. calling something a thing vs. calling for): see cues.ts. */
export const CALL_LIKE: ReadonlySet<string> = new Set(['call', 'label', 'brand', 'dub', 'term', 'name']);
