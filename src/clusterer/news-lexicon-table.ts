/**
 * The news lexicon: words of news reporting in English, Russian and Belarusian mapped to concept
 * ids, so that "sentenced", "приговорили" and "асудзілі" meet. Written for topicfeed (MIT, like the
 * project); general vocabulary only, never a person, outlet or event.
 *
 * One concept a line: `kind id | English | Russian | Belarusian`. `kind` is `event` for what
 * happened (the verb of a headline: two reports of one event agree on it) or `thing` for what it
 * is about. Forms are separated by spaces; a form ending in `*` matches any word it begins
 * (a stem: `арестова*`), any other form matches the whole word. Words joined by `_` are a phrase
 * of consecutive words, each a form ("вышел на свободу": `выш*_на_свободу`, where "свобода" alone
 * is also freedom of speech); it tells its concept besides its words, which are read on as words.
 * Words are lower-cased, `ё` is `е`. A stem must not swallow a common name: "люд*" read "Людмилу"
 * as people, "роман*" the given name Roman, "мороз*" the surname Морозов. Such concepts list their
 * forms whole instead (test/clusterer/given-names-lexicon.test.ts checks a list of common names).
 * Acronyms are forms like any word, one per language as each writes it (NATO, НАТО, НАТА; ЕС, ЕЎ;
 * МАГАТЭ for the IAEA; АЭС, "nuclear power plant", for the nuclear concept), also written for
 * topicfeed (MIT): general institutions only.
 */
