/**
 * What numbers measure or count in news text: currencies, percentages, units of time and measure,
 * calendar words, and the nouns whose counts matter (people, events, casualties). Data only; keys are
 * lower-case unless stated otherwise.
 */

/** Currency symbols written before (or, in some styles, after) an amount, to ISO 4217 codes. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₽', 'RUB'], ['₹', 'INR'], ['₴', 'UAH'],
  ['₪', 'ILS'], ['₩', 'KRW'], ['₺', 'TRY'], ['₦', 'NGN'], ['₱', 'PHP'], ['₸', 'KZT'], ['₫', 'VND'],
  ['₿', 'BTC'],
]);

/**
 * Letters glued before "$" that name which dollar ("US$5", "C$10", "HK$3"). Keys keep their case:
 * "A$" is Australian, a lone "a $5 fee" is not.
 */
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['US', 'USD'], ['U.S.', 'USD'], ['C', 'CAD'], ['CA', 'CAD'], ['CAN', 'CAD'], ['A', 'AUD'], ['AU', 'AUD'],
  ['HK', 'HKD'], ['NZ', 'NZD'], ['S', 'SGD'], ['SG', 'SGD'], ['R', 'BRL'], ['NT', 'TWD'], ['MX', 'MXN'],
]);

/** ISO 4217 codes accepted before or after an amount ("USD 5", "5 EUR"). Upper-case keys. */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'USD', 'EUR', 'GBP', 'RUB', 'JPY', 'CNY', 'RMB', 'CHF', 'INR', 'CAD', 'AUD', 'HKD', 'NZD', 'SGD', 'BRL',
  'UAH', 'ILS', 'KRW', 'TRY', 'NGN', 'ZAR', 'MXN', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'VES', 'ARS',
  'KZT', 'SAR', 'AED', 'EGP', 'PKR', 'IDR', 'THB', 'TWD', 'VND', 'PHP', 'BTC',
]);

/**
 * Currency names written after an amount ("5 million euros"). Ambiguous names ("pesos", "francs") keep a
 * descriptive unit rather than a guessed country. "won" is left out: it is a past-tense verb far more often.
 */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'], ['dollars', 'USD'], ['euro', 'EUR'], ['euros', 'EUR'], ['pound', 'GBP'], ['pounds', 'GBP'],
  ['sterling', 'GBP'], ['ruble', 'RUB'], ['rubles', 'RUB'], ['rouble', 'RUB'], ['roubles', 'RUB'],
  ['yen', 'JPY'], ['yuan', 'CNY'], ['renminbi', 'CNY'], ['rupee', 'INR'], ['rupees', 'INR'],
  ['hryvnia', 'UAH'], ['hryvnias', 'UAH'], ['shekel', 'ILS'], ['shekels', 'ILS'],
  ['lira', 'TRY'], ['liras', 'TRY'], ['rand', 'ZAR'], ['naira', 'NGN'], ['zloty', 'PLN'], ['zlotys', 'PLN'],
  ['bolivar', 'VES'], ['bolivars', 'VES'], ['bolívar', 'VES'], ['bolívares', 'VES'], ['bolivares', 'VES'],
  ['tenge', 'KZT'], ['riyal', 'SAR'], ['riyals', 'SAR'], ['dirham', 'AED'], ['dirhams', 'AED'],
  ['bitcoin', 'BTC'], ['bitcoins', 'BTC'], ['peso', 'pesos'], ['pesos', 'pesos'], ['franc', 'francs'],
  ['francs', 'francs'], ['dinar', 'dinars'], ['dinars', 'dinars'], ['krona', 'kronor'], ['kronor', 'kronor'],
  ['krone', 'kroner'], ['kroner', 'kroner'],
]);

/**
 * Nationality words that pick a dollar before "dollars" ("5 million Canadian dollars"). Lower-case keys.
 */
export const DOLLAR_NATIONALITIES: ReadonlyMap<string, string> = new Map([
  ['us', 'USD'], ['u.s.', 'USD'], ['american', 'USD'], ['canadian', 'CAD'], ['australian', 'AUD'],
  ['singapore', 'SGD'], ['taiwan', 'TWD'], ['zealand', 'NZD'], ['kong', 'HKD'], ['jamaican', 'JMD'],
]);

/** Words that make an amount a percentage ("12 percent", "12 per cent", "12 pct"). */
export const PERCENT_WORDS: ReadonlySet<string> = new Set(['percent', 'pct', 'pc', 'percentage']);

