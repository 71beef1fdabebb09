import { describe, expect, it } from 'vitest';
import { findBoilerplate } from './boilerplate.js';

const removedOf = (text: string) => findBoilerplate(text).map((r) => [r.text, r.reason]);

/* Invented story lines to wrap the boilerplate in. */
const A = 'The valley council approved the new bridge budget on Tuesday, officials said.';
const B = 'Work on the crossing is expected to begin in the spring, the mayor told reporters.';

describe('findBoilerplate: removes', () => {
  it.each([
    [
      'a CLICK HERE syndication footer',
      `${A}\nCLICK HERE TO READ MORE FROM THE VALLEY COURIER\n${B}`,
      [['CLICK HERE TO READ MORE FROM THE VALLEY COURIER', 'syndication']],
    ],
    [
      'an "originally appeared" footer',
      `${A}\n\nThis article originally appeared on Harbour News.`,
      [['This article originally appeared on Harbour News.', 'syndication']],
    ],
    [
      'a "Read the full story" footer',
      `${A}\nRead the full story at the Lakeside Ledger.`,
      [['Read the full story at the Lakeside Ledger.', 'syndication']],
    ],
    [
      'an inline ALL-CAPS headline of another story',
      `${A}\nFLOODS CLOSE THREE MOUNTAIN ROADS AFTER STORM\n${B}`,
      [['FLOODS CLOSE THREE MOUNTAIN ROADS AFTER STORM', 'related-headline']],
    ],
    [
      'an ALL-CAPS headline with a question mark',
      `${A}\nWILL THE FERRY STRIKE SPREAD TO OTHER PORTS?\n${B}`,
      [['WILL THE FERRY STRIKE SPREAD TO OTHER PORTS?', 'related-headline']],
    ],
    [
      '"Related:" lines with headlines',
      `${A}\nRelated: Harbour Tolls Rise Again\nRELATED: Ferry Crews Vote on New Rota\n${B}`,
      [
        ['Related: Harbour Tolls Rise Again', 'related-headline'],
        ['RELATED: Ferry Crews Vote on New Rota', 'related-headline'],
      ],
    ],
    [
      '"Read more:" and "Also read:" lines',
      `${A}\nRead more: Why the old bridge failed\nAlso read: Ten years of ferry delays\n${B}`,
      [
        ['Read more: Why the old bridge failed', 'related-headline'],
        ['Also read: Ten years of ferry delays', 'related-headline'],
      ],
    ],
    [
      'a "More from" header and its bulleted links',
      `${A}\n${B}\n\nMore from Wire Service\n- Orchard Harvest Doubles in Dry Year\n- Rail Plan Unveiled: What It Means\n- Harbour Tolls to Rise by 5%`,
      [
        ['More from Wire Service', 'related-list'],
        ['Orchard Harvest Doubles in Dry Year', 'related-list'],
        ['Rail Plan Unveiled: What It Means', 'related-list'],
        ['Harbour Tolls to Rise by 5%', 'related-list'],
      ],
    ],
    [
      'a "Latest News" header, a blank line, then unbulleted links',
      `${A}\nLatest News\n\nCouncil Elects New Chair\nBus Fares Frozen for a Year`,
      [
        ['Latest News', 'related-list'],
        ['Council Elects New Chair', 'related-list'],
        ['Bus Fares Frozen for a Year', 'related-list'],
      ],
    ],
    [
      'a related list that ends at a story sentence',
      `${A}\nRelated stories\nCouncil Elects New Chair\nThe chair will serve two years, the council said.`,
      [
        ['Related stories', 'related-list'],
        ['Council Elects New Chair', 'related-list'],
      ],
    ],
    [
      'ad lines',
      `${A}\nAdvertisement\n${B}\nADVERTISEMENT\nStory continues below advertisement`,
      [
        ['Advertisement', 'advertisement'],
        ['ADVERTISEMENT', 'advertisement'],
        ['Story continues below advertisement', 'advertisement'],
      ],
    ],
    [
      'newsletter prompts',
      `${A}\nSign up for our morning briefing, delivered free.\nSubscribe to the Valley Courier for unlimited access.`,
      [
        ['Sign up for our morning briefing, delivered free.', 'newsletter'],
        ['Subscribe to the Valley Courier for unlimited access.', 'newsletter'],
      ],
    ],
    [
      'an inline "(Photo: ...)" credit',
      `The new ferry leaves the quay (Photo: Ana Ruiz/Valley Courier) on its first trip.\n${B}`,
      [['(Photo: Ana Ruiz/Valley Courier)', 'credit']],
    ],
    [
      'a "Photo by" line and a "Photo:" line',
      `${A}\nPhoto by Tom Lee\nPhoto: Harbour News.`,
      [
        ['Photo by Tom Lee', 'caption'],
        ['Photo: Harbour News.', 'caption'],
      ],
    ],
    [
      'a caption opened by a copyright sign',
      `© Wire. Ferry crews gather on the quay before the vote in this picture taken from video.\n\n${A}`,
      [
        [
          '© Wire. Ferry crews gather on the quay before the vote in this picture taken from video.',
          'caption',
        ],
      ],
    ],
    [
      'a wire caption ending AGENCY/Photographer',
      `Crews repair the old bridge in Halden, Norway, May 4, 2024. REUTERS/Ana Ruiz/File Photo\n${A}`,
      [
        [
          'Crews repair the old bridge in Halden, Norway, May 4, 2024. REUTERS/Ana Ruiz/File Photo',
          'caption',
        ],
      ],
    ],
    [
      'a caption ending with a Getty credit',
      `Ferry crews on strike at the port. Photo: Tom Lee/AFP via Getty Images\n${A}`,
      [['Ferry crews on strike at the port. Photo: Tom Lee/AFP via Getty Images', 'caption']],
    ],
    [
      'a "(file photo)" caption line',
      `Valley Council Chair Ana Ruiz (file photo)\n\n${A}`,
      [['Valley Council Chair Ana Ruiz (file photo)', 'caption']],
    ],
    ['an agency credit glued to a paragraph end', `${A}\n${B} —Reuters`, [['—Reuters', 'credit']]],
    [
      'only the photographer credit glued to a story sentence',
      `${A}\nShe said the ferry would run again soon. Tom Lee/Getty Images\n${B}`,
      [['Tom Lee/Getty Images', 'credit']],
    ],
    [
      'wire staff credits in parentheses',
      `${A} (Reporting by Ana Ruiz; Editing by Tom Lee)`,
      [['(Reporting by Ana Ruiz; Editing by Tom Lee)', 'credit']],
    ],
    [
      '"Published On" and "Updated" time stamps',
      `Published On: Mon, 3 Jun 2024 09:12:44 CET\n${A}\nUpdated 2 hours ago`,
      [
        ['Published On: Mon, 3 Jun 2024 09:12:44 CET', 'other'],
        ['Updated 2 hours ago', 'other'],
      ],
    ],
    [
      'share and follow lines',
      `${A}\nShare this article\nFollow us on Telegram for breaking news.\nFollow the Courier Facebook page for the latest updates.`,
      [
        ['Share this article', 'navigation'],
        ['Follow us on Telegram for breaking news.', 'navigation'],
        ['Follow the Courier Facebook page for the latest updates.', 'navigation'],
      ],
    ],
    [
      'page furniture at the end',
      `${A}\n\nShow More\nBack to top button`,
      [
        ['Show More', 'navigation'],
        ['Back to top button', 'navigation'],
      ],
    ],
    [
      'a section label as the first line',
      `Business\n\nFerry strike ends after two weeks\n\n${A}`,
      [['Business', 'navigation']],
    ],
    [
      'a live-blog link line',
      `${A}\nFerry strike talks resume – live updates\n${B}`,
      [['Ferry strike talks resume – live updates', 'related-headline']],
    ],
    [
      'an ad strip with a scroll prompt',
      `${A}\nAdvertisement ~ Scroll to continue\n${B}`,
      [['Advertisement ~ Scroll to continue', 'advertisement']],
    ],
    [
      'a sponsor strip',
      `Sponsor: Harbour Bikes, rentals by the hour\n${A}`,
      [['Sponsor: Harbour Bikes, rentals by the hour', 'advertisement']],
    ],
    [
      'top-of-page furniture: a date, a counter, a location strip',
      `Tuesday, March 5, 2024\n3\n| Halden, NF\n${A}`,
      [
        ['Tuesday, March 5, 2024', 'other'],
        ['3', 'navigation'],
        ['| Halden, NF', 'navigation'],
      ],
    ],
    [
      'a section name after the title',
      `Ferry strike ends | World News\n\n${A}`,
      [['| World News', 'navigation']],
    ],
    [
      'an "Images Outlet" credit line',
      `Images Valley Courier.com\n\n${A}`,
      [['Images Valley Courier.com', 'credit']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(removedOf(text)).toEqual(expected);
  });

  it('gives offsets into the text, without bullet marks', () => {
    const text = `${A}\nMore from Wire\n- Council Elects New Chair`;
    for (const r of findBoilerplate(text)) expect(text.slice(r.start, r.end)).toBe(r.text);
    expect(findBoilerplate(text).at(-1)?.text).toBe('Council Elects New Chair');
  });
});

describe('findBoilerplate: keeps story text', () => {
  it.each([
    [
      'a sentence that mentions a photo',
      `${A}\nThe photo, taken by a resident, shows the bridge under water.\nPhotos of the damage were shared widely online.`,
    ],
    [
      'a sentence that mentions Reuters',
      `${A}\nThe minister told Reuters the talks would resume.\nReuters could not independently verify the account.`,
    ],
    [
      'sentences that use "read"',
      `${A}\nThe statement, read aloud by a spokesman, said the crossing was safe.\nRead together, the two reports point the same way, she said.`,
    ],
    [
      'an acronym-heavy sentence with lowercase words',
      `${A}\nNATO and EU officials met the UN and IAEA teams in Brussels on Tuesday.\n${B}`,
    ],
    ['a shouted quote', `${A}\n“WE WILL NOT BACK DOWN ON THIS,” the union leader shouted.\n${B}`],
    ['an ALL-CAPS line that ends like a sentence', `${A}\nTHE COUNCIL WILL MEET AGAIN NEXT WEEK.\n${B}`],
    ['the ALL-CAPS title on the first line', `FERRY STRIKE ENDS AFTER TWO WEEKS\n\n${A}`],
    ['a short ALL-CAPS label', `${A}\nUS AND UK\n${B}`],
    [
      'an all-caps wire story',
      'THE COUNCIL MET ON TUESDAY TO DISCUSS THE BRIDGE\nOFFICIALS SAID THE WORK WOULD BEGIN IN SPRING AND END IN WINTER\nTHE MAYOR SAID SHE WAS PLEASED WITH THE VOTE RESULT\nRESIDENTS WELCOMED THE NEWS AT A PUBLIC MEETING',
    ],
    ['a dateline and a byline', `By Ana Ruiz, Valley Courier\nHALDEN, March 3 (Wire) - ${A}\n${B}`],
    [
      'a quote glued to a caption label',
      `${A}\nPhoto: Courier“We will reopen the bridge by June,” she said.`,
    ],
    [
      '"(pictured)" and "(creditors)" in a sentence',
      `${A}\nThe mayor (pictured) met the lenders (creditors) on Friday.`,
    ],
    ['"Updated" as a word in a story', `${A}\nUpdated figures showed 40 homes were flooded.`],
    [
      'a sentence starting with "More from"',
      `${A}\nMore from the council's statement will be published on Friday.`,
    ],
    [
      'a caption-like word inside a sentence',
      `${A}\nA Getty Images photographer was among those hurt, and the agency sold photos to Getty Images.`,
    ],
    ['a short title-case line with no list header above it', `${A}\nCouncil Elects New Chair\n${B}`],
    [
      'a story sentence beginning with "Share"',
      `${A}\nShare prices in the ferry operator fell 4 percent on Monday.`,
    ],
    ['a sentence starting with "Follow" that names X', `${A}\nFollow the money, said Councillor X.`],
    ['a sentence starting with "Images"', `${A}\nImages of the flooded road spread quickly online.`],
    ['a bar inside a sentence', `${A}\nThe vote was 6 | 3 in favour, a clerk said.`],
  ])('%s', (_name, text) => {
    expect(removedOf(text)).toEqual([]);
  });
});
