/**
 * Place gazetteer: countries (with their other names and capitals), US states, major cities, regions
 * and bodies of water. Data only; lookups are built lazily in `lib/core/actors/gazetteer.ts`.
 *
 * Format of {@link COUNTRIES}: `"Canonical|Alias|Alias@Capital"`. The canonical name is the one an actor
 * is named by; every alias is a bare name of the same place ("U.S." = "United States" = "America").
 * Kept as compact strings because the whole content script has a size budget.
 */
export const COUNTRIES: readonly string[] = [
  'Afghanistan@Kabul', 'Albania@Tirana', 'Algeria@Algiers', 'Andorra@Andorra la Vella', 'Angola@Luanda',
  'Antigua and Barbuda@St. John\'s', 'Argentina@Buenos Aires', 'Armenia@Yerevan', 'Australia@Canberra',
  'Austria@Vienna', 'Azerbaijan@Baku', 'Bahamas|The Bahamas@Nassau', 'Bahrain@Manama', 'Bangladesh@Dhaka',
  'Barbados@Bridgetown', 'Belarus|Byelorussia@Minsk', 'Belgium@Brussels', 'Belize@Belmopan', 'Benin@Porto-Novo',
  'Bhutan@Thimphu', 'Bolivia@La Paz', 'Bosnia and Herzegovina|Bosnia|Bosnia-Herzegovina@Sarajevo',
  'Botswana@Gaborone', 'Brazil@Brasilia', 'Brunei@Bandar Seri Begawan', 'Bulgaria@Sofia',
  'Burkina Faso@Ouagadougou', 'Burundi@Bujumbura', 'Cambodia@Phnom Penh', 'Cameroon@Yaounde', 'Canada@Ottawa',
  'Cape Verde@Praia', 'Central African Republic@Bangui', 'Chad@N\'Djamena', 'Chile@Santiago', 'China|PRC@Beijing',
  'Colombia@Bogota', 'Comoros@Moroni', 'Congo|Republic of Congo|Congo-Brazzaville@Brazzaville',
  'Democratic Republic of Congo|DR Congo|DRC|Zaire|Democratic Republic of the Congo@Kinshasa',
  'Costa Rica@San Jose', 'Ivory Coast|Cote d\'Ivoire@Yamoussoukro', 'Croatia@Zagreb', 'Cuba@Havana',
  'Cyprus@Nicosia', 'Czech Republic|Czechia@Prague', 'Czechoslovakia@Prague', 'Denmark@Copenhagen',
  'Djibouti@Djibouti', 'Dominica@Roseau', 'Dominican Republic@Santo Domingo', 'East Timor|Timor-Leste@Dili',
  'Ecuador@Quito', 'Egypt@Cairo', 'El Salvador@San Salvador', 'Equatorial Guinea@Malabo', 'Eritrea@Asmara',
  'Estonia@Tallinn', 'Eswatini|Swaziland@Mbabane', 'Ethiopia@Addis Ababa', 'Fiji@Suva', 'Finland@Helsinki',
  'France@Paris', 'Gabon@Libreville', 'Gambia|The Gambia@Banjul', 'Georgia@Tbilisi', 'Germany@Berlin',
  'Ghana@Accra', 'Greece@Athens', 'Grenada@St. George\'s', 'Guatemala@Guatemala City', 'Guinea@Conakry',
  'Guinea-Bissau@Bissau', 'Guyana@Georgetown', 'Haiti@Port-au-Prince', 'Honduras@Tegucigalpa',
  'Hungary@Budapest', 'Iceland@Reykjavik', 'India@New Delhi', 'Indonesia@Jakarta', 'Iran@Tehran', 'Iraq@Baghdad',
  'Ireland|Irish Republic|Republic of Ireland|Eire@Dublin', 'Israel@Jerusalem', 'Italy@Rome', 'Jamaica@Kingston',
  'Japan@Tokyo', 'Jordan@Amman', 'Kazakhstan@Astana', 'Kenya@Nairobi', 'Kiribati@Tarawa', 'Kosovo@Pristina',
  'Kuwait@Kuwait City', 'Kyrgyzstan|Kirghizia@Bishkek', 'Laos@Vientiane', 'Latvia@Riga', 'Lebanon@Beirut',
  'Lesotho@Maseru', 'Liberia@Monrovia', 'Libya@Tripoli', 'Liechtenstein@Vaduz', 'Lithuania@Vilnius',
  'Luxembourg@Luxembourg', 'Madagascar@Antananarivo', 'Malawi@Lilongwe', 'Malaysia@Kuala Lumpur',
  'Maldives@Male', 'Mali@Bamako', 'Malta@Valletta', 'Marshall Islands@Majuro', 'Mauritania@Nouakchott',
  'Mauritius@Port Louis', 'Mexico@Mexico City', 'Micronesia@Palikir', 'Moldova|Moldavia@Chisinau',
  'Monaco@Monaco', 'Mongolia@Ulan Bator', 'Montenegro@Podgorica', 'Morocco@Rabat', 'Mozambique@Maputo',
  'Myanmar|Burma@Naypyidaw', 'Namibia@Windhoek', 'Nauru@Yaren', 'Nepal@Kathmandu',
  'Netherlands|Holland|The Netherlands@Amsterdam', 'New Zealand@Wellington', 'Nicaragua@Managua',
  'Niger@Niamey', 'Nigeria@Abuja', 'North Korea|DPRK@Pyongyang', 'North Macedonia|Macedonia@Skopje',
  'Norway@Oslo', 'Oman@Muscat', 'Pakistan@Islamabad', 'Palau@Ngerulmud', 'Palestine|Palestinian Territories@Ramallah',
  'Panama@Panama City', 'Papua New Guinea@Port Moresby', 'Paraguay@Asuncion', 'Peru@Lima',
  'Philippines|The Philippines@Manila', 'Poland@Warsaw', 'Portugal@Lisbon', 'Qatar@Doha', 'Romania@Bucharest',
  'Russia|Russian Federation@Moscow', 'Rwanda@Kigali', 'Saint Kitts and Nevis@Basseterre',
  'Saint Lucia@Castries', 'Samoa@Apia', 'San Marino@San Marino', 'Sao Tome and Principe@Sao Tome',
  'Saudi Arabia@Riyadh', 'Senegal@Dakar', 'Serbia@Belgrade', 'Yugoslavia@Belgrade', 'Seychelles@Victoria',
  'Sierra Leone@Freetown', 'Singapore@Singapore', 'Slovakia@Bratislava', 'Slovenia@Ljubljana',
  'Solomon Islands@Honiara', 'Somalia@Mogadishu', 'South Africa@Pretoria', 'South Korea|Korea|ROK@Seoul',
  'South Sudan@Juba', 'Spain@Madrid', 'Sri Lanka@Colombo', 'Sudan@Khartoum', 'Suriname@Paramaribo',
  'Sweden@Stockholm', 'Switzerland@Bern', 'Syria@Damascus', 'Taiwan@Taipei', 'Tajikistan@Dushanbe',
  'Tanzania@Dodoma', 'Thailand@Bangkok', 'Togo@Lome', 'Tonga@Nuku\'alofa', 'Trinidad and Tobago|Trinidad@Port of Spain',
  'Tunisia@Tunis', 'Turkey|Turkiye@Ankara', 'Turkmenistan@Ashgabat', 'Tuvalu@Funafuti', 'Uganda@Kampala',
  'Ukraine@Kyiv', 'United Arab Emirates|UAE|U.A.E.@Abu Dhabi',
  'United Kingdom|UK|U.K.|Britain|Great Britain@London',
  'United States|U.S.|US|USA|U.S.A.|America|United States of America@Washington', 'Uruguay@Montevideo',
  'Uzbekistan@Tashkent', 'Vanuatu@Port Vila', 'Vatican|Vatican City|Holy See@Vatican City',
  'Venezuela@Caracas', 'Vietnam|Viet Nam@Hanoi', 'Yemen@Sanaa', 'Zambia@Lusaka', 'Zimbabwe@Harare',
  'England@London', 'Scotland@Edinburgh', 'Wales@Cardiff', 'Northern Ireland|Ulster@Belfast',
  'Hong Kong@Hong Kong', 'Puerto Rico@San Juan', 'Greenland@Nuuk', 'Gaza|Gaza Strip@Gaza', 'West Bank@Ramallah',
  'Chechnya@Grozny', 'Tibet@Lhasa', 'Crimea@Simferopol', 'Kurdistan@Arbil', 'Soviet Union|USSR@Moscow',
  'Bermuda@Hamilton', 'Macau|Macao@Macau', 'Kashmir@Srinagar', 'Abkhazia@Sukhumi', 'Transnistria@Tiraspol',
  'Western Sahara@Laayoune', 'Faroe Islands|Faroes@Torshavn', 'Gibraltar@Gibraltar', 'Aruba@Oranjestad',
];

