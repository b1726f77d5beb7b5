/** Invented news texts (not from any corpus) for the signal and hard-negative tests. */
export const TRIAL_ORIGINAL = {
  title: 'Vitebsk court jails blogger Kovalchuk for six years over posts',
  text: `The Vitebsk Regional Court on Tuesday sentenced blogger Andrei Kovalchuk to six years in a penal colony for posts criticising the authorities, his lawyer Olga Marchenko said.
Kovalchuk, 34, was detained in March at his home in Polotsk. Prosecutors had asked for seven years.
"I regret nothing, I only wrote what thousands of people were thinking," Kovalchuk told the court before the verdict.
The rights group Viasna counts him among 1,150 political prisoners in the country.`,
};

export const TRIAL_REWRITE = {
  title: 'Six-year term for Polotsk blogger who criticised officials online',
  text: `A court in Vitebsk has handed a six-year prison term to Polotsk blogger Andrei Kovalchuk over his online posts, according to his lawyer Olga Marchenko.
The 34-year-old had been held since March. Prosecutors sought seven years.
"I regret nothing, I only wrote what thousands of people were thinking," Kovalchuk said in his final statement to the judge.
According to Viasna, 1150 people are now held as political prisoners.`,
};

export const TRIAL_RUSSIAN = {
  title: 'Блогера из Полоцка приговорили к шести годам колонии',
  text: `Витебский областной суд во вторник приговорил блогера Андрея Ковальчука к шести годам колонии за публикации с критикой властей, сообщила его адвокат Ольга Марченко.
34-летний Ковальчук был задержан в марте у себя дома в Полоцке. Прокуратура просила семь лет.
«Я ни о чём не жалею, я лишь писал то, о чём думали тысячи людей», — сказал Ковальчук в суде перед приговором.
Правозащитный центр «Вясна» относит его к 1150 политзаключённым.`,
};

/** Same day, same court system and rights group, another defendant. */
export const OTHER_TRIAL_SAME_DAY = {
  title: 'Gomel court sentences teacher Sidorenko to four years',
  text: `The Gomel Regional Court on Tuesday sentenced teacher Natalia Sidorenko to four years in prison for donating to a protest fund, the rights group Viasna said.
Sidorenko, 52, was arrested in January in Rechitsa. "She is a teacher, not a criminal, and everyone in the town knows it," her husband Pavel Sidorenko told reporters.
Viasna counts 1,150 political prisoners in the country.`,
};

/** An official's reaction to the trial: same person named, another event. */
export const OFFICIAL_REACTION = {
  title: 'Foreign ministry rejects criticism of Kovalchuk verdict',
  text: `Foreign Minister Sergei Aleinik on Tuesday dismissed Western criticism of the sentencing of blogger Andrei Kovalchuk, calling the statements interference in the internal affairs of a sovereign state.
"Our courts are independent and nobody abroad will dictate to them," Aleinik told reporters in Minsk after a meeting with his Chinese counterpart.`,
};

/** A follow-up about the same person eight days later. */
export const FOLLOW_UP = {
  title: 'Jailed blogger Kovalchuk moved to penal colony in Novopolotsk',
  text: `Blogger Andrei Kovalchuk, sentenced last week by the Vitebsk Regional Court to six years, has been moved to a penal colony in Novopolotsk, his lawyer Olga Marchenko said.
"He is in good spirits but has not received any of the letters sent to him," Marchenko said. Viasna counts 1,150 political prisoners.`,
};
