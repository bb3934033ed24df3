/**
 * This module lists the nouns that matter to attribution:
 *
 * - role nouns: people named by what they do ("spokesman", "director", "senator"); a role noun may take a
 *   prepositional phrase inside a source ("a spokesman for Mrs. Clinton", "a professor at Harvard");
 * - anonymous heads: sources that withhold a name ("officials", "a source familiar with …", "aides");
 * - message nouns: what is said, claimed or reported ("claims", "allegations", "report"), which can be cues
 *   themselves ("Western claims that …") and which a denial rejects ("denied the allegations");
 * - document nouns: where something was said ("in a statement", "in a poll released Monday").
 */

function set(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

export const ROLE_NOUNS = set(`
  spokesman spokeswoman spokesperson spokesmen spokeswomen official officials aide aides adviser advisers
  advisor advisors director directors secretary secretaries minister ministers president presidents chairman
  chairwoman chair chairs head heads chief chiefs leader leaders member members senator senators
  representative representatives governor governors mayor mayors ambassador ambassadors professor professors
  analyst analysts expert experts economist economists strategist strategists pollster pollsters lawyer
  lawyers attorney attorneys consultant consultants manager managers executive executives founder founders
  ceo editor editors reporter reporters correspondent correspondents researcher researchers fellow fellows
  scientist scientists historian historians commissioner commissioners judge judges justice justices general
  generals officer officers agent agents candidate candidates nominee nominees contender contenders hopeful
  hopefuls lawmaker lawmakers legislator legislators congressman congresswoman congressmen delegate delegates
  voter voters resident residents supporter supporters critic critics activist activists organizer organizers
  chairperson speaker counsel deputy deputies envoy envoys diplomat diplomats negotiator negotiators
  commander commanders strategist operative operatives donor donors staffer staffers partner partners
  owner owners employee employees worker workers student students teacher teachers doctor doctors
  president-elect vice-president prosecutor prosecutors investigator investigators inspector inspectors
  administrator administrators coordinator coordinators host hosts anchor anchors columnist columnists
  writer writers author authors blogger bloggers commentator commentators observer observers
  sources source insider insiders person people man woman men women someone
`);

/** Heads of sources that do not name who speaks. */
export const ANONYMOUS_HEADS = set(`
  official officials source sources aide aides person people someone insider insiders staffer staffers
  diplomat diplomats spokesman spokeswoman spokesperson adviser advisers advisor advisors observers critics
  analysts experts lawmakers officers agents investigators authorities administration-officials
`);

/** Nouns for something said or claimed; as cues they take a that-clause ("the claim that …"). */
export const MESSAGE_NOUNS = set(`
  claim claims allegation allegations accusation accusations assertion assertions suggestion suggestions
  insistence argument arguments belief beliefs warning warnings charge charges contention notion
  speculation speculations rumor rumors rumour rumours report reports statement statements promise promises
  pledge pledges announcement announcements admission admissions acknowledgment denial denials assurance
  assurances prediction predictions complaint complaints criticism concern concerns fear fears hope hopes
  view views opinion opinions position argument theory theories story stories discussion discussions
  remarks remark comments comment account accounts testimony narrative idea
`);

/** Message nouns that, as the object of a denial or a dismissive verdict, name what is denied. */
export const DENIABLE_NOUNS = set(`
  claim claims allegation allegations accusation accusations assertion assertions suggestion suggestions
  charge charges report reports story stories rumor rumors rumour rumours speculation discussion
  discussions notion idea theory theories account accounts narrative characterization criticism
`);

/** Where something was said or found: "in a statement", "in an interview", "in a poll released Monday". */
export const DOCUMENT_NOUNS = set(`
  statement statements interview interviews poll polls survey surveys report reports letter letters
  tweet tweets post posts op-ed editorial editorials speech speeches memo memos email emails book books
  column columns essay essays video videos ad ads filing filings release releases study studies remarks
  message messages note notes blog podcast broadcast testimony complaint lawsuit ruling opinion analysis
  briefing transcript document documents
`);
