import { describe, expect, it } from 'vitest';
import { seedText } from '../../../test/helpers/sample';
import { prepareText } from '../text/prepare';
import type { Statement } from '../types';
import { findStatements } from './index';

const find = (text: string) => findStatements(prepareText(text));
const one = (text: string): Statement => {
  const ss = find(text);
  expect(ss).toHaveLength(1);
  return ss[0];
};

/** Every span must index the text exactly. */
function checkSpans(text: string, ss: Statement[]): void {
  for (const s of ss) {
    expect(text.slice(s.start, s.end)).toBe(s.text);
    if (s.source) expect(text.slice(s.source.start, s.source.end)).toBe(s.source.text);
    if (s.cue) expect(text.slice(s.cue.start, s.cue.end)).toBe(s.cue.text);
    for (const p of s.cueParts ?? []) expect(text.slice(p.start, p.end)).toBe(p.text);
    for (const f of s.fragments ?? []) expect(f.start >= s.start && f.end <= s.end).toBe(true);
  }
}

describe('findStatements: direct quotes', () => {
  it('reads a quote before "the X said" with a noun cue part', () => {
    const t = 'In a phone call on Thursday, "Vladimir Putin expressed solidarity with the Venezuelan people," the Kremlin said in a read-out.';
    const s = one(t);
    expect(s.text).toBe('"Vladimir Putin expressed solidarity with the Venezuelan people,"');
    expect(s.mode).toBe('direct');
    expect(s.source?.text).toBe('the Kremlin');
    expect(s.source?.kind).toBe('official');
    expect(s.cue?.text).toBe('said');
    expect(s.cueParts?.map((p) => p.text)).toEqual(['in a read-out']);
    expect(s.official).toBe(true);
    expect(s.cueType).toBe('speech');
  });

  it('reads an inverted cue with an appositive source', () => {
    const t = '“We have never seen demand like this,” said Maria Chen, the group’s director.';
    const s = one(t);
    expect(s.text).toBe('“We have never seen demand like this,”');
    expect(s.source?.text).toBe('Maria Chen, the group’s director');
    expect(s.source?.kind).toBe('person');
    expect(s.official).toBe(false);
  });

  it('joins a split quote into one statement with fragments', () => {
    const t = '"We will not back down," he said. "Not now, not ever."';
    const s = one(t);
    expect(s.fragments?.map((f) => t.slice(f.start, f.end))).toEqual(['"We will not back down,"', '"Not now, not ever."']);
    expect(s.mode).toBe('direct');
  });

  it('reads a quote after a colon and one running over paragraphs', () => {
    const t = 'The minister said: “The reform is finished.\n\n“Now we need patience.”\n\nMarkets fell on Monday.';
    const s = one(t);
    expect(s.fragments).toHaveLength(2);
    expect(s.text.endsWith('patience.”')).toBe(true);
    expect(s.source?.text).toBe('The minister');
  });

  it('handles guillemets and low-high quotes', () => {
    const s = one('«Nous ne céderons pas», a spokeswoman for the ministry said on Friday.');
    expect(s.text).toBe('«Nous ne céderons pas»');
    expect(s.source?.kind).toBe('official');
  });
});

describe('findStatements: indirect and mixed', () => {
  it('takes the clause after the cue, keeping a leading "that"', () => {
    const s = one('The company told reporters on Tuesday that it would cut 300 jobs.');
    expect(s.text).toBe('that it would cut 300 jobs');
    expect(s.mode).toBe('indirect');
    expect(s.cue?.text).toBe('told');
    expect(s.source?.kind).toBe('organization');
  });

  it('takes the clause before a trailing ", X said"', () => {
    const s = one('The ceasefire will hold until the end of the month, the foreign ministry said on Sunday.');
    expect(s.text).toBe('The ceasefire will hold until the end of the month');
    expect(s.source?.text).toBe('the foreign ministry');
    expect(s.official).toBe(true);
  });

  it('marks a paraphrase with quoted words as mixed', () => {
    const s = one('The mayor said the plan was "dead on arrival" and would not be revived.');
    expect(s.mode).toBe('mixed');
    expect(s.text).toBe('the plan was "dead on arrival" and would not be revived');
  });

  it('reads "according to" before and after the content', () => {
    const a = one('According to police, the suspect fled on foot.');
    expect(a.text).toBe('the suspect fled on foot');
    expect(a.source?.text).toBe('police');
    expect(a.cue?.text).toBe('According to');
    const b = one('Turnout reached 61 percent, according to the electoral commission.');
    expect(b.text).toBe('Turnout reached 61 percent');
    expect(b.source?.text).toBe('the electoral commission');
    expect(b.official).toBe(true);
  });

  it('reads an interrupting attribution', () => {
    const t = 'The deal, the senator said, was never on the table.';
    const s = one(t);
    expect(s.fragments?.map((f) => t.slice(f.start, f.end))).toEqual(['The deal', 'was never on the table']);
  });

  it('keeps cognition cues apart from speech cues', () => {
    const s = one('Most economists believe that inflation has peaked.');
    expect(s.cueType).toBe('cognition');
    expect(s.text).toBe('that inflation has peaked');
  });

  it('does not take nouns or passives for cues', () => {
    expect(find('The statement was released late on Friday.')).toEqual([]);
    expect(find('He was told to leave the building.')).toEqual([]);
    expect(find('The report found its way to the press.')).toEqual([]);
  });
});