/** The 50 US states and DC, with AP-style abbreviations as aliases. */
export const US_STATES: readonly string[] = [
  'Alabama|Ala.', 'Alaska', 'Arizona|Ariz.', 'Arkansas|Ark.', 'California|Calif.', 'Colorado|Colo.',
  'Connecticut|Conn.', 'Delaware|Del.', 'Florida|Fla.', 'Hawaii', 'Idaho', 'Illinois|Ill.', 'Indiana|Ind.',
  'Iowa', 'Kansas|Kan.', 'Kentucky|Ky.', 'Louisiana|La.', 'Maine', 'Maryland|Md.', 'Massachusetts|Mass.',
  'Michigan|Mich.', 'Minnesota|Minn.', 'Mississippi|Miss.', 'Missouri|Mo.', 'Montana|Mont.', 'Nebraska|Neb.',
  'Nevada|Nev.', 'New Hampshire|N.H.', 'New Jersey|N.J.', 'New Mexico|N.M.', 'New York State', 'North Carolina|N.C.',
  'North Dakota|N.D.', 'Ohio', 'Oklahoma|Okla.', 'Oregon|Ore.', 'Pennsylvania|Pa.', 'Rhode Island|R.I.',
  'South Carolina|S.C.', 'South Dakota|S.D.', 'Tennessee|Tenn.', 'Texas', 'Utah', 'Vermont|Vt.', 'Virginia|Va.',
  'Washington State', 'West Virginia|W.Va.', 'Wisconsin|Wis.', 'Wyoming|Wyo.', 'District of Columbia|D.C.',
];