export const NEWS_LEXICON_TABLE = `
event die | die dies died dying death deaths dead | умер умерла умерли умрет скончал* смерть смерти гибель погиб* | памёр памерла памерлі памёрлі смерць смерці загінул* загінуў
event kill | kill kills killed killing killings murder murders murdered slain murdering murderer | убит* убил* убийств* | забіт* забіў забілі забойств*
event arrest | arrest arrests arrested arresting detain detains detained detention detaining apprehend apprehends apprehended grabbed nabbed into_custody remand remands remanded pending_trial | задерж* арестова* аресту* арест ареста арестом стражу | затрыма* затрыман* арыштава* арыштуе* арыштую* арышт* варту
event sentence | sentence sentences sentenced sentencing jail jails jailed imprison imprisoned convict convicts convicted conviction verdict got_years gets_years | приговор* осужден* осудил* получил*_лет получил*_года получил*_год получил*_суток арестова*_на_суток на_суток_арестова* | прысуд* асудзі* асуджан* атрымаў_гадоў атрымаў_гады атрымаў_год атрымал*_гадоў атрымал*_гады атрымал*_год атрымаў_сутак атрымал*_сутак арыштава*_на_сутак на_сутак_арыштава*
event charge | charge charges charged indict indicts indicted indictment accuse accuses accused accusation accusing accusations charging | обвин* предъяв* | абвінава* абвіна*
event release | release releases released releasing frees freed freeing pardon pardons pardoned pardoning clemency walk*_free set_free go_free goes_free went_free | освобод* освобожд* помилова* помилу* выпуст* отпуст* отпущен* выш*_на_свободу выйд*_на_свободу выход*_на_свободу выпущен*_на_свободу на_свободу_выш* на_свободу_выйд* | вызвалі* вызвален* памілава* памілуе* памілую* выпусці* адпусці* адпушчан* выйш*_на_волю выйд*_на_волю выход*_на_волю выйш*_на_свабоду выйд*_на_свабоду выпушчан*_на_волю на_волю_выйш* на_волю_выйд* на_свабоду_выйш*
event elect | elect elects elected election elections vote votes voted voting poll polls ballot referendum electing | референдум* выбор* избран* избира* голосова* голосуе* голосую* | выбар* абран* абіра* галасава* галасуе* галасую* рэферэндум*
event win | win wins won victory victorious winning | побед* выиграл* | перамог* выйграў выйгралі
event lose | lose loses lost defeat defeated losing | проиграл* поражен* | прайграў прайгралі паражэн*
event resign | resign resigns resigned resignation quit quits resigning | отставк* уволил* ушел | адстаўк* звольні*
event remove | oust ousts ousted remove removes removed impeach impeaches impeached impeachment dismiss dismisses dismissed sack sacks sacked ousting removing impeaching dismissing sacking | отстран* сместил* импичмент* | адхілі* адхілен* імпічмент*
event appoint | appoint appoints appointed appointment nominate nominated nomination nominations appointing nominating | назнач* | прызнач*
event attack | attack attacks attacked raid raids bomb bombs bombing shelling assault assaulted attackers attacking bombed | атак* удар* обстрел* нападен* | атак* удар* абстрэл* напад*
event explode | explosion explosions blast blasts explode exploded exploding | взрыв* | выбух*
event crash | crash crashes crashed collision derail derailed crashing | крушени* авари* разбил* | крушэн* аварыі аварыя разбіў*
event fire | fire fires blaze wildfire wildfires burn burned burning | пожар* горит | пажар* загарэўся загарэлася загарэліся
event flood | flood floods flooding floodwater floodwaters deluge deluges burst_its_banks bursts_its_banks burst_their_banks burst_banks | наводнени* паводк* затоп* подтоп* половод* вышл*_из_берегов | паводк* затоп* падтоп* разводдз* выйшл*_з_берагоў
event quake | earthquake earthquakes quake tremor | землетрясени* | землятрус*
event landslide | landslide landslides mudslide mudslides avalanche avalanches rockslide | оползень оползн* сель селя селем лавина лавины лавиной лавин | апоўзень апоўзн* лавіна лавіны лавінай лавін
event erupt | eruption eruptions erupt erupts erupted erupting volcano volcanoes volcanic lava | извержени* вулкан* лава лавы лаву лавой | вывяржэнн* вулкан* лава лавы лаву лавай
event storm | storm storms hurricane typhoon cyclone freezing_rain | шторм* ураган* тайфун* ледян*_дожд* | шторм* ураган* тайфун* ледзян*_дождж* ледзян*_даждж*
event protest | protest protests protesters protested protesting rally rallies demonstration demonstrations demonstrators | протест* митинг* демонстрац* | пратэст* мітынг* акцы* дэманстрац*
event strike-work | walkout walkouts on_strike strike_action general_strike national_strike indefinite_strike ended_strike hour_strike day_strike strike_enters strike_continues strikes_continue worker*_strike* staff_strike* crew*_strike* driver*_strike* nurse*_strike* doctor*_strike* teacher*_strike* pilot*_strike* miner*_strike* docker*_strike* rail_strike* bin_strike* tug_strike* port_strike* transport_strike* union*_strike* | забастов* стачк* | забастоўк* страйк*
event talks | talks negotiation negotiations negotiate negotiators summit negotiated negotiating | переговор* саммит* | перамов* саміт*
event agree | agree agrees agreed agreement deal deals accord treaty agreeing | соглаш* договор* договорил* | пагадненн* дамов* дамовіл*
event meet | meet meets met meeting visit visits visited | встрет* встреч* визит* посетил* | сустрэ* сустрэч* візіт* наведаў*
event sanction | sanction sanctions sanctioned embargo sanctioning | санкци* | санкцы*
event ban | ban bans banned prohibit prohibited outlaw outlawed banning | запрет* запрети* | забарон* забаран*
event search | search searches searched searching | обыск* | ператрус* вобшук*
event trial | trial trials hearing hearings | процесс* заседани* | працэс* пасяджэнн*
event inaugurate | sworn swear swears inaugurate inaugurated inauguration oath | присяг* инаугурац* | прысяг* інаўгурац*
event appeal | appeal appeals appealed | апелляци* обжалова* обжалу* | апеляцы* абскардж*
event fine | fine fines fined penalty fining | штраф* оштраф* | штраф* аштраф*
event injure | injure injured injuries wound wounded hurt injuring wounding | ранен* пострада* | паранен* пацярпе*
event rescue | rescue rescued evacuate evacuated evacuation rescuing evacuating | спас* эвакуа* | выратава* выратуе* выратую* эвакуа*
event launch | launch launches launched launching | запуст* запуск* | запусці* запуск*
event announce | announce announces announced unveil unveils unveiled announcing unveiling | объяви* анонсир* | абвясці* анансава* анансуе* анансую*
event raise | raise raises raised rise rises rose hike hikes hiked increase increased raising | повыси* повышени* рост вырос* подорожа* | павысі* павышэнн* рост вырас* падаража* падаражэ*
event cut | cut cuts lower lowers lowered reduce reduced decrease cutting lowering reducing | снизи* снижени* сократи* | знізі* зніжэнн* скараці*
event open | open opens opened opening reopen reopens reopened | открыл* открыти* открывает* | адкры*
event close | close closes closed closure shut shuts shutdown closing halt halts halted halting suspend suspends suspended suspension stop*_flying cease*_operations cease*_trading | закрыл* закрыти* закрывает* закро* | закры*
event warn | warn warns warned warning | предупред* | папярэдз*
event condemn | condemn condemns condemned denounce denounced denounces condemnation condemning | осуди* осужда* | асудзі* асуджа*
event reject | reject rejects rejected deny denies denied refuse refused refusing refuses rejecting denying | отклон* отверг* отказал* опроверг* | адхілі* адмові* абверг*
event investigate | investigate investigates investigated investigating investigation investigations investigator investigators probe probes probed probing inquiry examine examines | расследова* расследу* | расследава* расследу* расьсьледава* расьсьледу*
event exchange | swap swaps exchange exchanged exchanging | обмен* | абмен*
event deport | deport deported deportation expel expelled extradite extradited deporting expelling extraditing | депорт* выдвор* экстради* выслал* | дэпарт* выдвар* экстрады* выслаў*
event flee | flee flees fled escape escaped fleeing escaping | бежал* сбежал* | уцёк* збег*
event missing | missing disappear disappeared disappearance | пропал* исчез* | прапаў* прапалі знік*
event hunger-strike | hunger-strike hunger_strike hunger_strikes hunger-striking hunger-striker refused_food refuses_food refusing_food | голодовк* голодает голодают голодал голодала голодали голодать | галадоўк* галадае галадаюць галадаў галадала галадалі галадаць
event torture | torture tortured torturing | пытк* пыта* | катаван*
event poison | poison poisoned poisoning | отравлени* отрави* | атручэнн* атруці*
thing budget | budget budgets | бюджет* | бюджэт*
thing prison | prison prisons prisoner prisoners jail colony custody | тюрьм* тюрем* заключенн* колони* узник* стражей | турм* вязн* калоні* зняволен* вартай
thing political-prisoner | political-prisoner political-prisoners | политзаключ* политузник* | палітвязн* палітзняволен*
thing court | court courts judge judges tribunal magistrate magistrates | суд суда суде суды судья* судей | суд суда судзе суды суддз*
thing president | president presidents presidential | президент* | прэзідэнт*
thing minister | minister ministers ministry fm secretary secretaries | министр* госсекретар* мид мида миду мидом миде | міністр* міністэрств* дзяржсакратар* мзс
thing prime | prime premier pm | премьер* | прэм'ер* прэмʼер*
thing foreign | foreign | иностран* внешн* | замежн*
thing international | international internationally | международн* | міжнародн*
thing former | former ex | бывш* экс | былы* экс
thing government | government governments cabinet | правительств* | урад*
thing no-confidence | no_confidence confidence_vote confidence_motion | вотум* недовери* | вотум* недавер*
thing parliament | parliament parliamentary lawmakers lawmaker congress congressman congresswoman congressmen legislator legislators mp mps | парламент* депутат* | парламент* дэпутат*
thing opposition | opposition | оппозиц* | апазіцы*
thing journalist | journalist journalists reporter reporters | журналист* | журналіст*
thing activist | activist activists | активист* | актывіст*
thing prosecutor | prosecutor prosecutors prosecution | прокурор* прокуратур* | пракурор* пракуратур*
thing police | police officers | полици* милици* силовик* | паліцы* міліцы* сілавік*
thing army | army military troops soldiers forces personnel air_force | арми* военн* войск* ввс | арміі армія вайсков* войск* впс
thing border | border borders frontier frontiers | границ* пограничник* | мяж* граніц* памежнік*
thing outage | outage outages blackout blackouts | сбой сбоя сбои сбоев сбоем отключени* блэкаут* | збой збою збоі збояў адключэн* блэкаут*
thing ally | ally allies allied | союзник* | саюзнік*
thing war | war wars | войн* | вайн*
thing peace | peace | мир мира миру мирн* | мір міру мірн*
thing nuclear | nuclear npp | ядерн* атомн* аэс | ядзерн* атамн* аэс
thing drone | drone drones | беспилотник* дрон* | беспілотнік* дрон*
thing missile | missile missiles rocket rockets | ракет* | ракет*
thing oil | oil | нефт* | нафт*
thing refinery | refinery refineries | нпз нефтеперерабатывающ* | нпз нафтаперапрацоўч*
thing factory | factory factories | завод* фабрик* | завод* фабрык*
thing gas | gas | газ газа газом | газ газу
thing bank | bank banks | банк* | банк*
thing ecb | ecb european_central_bank | ецб | ецб
thing fed | fed federal_reserve | фрс | фрс
thing central-bank | central_bank central_banks | центробанк* нацбанк* | цэнтрабанк* нацбанк*
thing rate | rate rates | ставк* ставок | стаўк* ставак
thing currency | currency dollar dollars euro euros rouble roubles ruble rubles | валют* доллар* евро рубл* | валют* долар* еўра рубл* рубель
thing inflation | inflation | инфляц* | інфляц*
thing wage | wage wages salary salaries | зарплат* минималк* заработн* | заробак заробку заробкі заробкаў заробкам зарплат* мінімалк*
thing economy | economy economic gdp | экономик* экономич* ввп | эканомік* эканаміч* ўвп
thing price | price prices | цена цены цене цену ценам цен | цэна цэны цэн кошт*
thing tax | tax taxes tariff tariffs duty duties | налог* пошлин* тариф* | падат* пошлін* тарыф*
thing school | school schools | школ* | школ*
thing hospital | hospital hospitals | больниц* госпитал* | бальніц* шпіталь*
thing church | church churches priest priests pastor pastors cleric clerics clergy clergyman | церк* священник* ксендз* настоятел* | царкв* царкоў* святар* ксендз* ксяндз* пробашч*
thing child | child children kids minors | дети детей детям детьми детск* ребен* | дзец* дзіця*
thing woman | woman women | женщин* | жанчын*
thing man | man men | мужчин* | мужчын*
thing people | people | люди людей людям людьми людях людск* человек* | людзі людзей людзям людзьмі людзях людск* чалавек*
thing country | country countries nation | страна страны стране страну страной стран странам | краін*
thing city | city cities town | город* | горад*
thing capital | capital | столиц* | сталіц*
thing embassy | embassy embassies consulate consulates ambassador ambassadors envoy diplomat diplomats attache attaché | посольств* консульств* атташе посол посла послом дипломат* | пасольств* консульств* аташэ пасол пасла дыпламат*
thing refugee | refugee refugees migrant migrants asylum | беженц* мигрант* убежищ* | уцекач* мігрант* прытулк*
thing human-rights | rights | прав правозащит* | правоў праваабарон*
thing media | media newspaper newspapers outlet | сми издани* газет* | смі выданн* газет*
thing extremist | extremist extremism extremists terrorist terrorism terrorists terror militant militants islamist islamists jihadist jihadists | экстремист* терроризм* террорист* боевик* исламист* джихадист* | экстрэміст* тэрарызм* тэрарыст*
thing treason | treason | измен* госизмен* | здрад*
thing satellite | satellite satellites | спутник* | спадарожнік*
thing space | space | космос* космич* | космас* касміч*
thing vaccine | vaccine vaccines vaccination | вакцин* | вакцын*
thing virus | virus outbreak epidemic pandemic | вирус* эпидеми* пандеми* вспышк* | вірус* эпідэмі* пандэмі* успышк*
thing weather | weather temperature temperatures heat frost snow rain | погод* температур* жар* мороз мороза морозу морозом морозе морозы морозам морозами морозах морозн* снег* дожд* | надвор* тэмператур* спякот* мароз марозу марозам марозе марозы марозамі марозах марозн* снег* дажд*
thing football | football soccer match footballer footballers | футбол* матч* | футбол* матч*
thing olympics | olympic olympics | олимпи* | алімпі*
thing medal | medal medals gold silver bronze | медал* золот* серебр* бронз* | медал* золат* срэбр* бронз*
thing film | film films movie movies cinema | фильм* кино | фільм* кіно
thing book | book books novel memoir memoirs | книг* | кніг*
thing museum | museum museums | музе* | музе*
thing company | company companies firm | компани* фирм* | кампані* фірм*
thing worker | worker workers employees staff | работник* сотрудник* рабочи* | работнік* супрацоўнік* рабочы*
thing farmer | farmer farmers | фермер* | фермер*
thing student | student students | студент* | студэнт*
thing election-commission | commission cec | комисси* цик цика избирком* | камісі* цвк выбаркам*
thing ceasefire | ceasefire truce | перемири* прекращени* | перамір*
thing hostage | hostage hostages | заложник* | закладнік*
thing shooting | shooting shootings gunman gunmen shooter shooters gunfire | стрельб* | страляніну страляніна стральб*
thing bus | bus buses coach coaches | автобус* | аўтобус*
thing truck | lorry lorries truck trucks trucker truckers | грузовик* фура фуры фур фуре фуру фурой фурами дальнобойщик* | грузавік* фура фуры фур фурах фуру фурамі далёкабойшчык*
thing train | train trains railway rail | поезд* железн* | цягнік* чыгун*
thing plane | plane planes aircraft airliner flight flights airport airports | самолет* рейс* аэропорт* | самалёт* рэйс* аэрапорт*
thing ship | ship ships vessel vessels boat boats tanker | судн* корабл* лодк* танкер* | судн* карабл* лодк* танкер*
thing energy | energy electricity | энерг* электр* | энерг* электр*
thing snow | snow snowfall snowfalls snowstorm snowstorms blizzard blizzards | снег снега снегу снегом снегопад снегопада снегопады снегопадом метель метели метелью | снег снегу снегам снегапад снегападу снегапады мяцеліца мяцеліцы мяцеліцу завіруха завірухі
thing water | water | вода воды воде воду водой | вада вады вадзе ваду
thing grain | grain wheat harvest | зерн* пшениц* урожа* | зерн* пшаніц* ураджа*
thing record | record | рекорд* | рэкорд*
thing checkpoint | checkpoint checkpoints crossing crossings | кпп пункт*_пропуска | пункт*_пропуску
thing citizenship | citizenship | гражданств* | грамадзянств*
thing blogger | blogger bloggers | блогер* | блогер*
thing teacher | teacher teachers schoolteacher schoolteachers | учител* учительниц* педагог* | настаўні* педагог*
thing bribe | bribe bribes bribery bribed bribing kickback kickbacks | взятк* взяточ* | хабар хабара хабары хабараў хабарам хабарніц* хабарні*
thing customs | customs | таможн* | мытн*
thing librarian | librarian librarians | библиотекар* | бібліятэкар*
thing lawyer | lawyer lawyers attorney attorneys barrister barristers | адвокат* юрист* | адвакат* юрыст*
thing doctor | doctor doctors physician physicians surgeon surgeons medic medics | врач* медик* хирург* | доктар* урач* лекар* медык* хірург*
thing nurse | nurse nurses | медсестр* медбрат* | медсястр* медбрат*
thing pensioner | pensioner pensioners retiree retirees | пенсионер* | пенсіянер*
thing musician | musician musicians singer singers rapper rappers organist organists | музыкант* певц* певиц* рэпер* органист* | музыкант* спевак* спявачк* рэпер* арганіст*
thing artist | artist artists painter painters | художник* | мастак* мастачк*
thing writer | writer writers poet poets novelist novelists | писател* поэт* | пісьменні* паэт*
thing playwright | playwright playwrights dramatist dramatists | драматург* | драматург*
thing filmmaker | filmmaker filmmakers | режиссер* | рэжысёр* рэжысер*
thing photographer | photographer photographers | фотограф* фотокорреспондент* | фатограф* фотограф*
thing programmer | programmer programmers | программист* разработчик* | праграміст* распрацоўшчык*
thing scientist | scientist scientists researcher researchers | исследовател* | навукоўц* даследчык*
thing entrepreneur | entrepreneur entrepreneurs businessman businessmen businesswoman | предпринимател* бизнесмен* | прадпрымальні* бізнесмен*
thing asteroid | asteroid asteroids | астероид* | астэроід*
thing comet | comet comets | комет* | камет*
thing meteorite | meteorite meteorites meteor meteors fireball space_rock space_rocks | метеорит* метеор* болид* | метэарыт* метэор* балід*
thing galaxy | galaxy galaxies | галактик* | галактык*
thing telescope | telescope telescopes observatory | телескоп* обсерватор* | тэлескоп* абсерваторы*
thing astronomer | astronomer astronomers astronomy | астроном* | астраном*
thing planet | planet planets exoplanet exoplanets | планет* | планет*
thing dinosaur | dinosaur dinosaurs fossil fossils | динозавр* окаменел* | дыназаўр* скамянел*
thing archaeology | archaeologist archaeologists archaeological excavation excavations | археолог* раскопк* | археолаг* раскоп*
thing forest | forest forests woods woodland | лес леса лесу лесе лесом лесов лесах лесам лесной лесного лесные лесных | лес лесу лесе лясы лясоў лясах лясамі лясны лясная лясныя лясных
thing lake | lake lakes | озеро озера озере озеру озер озерам озерах | возера возеры вазёр азёры азёр азёрах
thing river | river rivers | река реки реке реку рекой рек реках | рака ракі рацэ раку ракой
thing peipus | peipus peipsi | чудско* | чудска* чудскім
thing daugava | daugava | даугава даугавы даугаве даугаву даугавой | даўгава даўгавы даўгаве даўгаву даўгавой
thing danube | danube | дунай дуная дунае дунаю дунаем | дунай дуная дунаі дунаю дунаем
thing vistula | vistula | висла вислы висле вислу вислой | вісла віслы вісле віслу віслай
thing bison | bison | зубр зубра зубров зубры зубрам зубрят* зубрен* | зубр зубра зуброў зубры зубрам зубран*
thing bird | bird birds | птиц* | птуш*
thing bat | bat bats | летуч*_мыш* нетопыр* | кажан*
thing wolf | wolf wolves | волк волка волки волчь* | воўк ваўка ваўкі ваўкоў
thing animal | animal animals wildlife | животн* | жывёл*
thing mushroom | mushroom mushrooms | грибов грибах грибной грибного грибные грибник* | грыбоў грыбах грыбны грыбная грыбныя грыбнік*
thing drought | drought droughts | засух* | засух*
thing pollution | smog pollution polluted | смога смогом загрязнен* | забруджван* забруджан*
thing climate | climate | климат* | клімат*
thing mine | mine mines miner miners mining colliery | шахт* горняк* рудник* | шахт* горнік* руднік*
thing coal | coal | уголь угля углем | вугаль вугалю вугалем
thing potash | potash potassium | калий калия калийн* | калій калію калійн*
thing fuel | fuel petrol gasoline diesel | топлив* бензин* дизел* | паліў* бензін* дызел*
thing heating | heating | отоплени* | ацяпленн*
thing airline | airline airlines | авиакомпани* авиаперевозчик* | авіякампані* авіяперавозчык*
thing bankruptcy | bankruptcy bankrupt insolvency insolvent | банкрот* несостоятельн* | банкрут* неплацежаздольн*
thing market | market markets | рынок рынка рынке рынку рынков рынки | рынак рынку рынкі рынкаў
thing export | export exports exported exporter exporters | экспорт* | экспарт*
thing import | import imports imported importer importers | импорт* | імпарт*
thing investment | investment investments investor investors | инвестиц* инвестор* | інвестыц* інвестар*
thing debt | debt debts | долг долга долгу долги долгов задолженност* | доўг доўгу даўгі даўгоў запазычанасц*
thing loan | loan loans credit | кредит* займ* | крэдыт* пазык*
thing pension | pension pensions | пенсия пенсии пенсию пенсий пенсионн* | пенсія пенсіі пенсію пенсій пенсійн*
thing unemployment | unemployment unemployed jobless | безработ* | беспрацоў*
thing housing | housing apartment apartments | жиль* квартир* | жыль* кватэр*
thing ticket | ticket tickets fare fares | билет* проезд проезда проезду | білет* праезд праезду
thing metro | metro subway | метро метрополитен* | метро метрапалітэн*
thing tram | tram trams trolleybus trolleybuses | трамва* троллейбус* | трамва* тралейбус*
thing car | car cars vehicle vehicles | автомобил* машин* | аўтамабіл* машын*
thing road | road roads highway highways motorway | трасс* шоссе автодорог* дорога дороги дороге дорогу | дарог* шаша
thing bridge | bridge bridges | мост моста мосту мостом мосты мостов | мост маста масце мастом масты
thing port | port ports harbour harbor | порт порта порту портом порты портов | порт порта порце портам
thing ferry | ferry ferries | паром* | паром*
thing barge | barge barges | барж* | барж*
thing cable | cable cables | кабел* | кабел*
thing pipeline | pipeline pipelines | трубопровод* газопровод* нефтепровод* | трубаправод* газаправод* нафтаправод*
thing post | postal post_office post_offices | почта почты почте почту почтой почтов* | пошта пошты пошце пошту поштай паштов*
thing village | village villages rural | деревн* сельск* | вёск* вёсак сельск*
thing egg | egg eggs | яйц* | яйк* яец
thing potato | potato potatoes | картоф* картошк* | бульб* картоф*
thing milk | milk dairy | молок* молочн* | малак* малочн*
thing sugar | sugar | сахар сахара | цукар цукру
thing meat | meat pork beef | мясо мяса мясн* свинин* говядин* | мяса мясн* свінін* ялавічын*
thing shop | shop shops store stores supermarket supermarkets | магазин* супермаркет* | крама крамы краме краму крам магазін* супермаркет*
thing visa | visa visas visa-free | виза визы визу визой виз безвиз* | віза візы візу візай віз безвіз* бязвіз*
thing tourist | tourist tourists tourism visitor visitors | турист* туризм* посетител* | турыст* турызм* наведвальнік*
thing festival | festival festivals | фестивал* кинофестивал* | фестывал* кінафестывал*
thing prize | prize prizes award awards | премия премии премию премий приз приза призом призы награ* | прэмія прэміі прэмію прэмій прыз прыза прызы узнагарод*
thing concert | concert concerts | концерт* | канцэрт*
thing album | album albums | альбом* | альбом*
thing song | song songs | песн* | песн*
thing painting | painting paintings portrait portraits canvas | картин* портрет* полотн* | карцін* партрэт* палатн*
thing auction | auction auctions auctioned | аукцион* | аўкцыён*
thing exhibition | exhibition exhibitions | выставк* экспозици* | выстава выставы выставе выставу выстаў экспазіцы*
thing theatre | theatre theater theatres theaters | театр* | тэатр*
thing documentary | documentary documentaries | документальн* | дакументальн*
thing library | library libraries | библиотек* | бібліятэк*
thing champion | champion champions championship championships | чемпион* | чэмпіён*
thing marathon | marathon marathons | марафон* | марафон*
thing tournament | tournament tournaments | турнир* | турнір*
thing hockey | hockey | хокке* | хакей*
thing tennis | tennis | теннис* | тэніс*
thing university | university universities | университет* вуз вуза вузе вузов вузы | універсітэт* вну
thing graduate | graduate graduates | выпускник* | выпускнік*
thing exam | exam exams | экзамен* | экзамен*
thing pupil | pupil pupils schoolchildren schoolchild | школьник* ученик* учащ* | школьнік* вучн* навучэнц*
thing patient | patient patients | пациент* | пацыент*
thing psychiatric | psychiatric psychiatrist psychiatrists psychiatry | психиатр* | псіхіятр*
thing spy | spy spies spying espionage | шпион* | шпіён*
thing cyberattack | cyberattack cyberattacks hacker hackers ransomware hacked | кибератак* хакер* | кібератак* хакер*
thing weapon | weapon weapons gun guns rifle rifles | оружи* | збро*
thing law | law laws legislation | закон закона закону законом законы законов законопроект* | закон закона закону законам законы законаў законапраект*
thing decree | decree decrees | указ указа указом указе | указ указа указам
thing constitution | constitution constitutional | конституц* | канстытуц*
thing mayor | mayor mayors | мэр* | мэр*
thing governor | governor governors | губернатор* | губернатар*
thing official | official officials | чиновник* | чыноўнік*
thing kgb | kgb | кгб | кдб
thing fsb | fsb | фсб | фсб
thing passport | passport passports | паспорт* | пашпарт*
thing interpol | interpol | интерпол* | інтэрпол*
thing exile | exile exiles exiled emigrant emigrants emigration emigrate emigrates emigrated emigrating emigre emigres émigré émigrés | эмигра* эмигрир* изгнани* | эміграц* эмігрант* эмігрыр* выгнанн*
thing sailor | sailor sailors yachtsman | моряк* яхтсмен* | марак* яхтсмен*
thing monument | monument monuments memorial statue | памятник* мемориал* | помнік* мемарыял*
thing cemetery | cemetery cemeteries | кладбищ* | могілк*
thing island | island islands | остров* | востра* выспа выспы выспе
thing sea | sea seas | море моря морю морем морей морск* | мора мору морам мораў марск*
thing coast | coast coastal coastline shore | побережь* | узбярэжж*
thing glacier | glacier glaciers | ледник* | ляднік*
thing sun | sun solar | солнц* солнечн* | сонц* сонечн*
thing aurora | northern_lights | сияни* | ззянн*
thing district | district districts | район района районе району районом районы районов райисполком* | раён раёна раёне раёну раёны раёнаў райвыканкам*
thing chairman | chairman chairwoman chairperson | председател* | старшыня старшыні старшыню старшынёй
thing sale | sell sells sold selling sale sales | продал продала продали продан* продаж* продает продают | прадаў прадала прадалі прададзен* продаж* прадае прадаюць
thing parcel | parcel parcels | передачи передач передачу посылк* | перадачы перадач перадачу пасылк*
thing gulf | gulf | залив* | заліў* залів*
thing request | request requests requested | запрос* | запыт*
thing radio | radio | радио* | радыё*
thing research | research study studies | исследовани* | даследаванн*
thing smuggling | smuggling smuggler smugglers smuggled contraband | контрабанд* | кантрабанд*
thing cigarette | cigarette cigarettes tobacco | сигарет* табак* | цыгарэт* тытун*
thing drugs | drugs narcotics cocaine heroin | наркоти* наркотик* кокаин* героин* | наркоты* какаін* гераін*
thing fraud | fraud fraudster fraudsters scam scammers | мошенни* афер* | махляр* махлярств* афер*
thing corruption | corruption corrupt | коррупц* | карупц*
thing theft | theft thefts stolen stealing robbery robberies | краж* похищен* ограблен* | крадзеж* скрадзен* рабаван*
thing moon | moon lunar | луна луны луне луну луной лунн* | поўня поўні
thing fog | fog foggy | туман тумана туманом | туман туману
thing volunteer | volunteer volunteers | волонтер* доброволь* добровольц* | валанцёр* валанцер* добраахвотні*
thing reactor | reactor reactors | реактор* энергоблок* | рэактар* энергаблок*
thing editor | editor editors | редактор* | рэдактар*
thing athlete | athlete athletes sportsman sportsmen sportswoman | спортсмен* атлет* | спартсмен* атлет*
thing helicopter | helicopter helicopters | вертолет* | верталёт* верталет*
thing robot | robot robots | робот* | робат*
thing ai | ai artificial_intelligence | искусственн*_интеллект* нейросет* | штучн*_інтэлект* нейрасет*
thing internet | internet online | интернет* | інтэрнэт*
thing social-media | social_media social_network social_networks | соцсет* | сацсет*
thing website | website websites site | сайт* | сайт*
thing phone | phone phones smartphone smartphones | телефон* смартфон* | тэлефон* смартфон*
thing queue | queue queues | очередь очереди очередях | чарга чаргі чэргі
thing crew | crew crews | экипаж* | экіпаж*
thing pilot | pilot pilots | пилот* летчик* | пілот* лётчык* летчык*
thing passenger | passenger passengers | пассажир* | пасажыр*
thing driver | driver drivers motorist motorists | водител* | вадзіцел* кіроўц*
thing cyclist | cyclist cyclists | велосипедист* | веласіпедыст*
thing pedestrian | pedestrian pedestrians | пешеход* | пешаход*
thing victim | victim victims | жертв* | ахвяр*
thing wife | wife wives | жена жены жене жену женой | жонка жонкі жонцы жонку жонкай
thing husband | husband husbands | муж мужа мужу мужем | муж мужа мужу мужам
thing son | son sons | сын сына сыну сыном сыновья | сын сына сыну сынам сыны
thing daughter | daughter daughters | дочь дочери дочерью дочка дочки | дачка дачкі дачку дачкой дачцэ
thing mother | mother mothers | мать матери матерью | маці
thing father | father fathers | отец отца отцу отцом | бацька бацькі бацьку бацькам
thing anniversary | anniversary | годовщин* | угодк* гадавін*
thing candidate | candidate candidates candidacy | кандидат* | кандыдат*
thing party | party parties | партия партии партию партией | партыя партыі партыю партыяй
thing veteran | veteran veterans | ветеран* | ветэран*
thing sabotage | sabotage saboteur saboteurs | диверси* | дыверсі*
thing partisan | partisan partisans | партизан* | партызан*
thing letter | letter letters | письмо письма письме письмом писем | ліст ліста лісты лістоў
thing cow | cow cows cattle livestock | корова коровы коров скот скота | карова каровы кароў жывёлагадоўл*
thing flu | flu influenza | грипп* | грып*
thing kindergarten | kindergarten kindergartens nursery | детск*_сад* детсад* | дзіцяч*_сад* дзіцсад*
thing drunk | drunk drunken alcohol | пьян* алкогол* | п'ян* пʼян* алкагол*
thing fish | fish fishing | рыба рыбы рыбу рыбой рыбалк* | рыба рыбы рыбу рыбай рыбалк*
thing dog | dog dogs puppy | собак* пес пса щен* | сабак* сабач* шчан*
thing zoo | zoo zoos | зоопарк* | заапарк*
thing reserve | national_park national_parks sanctuary nature_reserve | нацпарк* национальн*_парк* заповедник* | нацпарк* нацыянальн*_парк* запаведнік*
thing castle | castle castles | замок замка замке замком | замак замка замку замкам
thing palace | palace palaces | дворец дворца дворце дворцом | палац палаца палацы
thing station | station stations | вокзал* станци* | вакзал* станцы*
thing hotel | hotel hotels | гостиниц* отель отеля отеле отели | гасцініц* гатэль гатэля гатэлі
thing restaurant | restaurant restaurants cafe cafes | ресторан* кафе | рэстаран* кавярн* кафэ
thing damage | damage damaged damaging | поврежд* ущерб* | пашкодж* шкод*
thing distribution | distribution allocation | распределени* | размеркаванн*
thing guide | guide guides tour_guide tour_guides | экскурсовод* гид гида гиды гидом | экскурсавод* гід гіда гіды
thing warm | warm warmer warmest warming | теплый теплая теплое теплые теплым теплой теплее теплейш* потеплени* | цеплы цеплая цеплае цеплыя цеплым цяплей пацяпленн*
thing waste | waste rubbish garbage trash litter landfill | мусор* отход* свалк* | смецц* адход* звалк*
`;