describe('findStatements: sources', () => {
  it('classifies anonymous sources, even officials who spoke anonymously', () => {
    const s = one('Officials who spoke on condition of anonymity said the talks had stalled.');
    expect(s.source?.kind).toBe('anonymous');
    expect(s.official).toBe(false);
    expect(one('The plan is already being drafted, a person familiar with the matter said.').source?.kind).toBe('anonymous');
    expect(one('Sources said the minister would resign.').source?.kind).toBe('anonymous');
  });

  it('classifies the publication itself', () => {
    expect(one('This newspaper has learned that the contract was never signed.').source?.kind).toBe('publication');
  });

  it('resolves "he" to the most recent person and "it" to the most recent institution', () => {
    const t = 'Sullivan says the agency reviewed every request. He says no data was leaked.\nThe ministry said the review was complete. It added that no one would be disciplined.';
    const ss = find(t);
    checkSpans(t, ss);
    expect(ss.map((s) => [s.source?.text, s.source?.resolved?.text ?? null])).toEqual([
      ['Sullivan', null],
      ['He', 'Sullivan'],
      ['The ministry', null],
      ['It', 'The ministry'],
    ]);
    expect(ss[3].official).toBe(true);
  });

  it('resolves a relative "who" to its antecedent', () => {
    const s = one('The plan was backed by Smith, who said the costs were overstated.');
    expect(s.source?.text).toBe('who');
    expect(s.source?.resolved?.text).toBe('Smith');
  });
});

describe('findStatements: the reference article', () => {
  const text = seedText();
  const ss = findStatements(prepareText(text));
  const by = (prefix: string) => {
    const s = ss.find((x) => x.text.startsWith(prefix));
    expect(s, prefix).toBeDefined();
    return s as Statement;
  };

  it('keeps every span exact and ids in order', () => {
    checkSpans(text, ss);
    expect(ss.map((s) => s.id)).toEqual(ss.map((_, i) => `s${i + 1}`));
    for (const s of ss) expect(s.inAppeal).toBe(false);
  });

  it('reads the lead as an indirect official statement', () => {
    const s = by('Russian President Vladimir Putin on Thursday');
    expect(s.text).toBe('Russian President Vladimir Putin on Thursday reaffirmed his support to Venezuela in a phone call with longtime ally President Nicolás Maduro');
    expect(s.mode).toBe('indirect');
    expect(s.source?.text).toBe('the Kremlin');
    expect(s.official).toBe(true);
  });

  it('reads the Kremlin read-out quote', () => {
    const s = by('"Vladimir Putin expressed solidarity');
    expect(s.mode).toBe('direct');
    expect(s.source?.text).toBe('the Kremlin');
    expect(s.cue?.text).toBe('said');
    expect(s.cueParts?.map((p) => p.text)).toEqual(['in a read-out']);
    expect(s.official).toBe(true);
  });

  it('resolves "the statement" to the Kremlin', () => {
    const s = by('The Russian leader also "confirmed his support');
    expect(s.mode).toBe('mixed');
    expect(s.source?.text).toBe('the statement');
    expect(s.source?.resolved?.text).toBe('the Kremlin');
    expect(s.cue?.text).toBe('added');
    expect(s.official).toBe(true);
  });

  it('reads Caracas and resolves "It" to it', () => {
    const c = by('the leaders "reaffirmed');
    expect(c.mode).toBe('mixed');
    expect(c.source?.text).toBe('Caracas');
    expect(c.official).toBe(true);
    const it2 = by('that Putin had "reiterated');
    expect(it2.mode).toBe('mixed');
    expect(it2.source?.text).toBe('It');
    expect(it2.source?.resolved?.text).toBe('Caracas');
    expect(it2.official).toBe(true);
  });

  it('reads the accusation, the denial and Maduro in his own voice', () => {
    const acc = by("Venezuela's leftist leader of leading a drug cartel");
    expect(acc.text).toBe("Venezuela's leftist leader of leading a drug cartel");
    expect(acc.source?.text).toBe('Washington');
    const den = ss.find((s) => s.cue?.text === 'denies') as Statement;
    expect(den.text).toBe('leading a drug cartel');
    expect(den.source?.text).toBe('he');
    expect(den.source?.resolved?.text).toBe("Venezuela's leftist leader");
    const mad = by('the U.S. is seeking regime change');
    expect(mad.source?.text).toBe('Maduro');
    expect(mad.source?.kind).toBe('person');
    expect(mad.official).toBe(false);
  });

  it('finds the claim quoted in the appeal (analyze flags it)', () => {
    const s = by('our work "discredits');
    expect(s.source?.text).toBe('The authorities');
    expect(s.cue?.text).toBe('claim');
  });
});