/**
 * Major cities and provinces that are not national capitals (capitals come from {@link COUNTRIES}).
 * Chosen for how often they appear in international news datelines.
 */
export const CITIES: readonly string[] = [
  // North America
  'New York|New York City|NYC', 'Los Angeles', 'Chicago', 'Houston', 'Phoenix', 'Philadelphia', 'San Antonio',
  'San Diego', 'Dallas', 'San Francisco', 'Seattle', 'Boston', 'Detroit', 'Atlanta', 'Miami', 'Denver',
  'Las Vegas', 'Baltimore', 'Minneapolis', 'St. Louis|St Louis|Saint Louis', 'Pittsburgh', 'Cleveland', 'Cincinnati', 'Milwaukee',
  'New Orleans', 'Kansas City', 'Indianapolis', 'Nashville', 'Memphis', 'Charlotte', 'Portland', 'Sacramento',
  'Salt Lake City', 'Tampa', 'Orlando', 'Honolulu', 'Anchorage', 'Austin', 'Oakland', 'Buffalo', 'Newark',
  'Brooklyn', 'Manhattan', 'Toronto', 'Montreal', 'Vancouver', 'Calgary', 'Quebec', 'Ontario', 'Alberta',
  'Guadalajara', 'Monterrey', 'Tijuana', 'Acapulco', 'Cancun', 'Hollywood', 'Silicon Valley', 'Wall Street',
  // Latin America
  'Sao Paulo', 'Rio de Janeiro|Rio', 'Medellin', 'Cali', 'Valparaiso', 'Cordoba', 'Rosario', 'Maracaibo',
  'Guayaquil', 'Recife', 'Salvador', 'Porto Alegre', 'Belo Horizonte',
  // Europe
  'Manchester', 'Liverpool', 'Birmingham', 'Leeds', 'Glasgow', 'Sheffield', 'Bristol', 'Newcastle', 'Oxford',
  'Cambridge', 'Nottingham', 'Leicester', 'Southampton', 'Brighton', 'Aberdeen', 'Dundee', 'Wimbledon',
  'Cork', 'Limerick', 'Galway', 'Hamburg', 'Munich', 'Frankfurt', 'Cologne', 'Stuttgart', 'Dusseldorf',
  'Dortmund', 'Leipzig', 'Dresden', 'Bremen', 'Hanover', 'Bonn', 'Nuremberg', 'Marseille', 'Lyon', 'Toulouse',
  'Nice', 'Nantes', 'Strasbourg', 'Bordeaux', 'Lille', 'Monte Carlo', 'Milan', 'Naples', 'Turin', 'Florence',
  'Venice', 'Genoa', 'Bologna', 'Palermo', 'Barcelona', 'Valencia', 'Seville', 'Bilbao', 'Malaga', 'Zaragoza',
  'Porto', 'Rotterdam', 'The Hague', 'Utrecht', 'Eindhoven', 'Antwerp', 'Ghent', 'Bruges', 'Liege', 'Geneva',
  'Zurich', 'Basel', 'Lausanne', 'Davos', 'Salzburg', 'Innsbruck', 'Graz', 'Gothenburg', 'Malmo', 'Bergen',
  'Aarhus', 'Gdansk', 'Krakow', 'Wroclaw', 'Lodz', 'Poznan', 'Brno', 'Kosice', 'Debrecen', 'Cluj',
  'Thessaloniki', 'Istanbul', 'Izmir', 'Antalya', 'St Petersburg|St. Petersburg|Saint Petersburg|Leningrad',
  'Novosibirsk', 'Yekaterinburg', 'Vladivostok', 'Kaliningrad', 'Murmansk', 'Sochi', 'Kazan', 'Nizhny Novgorod',
  'Samara', 'Volgograd', 'Rostov', 'Kharkiv|Kharkov', 'Odesa|Odessa', 'Lviv', 'Donetsk', 'Luhansk', 'Mariupol',
  'Dnipro', 'Sevastopol', 'Kiev', 'Split', 'Dubrovnik', 'Mostar', 'Banja Luka', 'Tuzla', 'Novi Sad', 'Pale',
  'Srebrenica', 'Gorazde', 'Vukovar',
  // Middle East and Africa
  'Tel Aviv', 'Haifa', 'Bethlehem', 'Hebron', 'Jericho', 'Nablus', 'Jenin', 'Gaza City', 'Dubai', 'Jeddah',
  'Mecca', 'Medina', 'Basra', 'Mosul', 'Kirkuk', 'Erbil', 'Fallujah', 'Aleppo', 'Homs', 'Idlib', 'Raqqa',
  'Isfahan', 'Mashhad', 'Tabriz', 'Aden', 'Benghazi', 'Misrata', 'Alexandria', 'Giza', 'Luxor', 'Casablanca',
  'Marrakesh', 'Tangier', 'Lagos', 'Kano', 'Johannesburg', 'Cape Town', 'Durban', 'Soweto', 'Mombasa',
  'Goma', 'Lubumbashi', 'Timbuktu', 'Darfur', 'Bulawayo',
  // Asia and Oceania
  'Shanghai', 'Guangzhou', 'Shenzhen', 'Wuhan', 'Chengdu', 'Chongqing', 'Tianjin', 'Nanjing', 'Xian', 'Harbin',
  'Hangzhou', 'Kowloon', 'Osaka', 'Kyoto', 'Yokohama', 'Nagoya', 'Kobe', 'Hiroshima', 'Nagasaki', 'Okinawa',
  'Sapporo', 'Fukuoka', 'Busan|Pusan', 'Incheon', 'Mumbai|Bombay', 'Kolkata|Calcutta', 'Chennai|Madras',
  'Bangalore|Bengaluru', 'Hyderabad', 'Ahmedabad', 'Delhi', 'Karachi', 'Lahore', 'Peshawar', 'Rawalpindi',
  'Quetta', 'Kandahar', 'Herat', 'Mazar-i-Sharif', 'Ho Chi Minh City|Saigon', 'Chittagong', 'Surabaya', 'Bali',
  'Medan', 'Penang', 'Cebu', 'Davao', 'Mindanao', 'Chiang Mai', 'Phuket', 'Sydney', 'Melbourne', 'Brisbane',
  'Perth', 'Adelaide', 'Hobart', 'Darwin', 'Auckland', 'Christchurch', 'Taipei', 'Kaohsiung', 'Almaty',
  'Samarkand', 'Colombo', 'Kandy',
];

