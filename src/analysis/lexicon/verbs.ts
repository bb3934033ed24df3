/**
 * This module lists frequent English verbs that are not attribution cues, so the tagger can tell where a
 * clause has its verb (and therefore where a noun phrase stops): "Facebook created the tool, a spokeswoman
 * said" has a clause before the comma, not an apposition. The list is the everyday core of English verbs
 * (the few hundred that make up most verb tokens in prose), in the compact notation of inflect.ts.
 *
 * `NOUN_TOO` lists verb forms that are at least as often nouns ("plan", "report", "claims", "support"): the
 * tagger decides them from their neighbours instead of trusting the verb reading.
 */

export const COMMON_VERBS =
  'be/was/been have/had do/did/done get/got/gotten make/made go/went/gone take/took/taken come/came/come ' +
  'give/gave/given use find/found keep/kept let/let begin+/began/begun seem help leave/left put/put ' +
  'mean/meant become/became/become run+/ran/run move live bring/brought happen provide sit+/sat stand/stood ' +
  'lose/lost pay/paid meet/met include continue set/set change lead/led hold/held turn start try follow ' +
  'create spend/spent grow/grew/grown open win+/won build/built serve die send/sent stay fall/fell/fallen ' +
  'cut/cut reach kill raise pass sell/sold require remain fight/fought buy/bought pull carry drive/drove/driven ' +
  'break/broke/broken eat/ate/eaten receive join return face launch vote work play need look try walk ' +
  'wait end+ allow appear increase reduce cause improve develop sign plan+ control+ enter force face ' +
  'hit+/hit lead/led head hire fire release approve pass block ban+ sue investigate arrest charge convict ' +
  'elect nominate appoint resign retire serve represent visit travel arrive depart attend host ' +
  'focus spread/spread rise/rose/risen drop+ jump climb surge fail succeed manage handle deal/dealt ' +
  'remove replace add join win+/won beat/beat/beaten defeat lose/lost trail lead/led poll rally compete ' +
  'campaign debate shut+/shut close open+ push press pressure target threaten affect involve contain ' +
  'produce draw/drew/drawn fly/flew/flown throw/threw/thrown catch/caught teach/taught wear/wore/worn ' +
  'stop+ seek/sought prepare pick shoot/shot rule tie establish express form gain offer operate own ' +
  'protect prevent fund finance invest benefit cost/cost owe earn save spend/spent afford pay/paid ' +
  'relate exist emerge occur+ depend belong consist lie/lay/lain sleep/slept stand/stood rest remain ' +
  'treat respect recognize matter count signal+ mark note list post share suffer struggle survive ' +
  'attack bomb strike/struck invade occupy capture seize destroy damage hurt/hurt injure wound ' +
  'investigate probe examine review study test check search track monitor watch see/saw/seen hear/heard ' +
  'flee/fled steal/stole/stolen hide/hid/hidden ride/rode/ridden freeze/froze/frozen dig+/dug sweep/swept ' +
  'weep/wept lend/lent bleed/bled creep/crept kneel/knelt sing/sang/sung shake/shook/shaken ' +
  'forgive/forgave/forgiven choose/chose/chosen quit+/quit withdraw/withdrew/withdrawn ' +
  'overtake/overtook/overtaken undertake/undertook/undertaken arise/arose/arisen forbid+/forbade/forbidden ' +
  'foresee/foresaw/foreseen overcome/overcame/overcome strive/strove/striven swim+/swam/swum ' +
  'uphold/upheld/upheld shine/shone';

/**
 * Forms that are at least as often nouns as verbs in news prose. Decided in context by the tagger: after a
 * determiner or possessive they are nouns ("the claims"), after a subject or modal they are verbs.
 */
export const NOUN_TOO: ReadonlySet<string> = new Set(
  (
    'claim claims report reports call calls support supports plan plans hope hopes fear fears ' +
    'comment comments charge charges attack attacks promise promises pledge pledges vow vows view views ' +
    'vote votes need needs change changes work works run runs lead leads hold holds turn turns ' +
    'start starts face faces control controls fight fights rise rises fall falls cut cuts state states ' +
    'note notes question questions answer answers reply replies response demand demands request requests ' +
    'warning doubt doubts offer offers release releases ban bans push pushes set sets play plays ' +
    'return returns head heads drop drops sign signs poll polls rally rallies debate debates ' +
    'campaign campaigns close end ends rule rules post posts list lists share shares study studies test ' +
    'tests review reviews search check watch estimate estimates forecast forecasts defeat win wins ' +
    'deal deals spending move moves help use uses cost costs increase increases focus strike strikes ' +
    'protest protests mention welcome back guess bet bets wish wishes aim aims concern concerns ' +
    'suit statement interview advice pressure threat threats record records decline declines boast ' +
    'criticism praise blame order orders visit visits form forms mark marks count counts tweet tweets remark ' +
    'remarks reason reasons email emails quote quotes list lists reference references highlight highlights ' +
    'arrest arrests object objects'
  ).split(' '),
);