describe('findStatements: findings, intentions and boundaries', () => {
  it('reads an evidential subject with a bare object, ending at the comma', () => {
    const t = 'Polls show a close contest in Ohio, where 18 electoral votes are at stake.';
    const s = one(t);
    expect(s.text).toBe('a close contest in Ohio');
    expect(s.source?.text).toBe('Polls');
    expect(s.cueType).toBe('cognition');
    checkSpans(t, [s]);
  });

  it('reads "a study found" and "the video shows" with plain objects', () => {
    const t = 'A 2019 study found 40 cases of fraud among millions of ballots. The video shows an officer drawing his weapon.';
    const ss = find(t);
    expect(ss.map((s) => s.text)).toEqual(['40 cases of fraud among millions of ballots', 'an officer drawing his weapon']);
    expect(ss.every((s) => s.cueType === 'cognition')).toBe(true);
  });

  it('reads an expectation with an object and an infinitive', () => {
    const s = one('The central bank expects inflation to ease next year.');
    expect(s.text).toBe('inflation to ease next year');
    expect(s.source?.text).toBe('The central bank');
    expect(s.cueType).toBe('cognition');
  });

  it('does not read a plain object after a clause-only cognition verb', () => {
    expect(find('The committee expects a report by Friday.')).toHaveLength(0);
  });

  it('reads "called for" with the preposition in the cue and drops a trailing communication adjunct', () => {
    const t = 'The mayor called for an independent inquiry in a statement on Monday.';
    const s = one(t);
    expect(s.cue?.text).toBe('called for');
    expect(s.text).toBe('an independent inquiry');
    expect(s.source?.text).toBe('The mayor');
    checkSpans(t, [s]);
  });

  it('reads a reporting participle after a preposition ("by saying")', () => {
    const s = one('The senator responded by saying the bill would never pass.');
    expect(s.cue?.text).toBe('saying');
    expect(s.text).toBe('the bill would never pass');
    expect(s.source?.text).toBe('The senator');
  });

  it('ends reported content at a semicolon and before a concessive clause', () => {
    expect(one('The minister said the talks had failed; markets fell sharply.').text).toBe('the talks had failed');
    expect(one('Officials said the plant would reopen, although no date was given.').text).toBe('the plant would reopen');
  });

  it('keeps the subject across a negated auxiliary', () => {
    const s = one("The spokeswoman didn't say the deal was dead.");
    expect(s.source?.text).toBe('The spokeswoman');
    expect(s.text).toBe('the deal was dead');
  });

  it('reads an infinitive after an object as content, not as an adjunct', () => {
    const t = 'In his speech, the senator urged colleagues to back the bill, and criticized the delay.';
    const ss = find(t);
    expect(ss[0].text).toBe('colleagues to back the bill');
    expect(ss[0].source?.text).toBe('the senator');
  });

  it('reads stance verbs with a plain object', () => {
    const s = one('The union rejected the latest contract offer.');
    expect(s.text).toBe('the latest contract offer');
    expect(s.source?.text).toBe('The union');
  });

  it('keeps a quoted question with the named speaker after it', () => {
    const t = '“Is this really the best we can do?” Warren asked. The hearing moved on.';
    const ss = find(t);
    expect(ss).toHaveLength(1);
    expect(ss[0].text).toBe('“Is this really the best we can do?”');
    expect(ss[0].source?.text).toBe('Warren');
  });
});

