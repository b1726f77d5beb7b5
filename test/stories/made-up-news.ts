/**
 * Invented news texts (no corpus text) for the pipeline-level story tests. Every name, place and
 * figure is made up; the rewrites paraphrase, keep the quotes verbatim and the key facts.
 */
export const STRIKE_ORIGINAL = {
  title: 'Dockworkers at Port Lindavik walk out over pay',
  text: `About 1,200 dockworkers at Port Lindavik began a 48-hour strike on Monday after talks on a 14% pay rise collapsed, the Harbour Workers Union said.
Union leader Rasa Vaitkute said the port authority had offered 6% over two years. "We have kept this port running through every storm and every crisis, and we are asking for a fair share," she told reporters at the main gate.
Port director Tomas Jankauskas said 37 ships were waiting at anchor. "The offer on the table is the best this port can afford," he said in a statement.
The strike is the first at Lindavik since 2011.`,
};

export const STRIKE_REWRITE = {
  title: 'Lindavik port paralysed as 1,200 workers strike',
  text: `Some 1,200 workers downed tools at Port Lindavik on Monday for 48 hours, according to the Harbour Workers Union, after negotiations over a 14% raise broke down.
Vaitkute, who leads the union, called the authority's 6% offer insulting. "We have kept this port running through every storm and every crisis, and we are asking for a fair share," Rasa Vaitkute said.
Director Tomas Jankauskas put the number of vessels waiting offshore at 37. "The offer on the table is the best this port can afford," Jankauskas said.
Lindavik last saw a strike in 2011.`,
};

export const STRIKE_SECOND_COPY = {
  title: 'Strike halts Port Lindavik, 37 ships wait at anchor',
  text: `A 48-hour walkout by 1,200 dockworkers stopped Port Lindavik on Monday. The Harbour Workers Union wants a 14% pay rise; the port offered 6%.
"We have kept this port running through every storm and every crisis, and we are asking for a fair share," said union leader Rasa Vaitkute.
Port director Tomas Jankauskas: "The offer on the table is the best this port can afford." It is the port's first strike since 2011.`,
};

/** Two trials on the same day, in the same country, reported with the same rights-group figure. */
export const TRIAL_JOURNALIST = {
  title: 'Court in Verensk jails journalist Mikael Dorin for five years',
  text: `A court in Verensk on Thursday sentenced journalist Mikael Dorin to five years in prison on charges of "discrediting the state", his editor Anna Kulik said.
Dorin, 41, was detained in February after publishing an investigation into the regional governor's property. "He did his job and nothing else," Kulik said after the hearing.
The rights group Open Doors counts 860 political prisoners in the country.`,
};

export const TRIAL_JOURNALIST_COPY = {
  title: 'Five-year sentence for Verensk reporter Dorin',
  text: `Verensk journalist Mikael Dorin was handed a five-year prison term on Thursday for "discrediting the state", according to his editor Anna Kulik.
The 41-year-old had been in custody since February, when he published a report on the governor's property. "He did his job and nothing else," Kulik told reporters.
Open Doors says the country holds 860 political prisoners.`,
};

export const TRIAL_TEACHER = {
  title: 'Teacher Olena Sarvik sentenced to three years in Tamsk',
  text: `A court in Tamsk on Thursday sentenced schoolteacher Olena Sarvik to three years in a penal colony for donating to a strike fund, the rights group Open Doors said.
Sarvik, 55, was arrested in March at her school. "My mother taught children for thirty years," her son Piotr Sarvik said outside the courthouse.
Open Doors counts 860 political prisoners in the country.`,
};

/** The official reaction to the journalist's verdict: same person named, another event. */
export const VERDICT_REACTION = {
  title: 'Interior minister defends Dorin verdict',
  text: `Interior Minister Karel Ostrov on Thursday rejected foreign criticism of the prison sentence handed to journalist Mikael Dorin, calling it an attempt to pressure the courts.
"Our judges are independent and no embassy will tell them what to decide," Ostrov told a news conference in the capital after meeting police chiefs.`,
};

/** A follow-up about the same journalist eight days later. */
export const DORIN_FOLLOW_UP = {
  title: 'Jailed journalist Dorin transferred to colony near Orsk',
  text: `Journalist Mikael Dorin, sentenced last week in Verensk to five years, has been transferred to a penal colony near Orsk, his editor Anna Kulik said.
"He is calm, but none of our letters have reached him," Kulik said. Open Doors counts 860 political prisoners in the country.`,
};
