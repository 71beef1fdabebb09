/** Invented wire stories for the dedup tests: one story, a lightly edited copy, and a second story on the same topic. */

export const STORY = `The coastal state of Meridia said on Tuesday that a cargo ship carrying grain had been stopped by
naval patrol boats from neighbouring Tarsovia about twelve miles off its southern coast, the third such incident this month.
A spokesman for the Meridian foreign ministry told reporters in the capital that the vessel was boarded without warning and
that its crew of nineteen was held for several hours before being allowed to continue toward the port of Calis.
Tarsovia's defence ministry denied that any boarding had taken place. In a short statement it said its patrol boats had
only carried out a routine inspection of documents in waters it considers its own, and that no crew member was detained.
The dispute over the maritime boundary has simmered for more than a decade, but shipping companies say the pace of
inspections has risen sharply since the spring. Insurance rates for vessels calling at Calis have doubled, according to
two brokers who spoke on condition of anonymity because they were not authorised to discuss client business.
Regional diplomats said talks between the two governments, which had been planned for next week in a neutral third
country, were now in doubt. A senior official in Meridia said the government would raise the matter at the regional
council and was considering asking for an independent observer mission to monitor the shipping lanes.
Grain exports account for nearly a third of Meridia's foreign earnings, and the harvest season begins next month.`;

/** The same story as another outlet ran it: a new headline line, two words changed, its own footer. */
export const EDITED_COPY = `Meridia says Tarsovian patrol boats stopped grain ship
${STORY.replace('on Tuesday', 'on Tuesday morning').replace('sharply', 'steeply')}
Copyright 2026 Example News Agency. All rights reserved. Follow us for more world news.`;

/** A different story on the same topic, with the same places and some of the same words. */
export const OTHER_STORY = `Shipping companies operating in the strait between Meridia and Tarsovia have begun routing grain
cargoes through longer northern lanes, adding two days to voyages, after a series of inspections by Tarsovian patrol boats.
Executives at three firms said the detours raise fuel costs but avoid delays that can stretch beyond a day when vessels are
held for document checks. One captain described being escorted for hours while officers examined the crew list.
Tarsovia maintains that the inspections are lawful and routine, and its trade minister said this week that the country
welcomes commercial traffic that respects its waters. Meridia has called the checks harassment aimed at its harvest exports.
Port officials at Calis reported that arrivals fell by a fifth last month compared with the same month a year earlier,
while the northern port of Velna saw a rise. Analysts said the shift could become permanent if the boundary dispute is not
settled before the next harvest, and that smaller exporters, who cannot absorb higher freight costs, would be hit hardest.`;
