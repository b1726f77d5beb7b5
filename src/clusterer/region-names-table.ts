/**
 * Continents and regions the news names as it names a country, read the same way and written in
 * the format of country-names-table.ts (MIT, like the project): "Antarctic sea ice" and "лёд у
 * Антарктиды", "Caucasus" and "Кавказ", "Middle East" and "Ближний Восток" are one place, where
 * their name skeletons or their words differ. General geography only. A stem that would swallow a name or word is listed whole ("азия", not "ази*", which reads
 * "Азиз"; "крым", not "крым*", which reads "Крымов").
 */
export const REGION_NAMES_TABLE = `
place antarctica | antarctica | антарктид* антарктик* | антарктыд* антарктык*
people antarctica | antarctic | антарктическ* | антарктычн*
place arctic | arctic | арктик* | арктык*
people arctic |  | арктическ* | арктычн*
place africa | africa | африка африки африке африку африкой | афрыка афрыкі афрыцы афрыку
people africa | african africans | африканск* африканц* | афрыканск* афрыканц*
place asia | asia | азия азии азию азией | азія азіі азію азіяй
people asia | asian asians | азиатск* | азіяцк*
place crimea | crimea | крым крыма крыму крымом | крым крыма крыме
people crimea | crimean crimeans | крымск* крымчан* | крымск*
place siberia | siberia | сибирь сибири сибирью | сібір сібіры
people siberia | siberian siberians | сибирск* | сібірск*
place caucasus | caucasus | кавказ кавказа кавказе кавказу | каўказ каўказа каўказе
people caucasus |  | кавказск* | каўказск*
place balkans | balkans | балканы балкан балканах балканам | балканы балкан балканах
people balkans | balkan | балканск* | балканск*
place baltic | baltics | прибалтика прибалтики прибалтике прибалтику | прыбалтыка прыбалтыкі прыбалтыцы
people baltic | baltic | прибалтийск* балтийск* | прыбалтыйск* балтыйск*
place scandinavia | scandinavia | скандинави* | скандынаві*
people scandinavia | scandinavian scandinavians | скандинавск* | скандынаўск*
place nordic | nordics |  | 
people nordic | nordic | североевропейск* | паўночнаеўрапейск*
place middle-east | middle_east mideast | ближн*_восток* | блізк*_усход*
place latin-america | latin_america | латинск*_америк* | лацінск*_амерык*
place central-asia | central_asia | центральн*_ази* | цэнтральн*_азі*
`;