describe('findStatements: prepositional, nominal and hedged cues', () => {
  it('reads verb + preposition frames with the preposition in the cue', () => {
    const t = 'The governor spoke Tuesday about the flooding in the valley.';
    const s = one(t);
    expect(s.cue?.text).toBe('spoke Tuesday about');
    expect(s.text).toBe('the flooding in the valley');
    expect(s.source?.text).toBe('The governor');
    checkSpans(t, [s]);
    expect(one('The central bank pointed to rising rents as the main driver of inflation.').text).toBe(
      'rising rents as the main driver of inflation',
    );
    expect(one('Analysts warned of a sharp slowdown in hiring.').cue?.text).toBe('warned of');
    expect(one('The mayor has been critical of the transit authority.').text).toBe('the transit authority');
  });

  it('needs the preposition for "talk", "point" and "refer", and ends the object before an adverbial clause', () => {
    expect(find('The talks resumed on Monday.')).toHaveLength(0);
    expect(find('Prices rose 0.2 percentage points to 3.1 percent.')).toHaveLength(0);
    expect(one('She talked about her years as a nurse while visiting the hospital.').text).toBe('her years as a nurse');
    expect(one('The senator pointed out that the bill had already passed the House.').text).toBe('that the bill had already passed the House');
  });

  it('reads "called on X to ..." with the preposition in the cue, but not "called in to"', () => {
    const s = one('The union called on lawmakers to raise the minimum wage.');
    expect(s.cue?.text).toBe('called on');
    expect(s.text).toBe('lawmakers to raise the minimum wage');
    expect(find('She called in to a radio show from her car.')).toHaveLength(0);
  });

  it('reads a reporting noun with a possessor', () => {
    const t = "Critics rejected the governor's claim that the budget was balanced.";
    const ss = find(t);
    const claim = ss.find((s) => s.cue?.text === 'claim');
    expect(claim?.text).toBe('that the budget was balanced');
    expect(claim?.source?.text).toBe("the governor's");
    checkSpans(t, ss);
    expect(one('Her promise to cut fuel taxes won applause.').text).toBe('to cut fuel taxes won applause');
    const about = one("The minister's remarks about the strike angered unions.");
    expect(about.cue?.text).toBe('remarks about');
    expect(about.text).toBe('the strike angered unions');
  });

  it('ends a fronted reporting noun clause at its comma', () => {
    const s = one('Contrary to his claim that nobody would notice, the cuts closed three clinics.');
    expect(s.text).toBe('that nobody would notice');
    expect(s.source?.text).toBe('his');
  });

  it('reads sourceless hedges ("seems", "is expected to") as the whole clause', () => {
    const s = one('The new port is expected to open next spring.');
    expect(s.text).toBe('The new port is expected to open next spring');
    expect(s.source).toBeNull();
    expect(s.cueType).toBe('cognition');
    expect(one('Voters seem tired of the feud.').text).toBe('Voters seem tired of the feud');
    expect(find('It seems so.')).toHaveLength(0);
  });

  it('reads a block quote announced by "X added:" at the end of a paragraph', () => {
    const t = 'The coach added:\n\nWe were not good enough tonight, and we know it.';
    const s = one(t);
    expect(s.text).toBe('We were not good enough tonight, and we know it.');
    expect(s.source?.text).toBe('The coach');
  });

  it('keeps an indirect statement and the quote that continues it after "X said."', () => {
    const t = 'The plant will close in March, Ms. Ortiz said. "We tried everything to keep it open."';
    const s = one(t);
    expect(s.fragments).toHaveLength(2);
    expect(s.text).toBe(t);
    expect(s.source?.text).toBe('Ms. Ortiz');
    checkSpans(t, [s]);
  });

  it('takes only the quote after "Asked about X, Y said,"', () => {
    const s = one('Asked about the delay, the director said, “We are waiting for the engineers.”');
    expect(s.text).toBe('“We are waiting for the engineers.”');
  });

  it('does not take a time clause after "said" for content', () => {
    expect(find('That was what the coach said when he resigned in 2019.').every((s) => !s.text.startsWith('when'))).toBe(true);
    expect(one('The treasurer said as much in a letter.').text.startsWith('as much')).toBe(true);
  });

  it('does not read "continued to" as a report', () => {
    expect(find('Many regulars continued to stay away from the stadium.')).toHaveLength(0);
  });

  it('reads appositive sources after a leading conjunction and with an abbreviated state', () => {
    const a = one('But Ann Reyes, a senior fellow at the Hudson Center, said utilities still want coal.');
    expect(a.source?.text).toBe('Ann Reyes, a senior fellow at the Hudson Center');
    const b = one('Johnnie Ward, of Springfield, Va., said he had served two tours.');
    expect(b.source?.text).toBe('Johnnie Ward');
    expect(b.text).toBe('he had served two tours');
  });

  it('reads a quote after "told reporters after the meeting" as trailing speech', () => {
    const t = '"We are in a difficult situation," the chancellor told reporters after the summit that was held in Vienna.';
    const s = one(t);
    expect(s.text).toBe('"We are in a difficult situation,"');
    expect(s.source?.text).toBe('the chancellor');
  });

  it('keeps a finite clause whose object contains a relative "that"', () => {
    expect(one('The chief said officials have video that shows the blast.').text).toBe('officials have video that shows the blast');
  });
});