/** Units of time, singular and plural (and common abbreviations), to a normalised plural. */
export const TIME_UNITS: ReadonlyMap<string, string> = new Map([
  ['second', 'seconds'], ['seconds', 'seconds'], ['sec', 'seconds'], ['secs', 'seconds'],
  ['minute', 'minutes'], ['minutes', 'minutes'], ['min', 'minutes'], ['mins', 'minutes'],
  ['hour', 'hours'], ['hours', 'hours'], ['hr', 'hours'], ['hrs', 'hours'], ['day', 'days'], ['days', 'days'],
  ['night', 'nights'], ['nights', 'nights'], ['week', 'weeks'], ['weeks', 'weeks'], ['fortnight', 'fortnights'],
  ['fortnights', 'fortnights'], ['month', 'months'], ['months', 'months'], ['year', 'years'], ['years', 'years'],
  ['yr', 'years'], ['yrs', 'years'], ['decade', 'decades'], ['decades', 'decades'], ['century', 'centuries'],
  ['centuries', 'centuries'], ['millennium', 'millennia'], ['millennia', 'millennia'],
]);

/**
 * Units of measure to a normalised symbol or name. Lower-case keys; both spellings of metric names.
 * "m" alone is metres only when glued to digits or spaced after them; "pounds" is GBP unless "of" follows
 * (handled by the caller).
 */
export const MEASURE_UNITS: ReadonlyMap<string, string> = new Map([
  ['km', 'km'], ['kms', 'km'], ['kilometer', 'km'], ['kilometers', 'km'], ['kilometre', 'km'], ['kilometres', 'km'],
  ['m', 'm'], ['meter', 'm'], ['meters', 'm'], ['metre', 'm'], ['metres', 'm'], ['cm', 'cm'], ['mm', 'mm'],
  ['mile', 'miles'], ['miles', 'miles'], ['mi', 'miles'], ['ft', 'ft'], ['foot', 'ft'], ['feet', 'ft'],
  ['yard', 'yards'], ['yards', 'yards'], ['inch', 'inches'], ['inches', 'inches'],
  ['kg', 'kg'], ['kilogram', 'kg'], ['kilograms', 'kg'], ['kilo', 'kg'], ['kilos', 'kg'], ['g', 'g'],
  ['gram', 'g'], ['grams', 'g'], ['lb', 'lb'], ['lbs', 'lb'], ['ounce', 'oz'], ['ounces', 'oz'], ['oz', 'oz'],
  ['ton', 'tons'], ['tons', 'tons'], ['tonne', 'tonnes'], ['tonnes', 'tonnes'], ['t', 'tonnes'],
  ['barrel', 'barrels'], ['barrels', 'barrels'], ['bpd', 'barrels per day'], ['gallon', 'gallons'],
  ['gallons', 'gallons'], ['liter', 'L'], ['liters', 'L'], ['litre', 'L'], ['litres', 'L'], ['l', 'L'],
  ['acre', 'acres'], ['acres', 'acres'], ['hectare', 'hectares'], ['hectares', 'hectares'], ['ha', 'hectares'],
  ['mph', 'mph'], ['kph', 'km/h'], ['kmh', 'km/h'], ['knots', 'knots'], ['knot', 'knots'],
  ['mw', 'MW'], ['megawatt', 'MW'], ['megawatts', 'MW'], ['gw', 'GW'], ['gigawatt', 'GW'], ['gigawatts', 'GW'],
  ['kw', 'kW'], ['kwh', 'kWh'], ['mwh', 'MWh'], ['gwh', 'GWh'], ['twh', 'TWh'], ['kt', 'kilotons'],
  ['kiloton', 'kilotons'], ['kilotons', 'kilotons'], ['megaton', 'megatons'], ['megatons', 'megatons'],
  ['degree', 'degrees'], ['degrees', 'degrees'], ['°c', '°C'], ['°f', '°F'], ['gb', 'GB'], ['tb', 'TB'],
  ['mb', 'MB'], ['bcm', 'bcm'],
]);

/** Month names and their AP/newswire abbreviations to month numbers (1-12). */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9],
  ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12],
  ['dec', 12],
]);

/** Words after a number that make it a clock time ("10 a.m.", "9pm", "11 o'clock", "14:00 GMT"). */
export const TIME_OF_DAY_WORDS: ReadonlySet<string> = new Set([
  'a.m.', 'p.m.', 'am', 'pm', "o'clock", 'o’clock', 'gmt', 'utc', 'bst', 'cet', 'cest', 'msk', 'et', 'edt',
  'est', 'pt', 'pdt', 'pst',
]);

/** Words before a number that make it a year ("in 2024", "since 1999"); a month also does. */
export const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'of', 'before', 'after', 'during', 'early', 'late', 'mid',
  'spring', 'summer', 'autumn', 'fall', 'winter', 'year', 'fiscal', 'around', 'circa', 'through',
]);

/**
 * Nouns before a number that make it a label or position, not a quantity ("page 12", "No. 1",
 * "Article 5", "section 230"). Lower-case keys; matched case-insensitively.
 */
