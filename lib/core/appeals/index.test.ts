import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareText } from '../text/prepare';
import type { Appeal, PageSignals } from '../types';
import { detectAppeals } from './index';

const SEED = '/work/shared/seed/moscow-times-putin-maduro.txt';

const detect = (text: string, page?: PageSignals): Appeal[] => detectAppeals(prepareText(text), page);
const article = (text: string) => detect(text).filter((a) => a.where === 'article');

const STORY = [
  'City officials said on Tuesday that the bridge would reopen next month after repairs costing $14 million.',
  'The mayor, speaking at a news conference, said crews had replaced 40 steel beams damaged in the flood.',
  'Residents of the eastern district have waited almost a year for the crossing to reopen.',
].join('\n');

describe('detectAppeals: the reference article', () => {
  const text = readFileSync(SEED, 'utf8');
  const appeals = detect(text);

  it('finds exactly one donation appeal spanning the whole block, heading to buttons', () => {
    expect(appeals).toHaveLength(1);
    const a = appeals[0];
    expect(a.kind).toBe('donation');
    expect(a.where).toBe('article');
    expect(a.label).toBe('Donation appeal from the publisher');
    expect(a.truncatesArticle).toBe(false);
    expect(a.start).toBe(text.indexOf('A Message from The Moscow Times:'));
    expect(a.end).toBe(text.indexOf('Remind me later.') + 'Remind me later.'.length);
    expect(text.slice(a.start as number, a.end as number)).toBe(a.text);
  });

  it('leaves the story paragraph before the appeal outside it', () => {
    const before = text.indexOf('U.S. President Donald Trump has deployed warships');
    expect(before).toBeGreaterThan(0);
    expect(appeals[0].start as number).toBeGreaterThan(before);
  });
});

describe('detectAppeals: in-article appeals', () => {
  it('flags a newsletter promo in the middle of a story, and only that paragraph', () => {
    const promo = "Sign up for our Morning Briefing newsletter to get the day's top stories delivered to your inbox.";
    const text = `${STORY}\n${promo}\nPolice said the suspect had fled the scene before officers arrived.`;
    const [a, ...rest] = article(text);
    expect(rest).toHaveLength(0);
    expect(a.kind).toBe('newsletter');
    expect(a.text).toBe(promo);
    expect(a.label).toBe('Newsletter sign-up');
  });

  it('flags a metered paywall and marks the article as possibly truncated', () => {
    const text = `${STORY}\nYou have read 3 of 3 free articles this month. Subscribe to keep reading.`;
    const [a] = article(text);
    expect(a.kind).toBe('paywall');
    expect(a.truncatesArticle).toBe(true);
    expect(a.label).toBe('Paywall: article may be truncated');
  });

  it('flags "subscribe to keep reading" on its own', () => {
    const [a] = article(`${STORY}\nSubscribe to keep reading.`);
    expect(a.kind).toBe('paywall');
  });

  it('flags a registration wall as truncating', () => {
    const [a] = article(`${STORY}\nCreate a free account to continue reading this article. It only takes a minute.`);
    expect(a.kind).toBe('registration');
    expect(a.truncatesArticle).toBe(true);
    expect(a.label).toBe('Registration wall: article may be truncated');
  });

  it('flags an ad-blocker plea', () => {
    const text = `${STORY}\nWe noticed you're using an ad blocker. We rely on ad revenue to fund our journalism. Please turn off your ad blocker or whitelist us.`;
    const [a] = article(text);
    expect(a.kind).toBe('adblock');
    expect(a.label).toBe('Ad-blocker request');
  });

  it('flags a membership ask with its dismiss button', () => {
    const ask = 'Become a member today and support independent journalism. Members see fewer ads.';
    const text = `${STORY}\n${ask}\nNo thanks`;
    const [a] = article(text);
    expect(a.kind).toBe('donation');
    expect(a.text).toBe(`${ask}\nNo thanks`);
  });

  it('flags a subscription control line glued to the end of a story paragraph, without the story', () => {
    const text = `${STORY}\nA version of this article appears in print on Page A22. Order Reprints | Today's Paper | Subscribe`;
    const [a] = article(text);
    expect(a.kind).toBe('subscription');
    expect(a.text).toBe("Order Reprints | Today's Paper | Subscribe");
  });

  it('flags a shouted newsletter heading between story paragraphs', () => {
    const [a] = article(`${STORY}\nSIGN UP FOR OUR NEWSLETTER\nThe council will vote on the budget on Friday.`);
    expect(a.kind).toBe('newsletter');
    expect(a.text).toBe('SIGN UP FOR OUR NEWSLETTER');
  });

  it('keeps every span consistent with the text', () => {
    const text = `${STORY}\nSIGN UP FOR OUR NEWSLETTER\n${STORY}\nYou have 2 free articles left this month.`;
    for (const a of article(text)) expect(text.slice(a.start as number, a.end as number)).toBe(a.text);
  });
});

