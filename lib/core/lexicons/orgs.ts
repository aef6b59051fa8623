/**
 * Organisation evidence. Lower-case unless noted.
 *
 * - {@link ORG_SUFFIXES}: legal-form words that end company names ("Acme Corp", "Gazprom PJSC").
 * - {@link ORG_HEADS}: head nouns that make a capitalised name an organisation wherever they sit
 *   ("Ministry of Defence", "Democratic Party", "Bank of England", "Manchester United").
 * - {@link KNOWN_ORGS}: frequent organisation names and acronyms in international news (case kept),
 *   `"Name|Alias"` per line; these are recognised without any other evidence.
 */
export const ORG_SUFFIXES: readonly string[] = [
  'inc', 'inc.', 'corp', 'corp.', 'corporation', 'co', 'co.', 'ltd', 'ltd.', 'llc', 'plc', 'ag', 'gmbh', 'sa',
  's.a.', 'nv', 'n.v.', 'bv', 'spa', 's.p.a.', 'ab', 'asa', 'oyj', 'pjsc', 'ojsc', 'jsc', 'lp', 'llp', 'pty',
  'bhd', 'tbk', 'kk', 'sarl', 'holdings', 'holding', 'group', 'company', 'companies', 'limited', 'incorporated',
];

export const ORG_HEADS: readonly string[] = [
  // government and politics
  'ministry', 'department', 'agency', 'office', 'bureau', 'commission', 'committee', 'council', 'parliament',
  'assembly', 'senate', 'congress', 'cabinet', 'government', 'administration', 'authority', 'service',
  'services', 'directorate', 'secretariat', 'court', 'tribunal', 'party', 'front', 'movement', 'alliance',
  'coalition', 'union', 'federation', 'confederation', 'league', 'association', 'organisation',
  'organization', 'institute', 'institution', 'foundation', 'trust', 'fund', 'society', 'center', 'centre',
  'forum', 'board', 'police', 'army', 'navy', 'force', 'forces', 'guard', 'militia', 'brigade', 'brigades',
  'command', 'corps', 'duma', 'bundestag', 'bundesbank', 'reserve', 'treasury', 'mission', 'embassy',
  'consulate', 'club', 'chamber', 'exchange', 'commission', 'group', 'network', 'team',
  // economy and media
  'bank', 'airlines', 'airline', 'airways', 'motors', 'motor', 'industries', 'industry', 'systems',
  'technologies', 'technology', 'electronics', 'energy', 'oil', 'petroleum', 'gas', 'mining', 'steel',
  'chemicals', 'pharmaceuticals', 'pharma', 'telecom', 'telecommunications', 'communications', 'media',
  'news', 'times', 'post', 'journal', 'herald', 'gazette', 'tribune', 'press', 'radio', 'television', 'tv',
  'broadcasting', 'newspaper', 'magazine', 'daily', 'weekly', 'securities', 'capital', 'partners',
  'investments', 'insurance', 'financial', 'finance', 'stores', 'foods', 'brewery', 'railways', 'railway',
  'shipping', 'lines', 'entertainment', 'studios', 'pictures', 'records', 'software', 'labs', 'laboratories',
  'university', 'college', 'school', 'academy', 'hospital', 'clinic', 'church', 'mosque', 'museum',
  'orchestra', 'stock exchange', 'inc',
  // sport
  'fc', 'f.c.', 'afc', 'united', 'city', 'rovers', 'wanderers', 'athletic', 'albion', 'county', 'hotspur',
  'rangers', 'celtic', 'olympique', 'sporting', 'dynamo', 'dinamo', 'spartak', 'lokomotiv', 'real',
];

export const KNOWN_ORGS: readonly string[] = [
  'United Nations|UN|U.N.', 'North Atlantic Treaty Organization|NATO|Nato', 'European Union|EU|E.U.',
  'European Commission', 'European Parliament', 'European Central Bank|ECB', 'International Monetary Fund|IMF',
  'World Bank', 'World Trade Organization|WTO', 'World Health Organization|WHO', 'OPEC', 'OSCE', 'ASEAN',
  'African Union|AU', 'Arab League', 'G7', 'G8', 'G20', 'Red Cross|ICRC', 'Amnesty International|Amnesty',
  'Human Rights Watch', 'Greenpeace', 'Interpol', 'Europol', 'UNESCO', 'UNICEF', 'UNHCR', 'IAEA', 'FIFA', 'UEFA',
  'IOC', 'ICC', 'Security Council', 'General Assembly', 'Federal Reserve|Fed', 'Bank of England',
  'Bank of Japan', 'Congress', 'Senate', 'House of Representatives', 'House of Commons', 'House of Lords',
  'Supreme Court', 'Pentagon', 'FBI', 'CIA', 'NSA', 'KGB', 'FSB', 'GRU', 'SVR', 'MI5', 'MI6', 'Mossad', 'Hamas',
  'Hezbollah', 'Taliban', 'al Qaeda|al-Qaeda|Al Qaeda|Al-Qaeda', 'Islamic State|ISIS|ISIL', 'PLO', 'IRA',
  'Sinn Fein', 'ETA', 'PKK', 'Kurdistan Workers Party', 'Reuters', 'Associated Press|AP', 'Agence France-Presse|AFP',
  'Bloomberg', 'BBC', 'CNN', 'Fox News', 'NBC', 'CBS', 'ABC', 'NPR', 'Al Jazeera', 'Interfax', 'Tass|TASS',
  'RIA Novosti', 'Xinhua', 'Kyodo', 'Itar-Tass', 'New York Times', 'Washington Post', 'Wall Street Journal',
  'Financial Times', 'The Guardian|Guardian', 'The Economist|Economist', 'Le Monde', 'Der Spiegel', 'Politico',
  'Gazprom', 'Rosneft', 'Lukoil', 'Aeroflot', 'Sberbank', 'PDVSA', 'Saudi Aramco|Aramco', 'Chevron',
  'ExxonMobil|Exxon', 'Shell|Royal Dutch Shell', 'BP', 'TotalEnergies|Total', 'Microsoft', 'Apple', 'Google',
  'Alphabet', 'Amazon.com', 'Meta', 'Facebook', 'Twitter', 'Tesla', 'SpaceX', 'OpenAI', 'Nvidia', 'Intel',
  'IBM', 'Samsung', 'Sony', 'Toyota', 'Volkswagen', 'Boeing', 'Airbus', 'General Motors|GM', 'Ford',
  'Goldman Sachs', 'JPMorgan|JP Morgan', 'Morgan Stanley', 'Citigroup', 'HSBC', 'Barclays', 'Deutsche Bank',
  'Nasdaq', 'NYSE', 'Dow Jones', 'Republican Party|GOP', 'Democratic Party', 'Labour|Labour Party',
  'Conservative Party|Tories', 'Kuomintang|KMT', 'Communist Party', 'African National Congress|ANC',
  'Bundesbank', 'Duma|State Duma', 'Kremlin', 'Euronext', 'Moody\'s', 'Standard & Poor\'s|S&P', 'Fitch',
  'Lloyd\'s', 'Nikkei', 'Bundeswehr', 'Wagner Group|Wagner', 'Prosecutor General\'s Office',
];