export const LABEL_NOUNS: ReadonlySet<string> = new Set([
  'no', 'nos', 'number', 'page', 'pages', 'p', 'pp', 'section', 'sec', 'article', 'chapter', 'paragraph',
  'para', 'clause', 'vol', 'volume', 'issue', 'episode', 'season', 'round', 'phase', 'stage', 'level',
  'grade', 'gate', 'platform', 'terminal', 'room', 'flight', 'route', 'highway', 'interstate', 'exit',
  'pier', 'figure', 'fig', 'amendment', 'resolution', 'apartment', 'apt', 'suite', 'ward', 'district',
  'precinct', 'division', 'version',
]);

/**
 * Counted nouns that denote people. A count of people is a key number wherever it appears. Singular
 * "person" normalises to "people" in `index`.
 */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  'people', 'person', 'persons', 'civilians', 'civilian', 'soldiers', 'soldier', 'troops', 'servicemen',
  'children', 'child', 'kids', 'babies', 'women', 'woman', 'men', 'man', 'migrants', 'migrant', 'refugees',
  'asylum-seekers', 'protesters', 'protestors', 'demonstrators', 'workers', 'employees', 'staff', 'jobs',
  'residents', 'patients', 'passengers', 'fishermen', 'crew', 'sailors', 'officers', 'police', 'policemen',
  'militants', 'fighters', 'rebels', 'insurgents', 'journalists', 'reporters', 'prisoners', 'detainees',
  'hostages', 'captives', 'students', 'pupils', 'voters', 'members', 'citizens', 'victims', 'casualties',
  'deaths', 'dead', 'fatalities', 'bodies', 'survivors', 'inhabitants', 'households', 'families', 'users',
  'customers', 'subscribers', 'volunteers', 'doctors', 'nurses', 'teachers', 'lawmakers', 'senators',
  'delegates', 'diplomats', 'officials', 'ministers', 'judges', 'suspects', 'individuals', 'adults',
  'teenagers', 'minors', 'pilgrims', 'tourists', 'visitors', 'athletes', 'players', 'mercenaries',
  'conscripts', 'recruits', 'personnel', 'agents', 'spies', 'immigrants', 'evacuees', 'displaced',
  'infants', 'girls', 'boys', 'elderly', 'pensioners', 'farmers', 'miners', 'peacekeepers', 'marines',
  'sources', 'witnesses', 'respondents', 'candidates', 'applicants', 'signatories',
]);

/** Counted nouns that denote events or incidents ("22 strikes", "three attacks"). */
export const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'strikes', 'strike', 'airstrikes', 'airstrike', 'attacks', 'attack', 'raids', 'raid',
  'bombings', 'bombing', 'explosions', 'explosion', 'blasts', 'blast', 'shootings', 'shooting', 'protests',
  'protest', 'rallies', 'incidents', 'incident', 'cases', 'case', 'infections', 'arrests', 'arrest',
  'executions', 'killings', 'murders', 'homicides', 'crashes', 'crash', 'fires', 'earthquakes', 'outbreaks',
  'sorties', 'missiles', 'missile', 'drones', 'drone', 'rockets', 'rocket', 'shells', 'rounds', 'bombs',
  'sanctions', 'votes', 'vote', 'seats', 'violations', 'deportations', 'evictions', 'layoffs', 'complaints',
  'lawsuits', 'charges', 'convictions', 'indictments', 'hospitalizations', 'hospitalisations', 'injuries',
  'assaults', 'offences', 'offenses', 'crimes', 'clashes', 'battles', 'seizures', 'interceptions',
  'launches', 'tests', 'flights', 'elections', 'referendums', 'coups', 'deaths', 'suicides', 'overdoses',
  'floods', 'storms', 'hurricanes', 'wildfires', 'boats', 'vessels', 'ships', 'tankers', 'aircraft',
  'planes', 'jets', 'helicopters', 'tanks', 'warships', 'homes', 'houses', 'buildings', 'schools',
  'hospitals', 'villages',
]);

/**
 * Words that make a bare number a casualty or harm figure ("87 were killed", "the death toll rose to 87").
 */
export const CASUALTY_WORDS: ReadonlySet<string> = new Set([
  'killed', 'kill', 'kills', 'killing', 'dead', 'died', 'die', 'dies', 'dying', 'death', 'deaths', 'toll',
  'wounded', 'injured', 'injuring', 'hurt', 'missing', 'displaced', 'arrested', 'detained', 'evacuated',
  'executed', 'kidnapped', 'abducted', 'rescued', 'casualties', 'fatalities', 'victims', 'infected',
  'hospitalized', 'hospitalised', 'murdered', 'slain', 'perished', 'drowned', 'shot', 'stabbed', 'massacred',
  'jailed', 'imprisoned', 'sentenced', 'deported', 'fled', 'homeless', 'unemployed', 'laid',
]);