describe('detectAppeals: hard negatives (stories about giving, subscribing, membership)', () => {
  const negatives = [
    'The Red Cross urged residents to donate blood after the storm left hospitals short of supplies.',
    'Netflix subscribers will pay $2 more a month starting in January, the company said.',
    'Finland formally became a member of NATO on Tuesday. To become a member, Sweden still needs the approval of Turkey and Hungary.',
    'Support for the party fell to 18 percent in the latest poll, its lowest level since 2019.',
    '"Please support us," the shelter\'s director said. "Every donation, no matter how small, helps us feed the animals."',
    'The Times said it would ask readers to subscribe to keep reading after they hit a limit of 10 free articles a month.',
    'Under the new strategy, the newspaper will put most of its reporting behind a paywall and offer digital subscriptions for $4 a week, executives told staff.',
    'Sign-ups for the state health insurance exchange rose 12 percent, officials said.',
    'Donations to the campaign topped $5 million in the first quarter, according to filings.',
    '“We need your help to keep this clinic open,” Dr. Ana Ruiz told the crowd, urging them to sign up as volunteers.',
    'Volunteers asked shoppers to contribute canned food. Many did; the food bank said it collected 3 tons.',
    'Create a free account in the app, then tap Settings and choose a new password.',
    'Spotify said it would raise prices for its premium subscription, and analysts expect subscribers to stay.',
  ];
  for (const n of negatives) {
    it(`does not flag: ${n.slice(0, 60)}`, () => {
      expect(detect(`${STORY}\n${n}\n${STORY}`)).toEqual([]);
    });
  }

  it('does not flag a publisher article about its own paywall strategy', () => {
    const text = [
      'The Daily Ledger will begin charging for online access next month, its publisher announced on Monday.',
      'Readers will be able to view five free articles a month before being asked to subscribe, the company said.',
      'Digital subscriptions will cost $9.99 a month, with a discounted rate for students.',
      '"Quality journalism costs money, and we believe readers understand that," the publisher, Mark Ellis, said in a memo.',
      'Media analysts said the move followed similar paywalls at regional papers across the country.',
    ].join('\n');
    expect(detect(text)).toEqual([]);
  });
});

describe('detectAppeals: page-level signals', () => {
  it('reports a declared paywall without offsets', () => {
    const [a] = detect(STORY, { accessibleForFree: false, paywallEvidence: 'json-ld', paywallSelector: '.paywall' });
    expect(a).toMatchObject({ kind: 'paywall', where: 'page', start: null, end: null, evidence: 'json-ld', truncatesArticle: true });
  });

  it('reports nothing for a page declared free', () => {
    expect(detect(STORY, { accessibleForFree: true, blocks: [] })).toEqual([]);
  });

  it('classifies dialogs and promos but not navigation', () => {
    const page: PageSignals = {
      blocks: [
        { where: 'nav', text: 'News\nSport\nSubscribe\nDonate' },
        { where: 'modal', text: "We've noticed you're adblocking.\nWe rely on advertising to help fund our journalism. Please turn off your ad blocker.\nNot now" },
        { where: 'promo', text: 'Get our newsletter\nThe best of our reporting delivered to your inbox every morning.\nSubscribe' },
        { where: 'footer', text: 'About us\nContact\nTerms of use\nPrivacy' },
      ],
    };
    const kinds = detect(STORY, page).map((a) => `${a.where}:${a.kind}`);
    expect(kinds).toEqual(['page:adblock', 'page:newsletter']);
  });

  it('ignores a lone link outside the navigation', () => {
    expect(detect(STORY, { blocks: [{ where: 'footer', text: 'Subscribe' }, { where: 'promo', text: 'Donate' }] })).toEqual([]);
  });

  it('reports a metered counter in the masthead', () => {
    const [a] = detect(STORY, { blocks: [{ where: 'promo', text: '1 of 10 articles read\nSubscribe now' }] });
    expect(a).toMatchObject({ kind: 'paywall', where: 'page', evidence: 'meter', truncatesArticle: true });
  });

  it('reports a sign-up form by its e-mail field even with terse wording', () => {
    const [a] = detect(STORY, { blocks: [{ where: 'modal', text: 'Weekly recipes and tips\nEmail\nGo', emailField: true }] });
    expect(a).toMatchObject({ kind: 'newsletter', where: 'page', evidence: 'form' });
  });

  it('does not report a block the article already shows as an appeal twice', () => {
    const text = `${STORY}\nSIGN UP FOR OUR NEWSLETTER`;
    const out = detect(text, { blocks: [{ where: 'inline', text: 'SIGN UP FOR OUR NEWSLETTER' }] });
    expect(out.map((a) => a.where)).toEqual(['article']);
  });
});

describe('detectAppeals: robustness', () => {
  it('returns nothing for empty text', () => {
    expect(detect('')).toEqual([]);
  });

  // A quadratic step would take minutes here; the bound is loose because CI machines are shared.
  it('stays fast on 5 MB of hostile input', () => {
    const chunk = 'you you "support us support support * # of # free ' + '"'.repeat(50) + ' sign up for for for ';
    const big = chunk.repeat(Math.ceil(5_000_000 / chunk.length));
    const t = performance.now();
    detect(big);
    detect(big.replace(/ /g, '\n'));
    expect(performance.now() - t).toBeLessThan(40_000);
  }, 60_000);
});