/**
 * Countries and their people, the places every outlet writes in its own language (names that a
 * consonant skeleton cannot bring together: Germany, Германия, Нямеччына). General geography.
 */
export const PLACE_LEXICON_TABLE = `
thing belarus | belarus belarusian belarusians | беларус* белорус* рб | беларус* рб
thing russia | russia russian russians kremlin | росси* российск* русск* россиян* кремл* рф | расі* расійск* расейск* рускі* расіян* крэмл* рф
thing ukraine | ukraine ukrainian ukrainians | украин* | украін*
thing poland | poland polish poles | польш* польск* поляк* | польшч* польск* палякі*
thing lithuania | lithuania lithuanian | литв* литовск* | літв* літоўск*
thing latvia | latvia latvian | латви* латвийск* | латві* латвійск*
thing estonia | estonia estonian | эстони* эстонск* | эстоні* эстонск*
thing germany | germany german germans | германи* немецк* немц* фрг | германі* нямеч* немц* нямецк*
thing france | france french | франци* французск* | францы* французск*
thing britain | britain british uk england english | британи* британск* великобритани* англи* английск* | брытані* брытанск* вялікабрытані* англі* англійск*
thing united-states | usa america american americans washington | сша америк* американск* вашингтон* | зша амерык* амерыканск* вашынгтон*
thing china | china chinese beijing | кита* пекин* кнр | кітай* кітайск* пекін* кнр
thing japan | japan japanese tokyo | япони* японск* токио | японі* японск* токіо
thing india | india indian | индия индии индию индией индийск* | індыі індыя індыйск*
thing iran | iran iranian tehran | иран* тегеран* | іран* тэгеран*
thing israel | israel israeli israelis | израил* | ізраіл*
thing turkey | turkey turkish | турци* турецк* | турцы* турэцк*
thing syria | syria syrian | сири* сирийск* | сірыі сірыя сірыйск*
thing georgia | georgia georgian tbilisi | грузи* тбилиси | грузі* тбілісі
thing armenia | armenia armenian | армени* армянск* | арменіі арменія армянск*
thing azerbaijan | azerbaijan azerbaijani | азербайджан* | азербайджан*
thing kazakhstan | kazakhstan kazakh | казахстан* | казахстан*
thing moldova | moldova moldovan | молдов* молдав* | малдов* малдав*
thing hungary | hungary hungarian | венгри* венгерск* | венгры* вугорск* венгерск*
thing czechia | czech czechia prague | чехи* чешск* прага праги праге прагу | чэхі* чэшск* праз* праг*
thing slovakia | slovakia slovak | словаки* словацк* | славакі* славацк*
thing romania | romania romanian | румыни* румынск* | румыні* румынск*
thing italy | italy italian | итали* итальянск* | італі* італьянск*
thing spain | spain spanish | испани* испанск* | іспані* іспанск*
thing sweden | sweden swedish | швеци* шведск* | швецы* шведск*
thing finland | finland finnish | финлянди* финск* | фінлянды* фінск*
thing norway | norway norwegian | норвеги* норвежск* | нарвегі* нарвежск*
thing european-union | eu european europe | евросоюз* европ* ес | еўрасаюз* еўроп* эўроп* еў
thing nato | nato | нато | ната
thing atomic-agency | iaea | магатэ | магатэ
thing interior-ministry | interior_minist* home_office | мвд | мус
thing united-nations | un united nations | оон | аан
thing egypt | egypt egyptian cairo | египет* египт* каир* | егіпет* егіпц* каір*
thing lebanon | lebanon lebanese beirut | ливан* бейрут* | ліван* бейрут*
thing iraq | iraq iraqi baghdad | ирак* багдад* | ірак* багдад*
thing afghanistan | afghanistan afghan | афганистан* афганск* | афганістан* афганск*
thing pakistan | pakistan pakistani | пакистан* | пакістан*
thing korea | korea korean pyongyang seoul | коре* пхеньян* сеул* | карэ* пхеньян* сеул*
thing venezuela | venezuela venezuelan | венесуэл* | венесуэл*
thing cuba | cuba cuban | куба кубы кубе кубу кубинск* | куба кубы кубе кубу кубінск*
thing nicaragua | nicaragua nicaraguan | никарагуа | нікарагуа
thing mexico | mexico mexican | мексик* | мексік*
thing brazil | brazil brazilian | бразили* | бразілі*
thing canada | canada canadian | канад* | канад*
thing australia | australia australian | австрали* | аўстралі*
thing saudi-arabia | saudi | саудовск* | саудаўск*
thing myanmar | myanmar burma | мьянм* бирм* | м'янм* бірм*
thing tajikistan | tajikistan tajik | таджикистан* таджикск* | таджыкістан* таджыкск*
thing palestine | palestine palestinian palestinians gaza | палестин* | палесцін*
`;
