/**
 * Seats and buildings that stand for a government ("the Kremlin said", "Downing Street denied"), each
 * mapped to the country whose government they stand for. Format `"Seat|Alias>Country"`.
 * National capitals ("Caracas said") stand for governments too: they come from the country list in
 * `places.ts` and are decided by usage (subject of a speech/action verb), not listed here.
 */
export const GOVERNMENT_SEATS: readonly string[] = [
  'Kremlin>Russia', 'White House>United States', 'Downing Street|Number 10|No. 10>United Kingdom',
  'Whitehall>United Kingdom', 'Elysee|Élysée|Elysee Palace|Élysée Palace>France', 'Matignon>France',
  'Quai d\'Orsay>France', 'Zhongnanhai>China', 'Pentagon>United States', 'State Department>United States',
  'Foggy Bottom>United States', 'Capitol Hill>United States', 'Blue House>South Korea',
  'Chancellery>Germany', 'Kantei>Japan', 'Miraflores|Miraflores Palace>Venezuela', 'Planalto>Brazil',
  'Casa Rosada>Argentina', 'Los Pinos>Mexico', 'Quirinale>Italy', 'Palazzo Chigi>Italy', 'Moncloa>Spain',
  'Bankova>Ukraine', 'Ak Orda>Kazakhstan', 'Knesset>Israel', 'Vatican>Vatican',
  'Holy See>Vatican', 'Red House>Trinidad and Tobago', 'Rideau Hall>Canada', 'Parliament Hill>Canada',
  'Westminster>United Kingdom',
];
