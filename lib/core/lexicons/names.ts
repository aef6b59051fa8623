/**
 * Capitalised words that are not names of actors. Lower-case, space-separated for compactness.
 *
 * - {@link NOT_NAMES}: words that are capitalised at the start of a sentence, in headlines or by
 *   convention (days, months, pronouns, function words, common sentence openers) but never name an
 *   actor on their own.
 * - {@link NON_ACTOR_HEADS}: words that make a capitalised sequence an event, work, law, holiday or
 *   other thing rather than a person, organisation or place ("World Cup", "Grand Prix", "Patriot Act").
 * - {@link PLACE_HEADS}: words that make a capitalised sequence a place ("Grace Road", "Red Square").
 * - {@link WELL_KNOWN_PEOPLE}: surnames and mononyms that name one public figure in news on their own
 *   ("Trump", "Putin", "Yeltsin"), so that a story never introducing the full name still types them as
 *   people rather than guessing an organisation. Words that are also places or companies are left out.
 */
export const NOT_NAMES: string = `
a an the this that these those there here he she it they we you i me him her us them my his its our your
their who whom whose what which when where why how whether if then than and or but nor so yet for of in on
at by to from with without within into onto upon over under after before since until during while as also
not no yes all any some many most much more less few several each every both either neither other another
such only just even still already again never always often sometimes perhaps maybe however meanwhile
moreover furthermore nevertheless instead indeed thus hence therefore although though because unless
despite according asked told said says added earlier later last next first second third new old one two
three four five six seven eight nine ten about above below between among against around across along
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december mon tue wed thu fri sat sun jan feb mar apr jun jul aug sep
sept oct nov dec today yesterday tomorrow tonight mr mrs ms dr sir madam ok okay please thanks thank dear
hello note update editor correction photo video watch read see share click subscribe advertisement
total attendance scorers results result table standings fixtures summary source sources att pts half
halftime points played won lost drawn draw goals round group division quarterfinal semifinal final
men women boys girls world net extras add fall analysts analyst officials police sources traders dealers
fifth sixth seventh eighth ninth tenth top bottom former ex late early under leading overall other others
despite shares stocks prices markets market sales profit profits revenue earnings bonds bond index rates
there's it's i'm i've i'll i'd we're we've they're you're he's she's that's what's let's don't can't won't
people government officials residents witnesses police troops soldiers rebels authorities investors
note notes page pages section chapter part figure table list latest breaking live exclusive analysis
opinion comment review preview report reports newsroom desk staff wire copyright rights reserved
north south east west northern southern eastern western central upper lower greater
`;

export const NON_ACTOR_HEADS: string = `
cup open championship championships games olympics olympic prix tour trophy award awards prize medal
war wars act bill treaty accord accords agreement protocol convention declaration charter constitution
day week year season christmas easter ramadan eid hanukkah thanksgiving summit conference festival
series league-cup classic marathon derby stakes rally grand slam plan program programme doctrine index
law code report strategy initiative project operation
moslem moslems muslim muslims islamic islam christian christians christianity catholic catholics
protestant protestants jewish jew jews judaism hindu hindus buddhist buddhists sikh sikhs orthodox
sunni shi'ite shiite shia communist communists socialist socialists democrat democrats republican
republicans conservative conservatives liberal liberals nazi nazis marxist
`;

export const PLACE_HEADS: string = `
street st road avenue ave boulevard square lane bridge airport port harbour harbor station stadium arena
park gardens river lake mountain mountains mount mt hill hills valley island islands isle isles peninsula
bay gulf sea ocean coast strait straits canal desert forest province region county district state
oblast krai territory republic village town city heights plain plains field fields falls beach cape
`;

export const WELL_KNOWN_PEOPLE: string = `
trump obama biden clinton clintons bush pence harris sanders pelosi mcconnell schumer romney cruz rubio
desantis haley kavanaugh mueller comey giuliani bannon kushner pompeo tillerson mattis kerry cheney
rumsfeld gingrich dole gore reagan nixon carter kennedy mccain ryan boehner yellen bernanke greenspan
putin medvedev lavrov peskov shoigu navalny prigozhin kadyrov yeltsin chernomyrdin lebed zyuganov
primakov gorbachev zelensky zelenskiy zelenskyy poroshenko yanukovych lukashenko erdogan netanyahu
arafat abbas peres rabin sharon olmert mubarak sisi morsi khamenei rouhani raisi ahmadinejad assad
saddam gaddafi qaddafi macron merkel scholz kohl schroeder chirac sarkozy hollande juppe blair
cameron sunak starmer corbyn thatcher farage trudeau ardern modi xi jinping hu jiang kishida abe
duterte marcos suharto mahathir orban meloni berlusconi draghi tusk maduro chavez guaido lula
bolsonaro milei castro kagame ramaphosa zuma mandela mugabe mobutu kabila annan guterres milosevic
karadzic mladic tudjman izetbegovic musk bezos zuckerberg buffett dimon soros
`;