/** Continents, regions, seas, mountain ranges and other geographic names that are places, not states. */
export const REGIONS: readonly string[] = [
  'Europe', 'Asia', 'Africa', 'North America', 'South America', 'Latin America', 'Central America', 'Antarctica',
  'Oceania', 'Middle East', 'Near East', 'Far East', 'Gulf', 'Persian Gulf', 'Arabian Peninsula', 'Balkans',
  'Baltics', 'Caucasus', 'North Caucasus', 'Scandinavia', 'Siberia', 'Central Asia', 'Southeast Asia',
  'South Asia', 'East Asia', 'West Africa', 'East Africa', 'North Africa', 'Southern Africa', 'Sahara', 'Sahel',
  'Horn of Africa', 'Western Europe', 'Eastern Europe', 'Central Europe', 'Mediterranean', 'Caribbean',
  'Caribbean Sea', 'Pacific', 'Pacific Ocean', 'Eastern Pacific', 'Atlantic', 'Atlantic Ocean', 'Indian Ocean',
  'Arctic', 'Black Sea', 'Baltic Sea', 'Red Sea', 'Dead Sea', 'North Sea', 'South China Sea', 'East China Sea',
  'Sea of Japan', 'Caspian Sea', 'Aegean', 'Adriatic', 'Strait of Hormuz', 'Taiwan Strait', 'English Channel',
  'Suez Canal', 'Panama Canal', 'Golan Heights', 'Sinai', 'Himalayas', 'Alps', 'Andes', 'Amazon', 'Nile',
  'Danube', 'Rhine', 'Mississippi River', 'Yangtze', 'Mekong', 'Euphrates', 'Tigris', 'Jordan River',
  'Midwest', 'New England', 'Deep South', 'Pacific Northwest', 'Patagonia', 'Punjab', 'Kurdistan Region',
  'Donbas', 'Kashmir Valley', 'Yorkshire', 'Lancashire', 'Bavaria', 'Catalonia', 'Andalusia', 'Basque Country',
  'Flanders', 'Wallonia', 'Corsica', 'Sardinia', 'Sicily', 'Tuscany', 'Lombardy', 'Normandy', 'Brittany',
  'Provence', 'Silesia', 'Transylvania', 'Kosovo Polje', 'Slavonia', 'Krajina', 'Dagestan',
  'Ingushetia', 'Tatarstan', 'Xinjiang', 'Guangdong', 'Hainan', 'Sichuan', 'Manchuria',
  'Borneo', 'Java', 'Sumatra', 'Tasmania', 'Queensland', 'New South Wales', 'Victoria', 'Ulster', 'Tyrol',
];
