/**
 * Regions of the world by the English names the news gives them, each with the one country that
 * holds it: first-level divisions that the populated-places gazetteer (city-timezones) knows only
 * by their own spelling ("Bayern", "Toscana", "Cataluña", "Donets'k"), and historical and
 * geographical regions, peninsulas and islands that are no division at all ("Kurzeme", "Silesia",
 * "Jutland", "Transylvania"). "Storm batters Kurzeme coast" says Latvia, as "…near Liepaja" does
 * (read-world-places.ts).
 *
 * Written for topicfeed (MIT, like the project); general geography only, never a person, outlet
 * or event. A region two or more countries share in large parts (Lapland, Tyrol, Istria, Kashmir,
 * Patagonia, Pomerania, the Riviera, Kurdistan) is left out: it says no one country. So is a name
 * as often a surname, a word or something else (Kerry, Holland, Hesse, Rhodes; Java, a language;
 * Attica, a prison; the Blue Nile, a river through two countries; the Savoy, a hotel).
 *
 * One line a country: `<ISO 3166-1 alpha-2 code> | <region>; <region>; …`. Names of up to three
 * words; diacritics as the news in English writes them most (both forms where both are common).
 */
export const WORLD_REGIONS_TABLE = `
AT | Carinthia; Styria; Upper Austria; Lower Austria
AZ | Karabakh; Nagorno-Karabakh; Nakhchivan
BE | Flanders; Wallonia
CD | Kivu; North Kivu; South Kivu; Ituri; Katanga; Kasai
CH | Grisons; Graubünden; Ticino; Valais
CN | Xinjiang; Tibet; Inner Mongolia; Manchuria; Guangdong; Sichuan; Hainan
CZ | Bohemia; Moravia
DE | Bavaria; Saxony; Lower Saxony; Thuringia; Rhineland; Westphalia; Swabia; Franconia; Ruhr; Black Forest; Saxony-Anhalt; Mecklenburg
DK | Jutland; Funen; Bornholm
EE | Saaremaa; Hiiumaa; Ida-Viru
EG | Sinai
ES | Catalonia; Andalusia; Navarre; Aragon; Castile; Asturias; Majorca; Mallorca; Ibiza; Menorca; Tenerife; Gran Canaria; Lanzarote; Canary Islands; Balearic Islands; Balearics; Basque Country
ET | Amhara; Oromia; Ogaden
FI | Ostrobothnia; Savonia; Uusimaa
FR | Normandy; Brittany; Burgundy; Provence; Corsica; Occitania; Occitanie; Dordogne; Gascony; Picardy; Côte d'Azur; Loire Valley
GB | Yorkshire; Cotswolds; Lake District; Scottish Highlands; Hebrides; Orkney; Shetland
GE | Abkhazia; South Ossetia; Adjara; Svaneti
GR | Peloponnese; Crete; Lesbos; Corfu; Chalkidiki; Evia
HR | Dalmatia; Slavonia
HU | Transdanubia
ID | Sumatra; Sulawesi; Aceh; Bali; Lombok
IE | Connemara; Donegal
IL | Galilee; Negev
IN | Ladakh; Assam; Manipur; Kerala; Odisha
IS | Reykjanes; Westfjords; Snaefellsnes; Snæfellsnes
IT | Tuscany; Lombardy; Piedmont; Sardinia; Apulia; Puglia; Aosta Valley; South Tyrol; Dolomites; Amalfi Coast; Capri
JP | Hokkaido; Honshu; Kyushu; Shikoku; Okinawa; Noto Peninsula
LT | Samogitia; Aukštaitija; Aukstaitija; Dzūkija; Dzukija
LV | Kurzeme; Courland; Vidzeme; Zemgale; Latgale
MD | Transnistria; Gagauzia
MM | Rakhine; Kachin; Shan State; Karen State; Sagaing
MX | Chiapas; Yucatán; Yucatan; Baja California; Sonora; Sinaloa; Michoacán; Michoacan
MZ | Cabo Delgado
NL | Friesland; Zeeland
NO | Lofoten; Finnmark
PH | Mindanao; Luzon; Visayas
PK | Sindh; Khyber Pakhtunkhwa; Gilgit-Baltistan
PL | Silesia; Masuria; Mazovia; Podlasie; Greater Poland; Lesser Poland; Podhale
PT | Algarve; Alentejo; Madeira; Azores
RO | Transylvania; Wallachia
RS | Vojvodina
RU | Urals; Kuban; Chechnya; Dagestan; Ingushetia; Tatarstan; Bashkortostan; Yakutia; Kamchatka; Chukotka; Kola Peninsula; Primorye; Buryatia
SD | Darfur; Kordofan
SE | Scania; Skåne; Gotland; Öland; Norrland
SN | Casamance
SO | Puntland; Somaliland; Jubaland
TR | Anatolia; Cappadocia
UA | Donbas; Donbass; Donetsk; Luhansk; Zaporizhzhia; Dnipropetrovsk; Volhynia; Podolia; Zakarpattia
US | Appalachia; Midwest; Florida Keys; Cape Cod; Long Island; Mojave
`;

/** The table as `[region, ISO code]` pairs, in its order. */
export function readWorldRegions(table: string = WORLD_REGIONS_TABLE): [string, string][] {
  const out: [string, string][] = [];
  for (const line of table.split('\n')) {
    if (line.trim() === '') continue;
    const [code, regions] = line.split('|').map((part) => part.trim());
    if (code === undefined || regions === undefined || !/^[A-Z]{2}$/u.test(code))
      throw new Error(`world-regions-table: bad line "${line}"`);
    for (const region of regions.split(';')) {
      const name = region.trim();
      if (name !== '') out.push([name, code]);
    }
  }
  return out;
}
