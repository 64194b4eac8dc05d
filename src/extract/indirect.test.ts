import { describe, expect, it } from 'vitest';
import { extractDebateGraph } from './extract';
import { findQuotes } from './find-quotes';
import {
  findAccordingTo,
  findHeadlineAction,
  findReportedSpeech,
  findTranscriptTurns,
} from './indirect';
import { paragraphs } from './segment';

/** What a finder of reported speech reads in `text`: [speaker phrase, reported words]. */
const readBy = (find: typeof findReportedSpeech) => (text: string) => {
  const paras = paragraphs(text);
  return find(text, paras, findQuotes(text, paras)).map((r) => [
    r.mention.name,
    text.slice(r.start, r.end),
  ]);
};
const reported = readBy(findReportedSpeech);
const according = readBy(findAccordingTo);

describe('findReportedSpeech', () => {
  it('reads "X said (that) …" without quote marks as reported speech of X', () => {
    expect(
      reported('Labour leader Jeremy Corbyn said the police already had huge powers.'),
    ).toEqual([['Jeremy Corbyn', 'the police already had huge powers']]);
    expect(
      reported(
        'Major General Jonathan Shaw told the Today programme that access would not end the problem.',
      ),
    ).toEqual([['Jonathan Shaw', 'access would not end the problem']]);
  });

  it('reads the subject past an apposition with a title or AP\'s party tag, and "reckons"', () => {
    expect(
      reported('Curtis Vandermolen, R-Mich., said the program was a slush fund for the state.'),
    ).toEqual([['Curtis Vandermolen', 'the program was a slush fund for the state']]);
    expect(
      reported('Her deputy, Sen. Marcus Whitfield, said Republicans would own the shutdown.'),
    ).toEqual([['Marcus Whitfield', 'Republicans would own the shutdown']]);
    expect(
      reported('Mr Saputra reckons the population of the district has grown fivefold since 2000.'),
    ).toEqual([['Saputra', 'the population of the district has grown fivefold since 2000']]);
    // a relative clause that ends in a place and its region ("near Rosetown, Sask.,")
    for (const region of ['Sask.', 'Texas'])
      expect(
        reported(
          `Kyle Borowski, who farms wheat near Rosetown, ${region}, said he has 40,000 bushels in bins.`,
        ),
      ).toEqual([['Kyle Borowski', 'he has 40,000 bushels in bins']]);
    // a place's abbreviation ends the apposition: "Washington, D.C., feel free to …" has none
    expect(reported('You live in Washington, D.C., and say the vote will not count.')).toEqual([]);
  });

  it('reads "…, X said." at the end of a sentence: the clause before the comma is reported', () => {
    expect(
      reported('The miner has held talks with shareholders about a merger, Maria Lopez said.'),
    ).toEqual([['Maria Lopez', 'The miner has held talks with shareholders about a merger']]);
    expect(reported('The plan tilts toward the rich, the Tax Foundation said.')).toEqual([
      ['Tax Foundation', 'The plan tilts toward the rich'],
    ]);
    // a group by office
    expect(reported('The rules will take effect in March, federal regulators said.')).toEqual([
      ['federal regulators', 'The rules will take effect in March'],
    ]);
    // after a time, and by an organisation's noun
    expect(reported('The workers voted to reject the offer, officials said Friday.')).toEqual([
      ['officials', 'The workers voted to reject the offer'],
    ]);
    expect(reported('No final decision has been made on the deal, the union said.')).toEqual([
      ['union', 'No final decision has been made on the deal'],
    ]);
    // too short to report, or no frame at the end
    expect(reported('It rained, Maria Lopez said.')).toEqual([]);
    expect(
      reported('The miner held talks with shareholders, and Maria Lopez said nothing.'),
    ).toEqual([]);
  });

  it('reads a clause that holds partial quotes, marks and all, and no clause a quote holds', () => {
    expect(
      reported(
        'Sen. Luis Arriaga told The Washington Post that he was “troubled” by the contractor relationship.',
      ),
    ).toEqual([['Luis Arriaga', 'he was “troubled” by the contractor relationship']]);
    // a "that" after a quote of the clause: the clause from its start
    expect(
      reported(
        'Eoin Ó Broin said it was “extraordinary” that the Government would ask renters to wait.',
      ),
    ).toEqual([
      ['Eoin Ó Broin', 'it was “extraordinary” that the Government would ask renters to wait'],
    ]);
    // a quote that ends the sentence ends the clause with its closing mark
    expect(reported('Ann Lee said the new bill was “a disaster for families.”')).toEqual([
      ['Ann Lee', 'the new bill was “a disaster for families.”'],
    ]);
    // the quote is the statement, or its "that" is the speaker's own word: left to the quote rules
    expect(reported('Ann Lee said that “the bill will fail in the Senate.”')).toEqual([]);
    expect(reported('Ann Lee says, “You shouldn’t say that unless you can deliver it.”')).toEqual(
      [],
    );
    expect(reported('“The bill will fail in the Senate,” Ann Lee said.')).toEqual([]);
    // a quote that runs on past the sentence
    expect(reported('Ann Lee said the bill was “a disaster. We will fight it.”')).toEqual([]);
  });

  it('reads a frame set off by commas: "That design, she said, can make …", "…, said X, a Y."', () => {
    expect(
      reported('That design, Anjali Mehta said, can make a test look better than it is.'),
    ).toEqual([
      ['Anjali Mehta', 'That design, Anjali Mehta said, can make a test look better than it is'],
    ]);
    expect(
      reported(
        'Those worries apply here, too, said Thomas Whitcomb, a cancer epidemiologist at the university.',
      ),
    ).toEqual([['Thomas Whitcomb', 'Those worries apply here, too']]);
    // a time after the verb, and a conjunction after the frame that opens the writer's clause
    expect(
      reported(
        'The firm will invest $2 billion over three years, the company said on Monday, as it seeks a lead.',
      ),
    ).toEqual([['company', 'The firm will invest $2 billion over three years']]);
    // "added" and a number is no report, unless a clause goes on
    expect(reported('Josh Hart added 18 points and 14 rebounds for New York.')).toEqual([]);
    expect(reported('The spokesman added 300 homes had been destroyed in the storm.')).toEqual([
      ['spokesman', '300 homes had been destroyed in the storm'],
    ]);
    // a fronted adverbial is no clause to cut the report to
    expect(
      reported(
        'In the first half of the year, the bank said, amid rising rates, mortgage lending fell.',
      ),
    ).toEqual([
      [
        'bank',
        'In the first half of the year, the bank said, amid rising rates, mortgage lending fell',
      ],
    ]);
    // a name after the verb with an apposition that a clause goes on after: the clause is reported
    expect(
      reported('The senator, a Republican from Ohio, said Biden, the president, had failed us.'),
    ).toEqual([['senator', 'Biden, the president, had failed us']]);
    // a name after the verb that frames nothing, or an adverb between commas: the clause after it
    expect(reported('Ann Lee said Trump would lose the state by ten points.')).toEqual([
      ['Ann Lee', 'Trump would lose the state by ten points'],
    ]);
    expect(reported('Ann Lee said, however, that she hopes someone takes up the cause.')).toEqual([
      ['Ann Lee', 'she hopes someone takes up the cause'],
    ]);
  });

  it('reads plural presents of groups ("Farmers say", "Scientists warn that"), not after "to" or "not"', () => {
    expect(reported('Farmers say they are willing to help but need support.')).toEqual([
      ['farmers', 'they are willing to help but need support'],
    ]);
    expect(reported('Scientists warn that the glacier could collapse within a decade.')).toEqual([
      ['scientists', 'the glacier could collapse within a decade'],
    ]);
    expect(reported('Peter Cook declined to say whether it broke the email policy.')).toEqual([]);
    // one name is no group: the phrase reader would take it from "Supporters of X say"
    expect(reported('Supporters of Bernie Sanders say the party rigged the primary.')).toEqual([]);
    expect(reported('The aides did not say the plan had been dropped at all.')).toEqual([]);
  });

  it('reads an unnamed person after a dateline ("SACRAMENTO, Calif. — A former bookkeeper said")', () => {
    expect(
      reported(
        'SACRAMENTO, Calif. — A former bookkeeper said Wednesday that its owner altered bills.',
      ),
    ).toEqual([['former bookkeeper', 'its owner altered bills']]);
  });

  it('reads participles of saying after the clause ("…, arguing that …", "…, saying they …")', () => {
    expect(
      reported(
        'The DA filed papers in the High Court on Thursday, arguing that the law is unconstitutional.',
      ),
    ).toEqual([['DA', 'the law is unconstitutional']]);
    expect(
      reported('Ann Lee attacked the plan on Monday, saying it would fail the poorest.'),
    ).toEqual([['Ann Lee', 'it would fail the poorest']]);
    expect(reported('Laura Pickens responded that the older garage sits farther away.')).toEqual([
      ['Laura Pickens', 'the older garage sits farther away'],
    ]);
    // not for a name the verb acts on ("The party expelled Maria Lopez, arguing that …"), nor
    // "adding" with no "that", nor "saying" and no clause
    expect(
      reported('The party expelled Maria Lopez, arguing that she had broken its rules.'),
    ).toEqual([]);
    expect(
      reported('LeBron James scored 30 points, adding nine assists as the Lakers beat Denver.'),
    ).toEqual([]);
    expect(
      reported('The team waved to the crowd, saying goodbye to the fans in the stadium.'),
    ).toEqual([]);
    // "replied that evening", "responded to a letter that"
    expect(
      reported('Israel replied that evening with airstrikes on targets across the south.'),
    ).toEqual([]);
    expect(reported('Lopez replied to a letter that the mayor had sent last week.')).toEqual([]);
    // the "that" of a noun opens no report
    expect(
      reported('Ben Carson responded on Sunday to accusations that he exaggerated his story.'),
    ).toEqual([]);
  });

  it('reads "According to him, …" mid-paragraph as his', () => {
    expect(
      according('Ann Lee spoke first. According to him, the new tariff would affect the top band.'),
    ).toEqual([['he', 'the new tariff would affect the top band']]);
    // (a source by name mid-paragraph is more often a writing than a speaker)
    expect(
      according(
        'The rule is old. According to the Constitution, the president must be 35 or older.',
      ),
    ).toEqual([]);
  });

  it('reads an anonymous source: "A person familiar with the review said …"', () => {
    expect(
      according('The new plans were filed late, according to two delegates familiar with them.'),
    ).toEqual([['delegates familiar with them', 'The new plans were filed late']]);
    expect(according('The cuts will be extended, according to a statement from OPEC.')).toEqual([
      ['OPEC', 'The cuts will be extended'],
    ]);
    expect(
      reported('A person familiar with the review said the process was routine and ordinary.'),
    ).toEqual([['person familiar with the review', 'the process was routine and ordinary']]);
  });

  it('reads verbs that report with "that" ("confirmed that", "recalled that", "wrote that")', () => {
    expect(reported('Andrés Molina confirmed that talks were at an advanced stage.')).toEqual([
      ['Andrés Molina', 'talks were at an advanced stage'],
    ]);
    expect(reported('He recalled that she once walked out of a meeting with a label.')).toEqual([
      ['he', 'she once walked out of a meeting with a label'],
    ]);
    // no "that": no report ("confirmed the deal", "wrote a letter"); nor a relative "that" after
    // the verb's object
    expect(reported('Andrés Molina confirmed the deal with the union on Friday.')).toEqual([]);
    expect(
      reported('The company confirmed a data breach that exposed the records of millions.'),
    ).toEqual([]);
    expect(reported('Toyota recalled 500,000 cars that had faulty airbags in the spring.')).toEqual(
      [],
    );
    // (an audience or a time before "that" is no object)
    expect(reported('Ann Lee told the BBC that the talks had stalled over the weekend.')).toEqual([
      ['Ann Lee', 'the talks had stalled over the weekend'],
    ]);
    expect(reported('Ann Lee said this week that the talks had stalled over the weekend.')).toEqual(
      [['Ann Lee', 'the talks had stalled over the weekend']],
    );
  });

  it('reads an anonymous source at the end and before a name ("A person close to Smith said")', () => {
    expect(
      reported('The talks had stalled over the weekend, a person familiar with the matter said.'),
    ).toEqual([['person familiar with the matter', 'The talks had stalled over the weekend']]);
    expect(
      reported('A person close to Smith said the talks had stalled over the weekend.'),
    ).toEqual([['person close to Smith', 'the talks had stalled over the weekend']]);
    // capitalised words may describe a source before its link
    expect(
      reported('A senior Democratic aide familiar with the talks said the deal had stalled again.'),
    ).toEqual([['senior Democratic aide familiar with the talks', 'the deal had stalled again']]);
  });

  it('ends a report where a second clause begins, which may report in turn', () => {
    expect(
      reported(
        'Scott Moe wrote that the federal government "needs to act now," while critic John Barlow said that farmers were "paying the price."',
      ),
    ).toEqual([
      ['Scott Moe', 'the federal government "needs to act now,"'],
      ['John Barlow', 'farmers were "paying the price."'],
    ]);
    expect(reported('Ann Lee said the plan would fail badly; the council disagreed.')).toEqual([
      ['Ann Lee', 'the plan would fail badly'],
    ]);
    // a short aside between commas is no second clause
    expect(
      reported('Jones said the deal, while imperfect, was the best the country could get.'),
    ).toEqual([['Jones', 'the deal, while imperfect, was the best the country could get']]);
  });

  it('reads a later verb of the sentence when the first reports nothing ("acknowledged … but said")', () => {
    // the first has no speaker
    expect(
      reported('Nobody says much, but Ann Lee said the memo was drafted by her own staff.'),
    ).toEqual([['Ann Lee', 'the memo was drafted by her own staff']]);
    expect(
      reported(
        'Dale Whitcomb acknowledged the bill faces long odds but said he remained hopeful of a deal.',
      ),
    ).toEqual([['Dale Whitcomb', 'he remained hopeful of a deal']]);
  });

  it('reads on past the first tokens of the clause when adverbs or marks fill them', () => {
    const corbyn = 'Labour leader Jeremy Corbyn said';
    // fifteen adverbs, then the clause
    const adverbs =
      'really truly surely fully only clearly openly plainly firmly boldly daily weekly';
    expect(
      reported(`${corbyn} ${adverbs} hourly yearly the police already had huge powers.`),
    ).toEqual([['Jeremy Corbyn', 'the police already had huge powers']]);
    expect(reported(`${corbyn} ${adverbs} hourly yearly early.`)).toEqual([]);
    // four words among many marks make a clause, three do not
    const dashes = ' -'.repeat(20);
    expect(reported(`${corbyn} that police${dashes} had huge powers.`)).toEqual([
      ['Jeremy Corbyn', `police${dashes} had huge powers`],
    ]);
    expect(reported(`${corbyn} that police${dashes} had powers.`)).toEqual([]);
  });

  it('needs a clause: an object is not a report, and a sentence with a quote is left to the quote rules', () => {
    expect(reported('He announced this change on live television on Wednesday.')).toEqual([]);
    expect(reported('Jo Park said “the plan will fail” and left.')).toEqual([]);
    // a capitalised "May" after the verb is a name, not a verb
    expect(reported('Jeremy Corbyn said May had betrayed the voters of Britain again.')).toEqual([
      ['Jeremy Corbyn', 'May had betrayed the voters of Britain again'],
    ]);
    // "whether" right after a verb that needs an opener
    expect(reported('Jo Park questioned whether the plan would ever work at all.')).toEqual([
      ['Jo Park', 'whether the plan would ever work at all'],
    ]);
    // a preposition after the verb: what follows is no clause
    expect(reported('Jo Park said about the incident in the hall last year.')).toEqual([]);
    // a relative clause: what Jo Park said is the article, not a clause
    expect(
      reported('There is no copy of the article that Jo Park said was written about the crash.'),
    ).toEqual([]);
    expect(
      reported('“It will fail,” Jo Park said, adding that the plan would cost too much.'),
    ).toEqual([]);
  });

  it('reads a sentence without marks in a paragraph that also quotes someone', () => {
    expect(
      reported(
        'Ann Lee called it “a disgrace”. In an interview, UNESCO also said that the change would require its approval.',
      ),
    ).toEqual([['UNESCO', 'the change would require its approval']]);
    // a full stop inside the closing mark ends the quote's sentence
    expect(
      reported('Ann Lee said: “We will win.” Bob Stone said the tax would hurt small firms badly.'),
    ).toEqual([['Bob Stone', 'the tax would hurt small firms badly']]);
    // before a lower-case word it does not: the quote's attribution goes on
    expect(
      reported('“Do you think we will lose?” he said at a news conference last month.'),
    ).toEqual([]);
    // and in text pasted as one line
    expect(
      reported(
        'Tax row “We will fight it,” said Ann Lee. Bob Stone said the tax would hurt small firms badly.',
      ),
    ).toEqual([['Bob Stone', 'the tax would hurt small firms badly']]);
  });
});

describe('findHeadlineAction', () => {
  const action = (headline: string) => {
    const text = `${headline}\n\nBody.`;
    const r = findHeadlineAction(text, headline.length + 2, findQuotes(text, paragraphs(text)));
    return r ? [r.mention.name, headline.slice(r.start, r.end)] : null;
  };

  it('reads what a headline says its subject stands for, from the verb to the clause end', () => {
    expect(action('Mayor Jo Park backs the tram plan')).toEqual(['Jo Park', 'backs the tram plan']);
    expect(action('The Latest: Trump urges supporters to monitor polling places.')).toEqual([
      'Trump',
      'urges supporters to monitor polling places',
    ]);
    expect(action('Jo Park Calls For New Tram Lines; Council Waits')).toEqual([
      'Jo Park',
      'Calls For New Tram Lines',
    ]);
    expect(action('Indiana governor endorses Cruz - but also has praise for rival')).toBeNull();
  });

  it('ends at a question, reads no "backs off", and none of a headline that quotes', () => {
    expect(action('Jo Park endorses Ann Lee? Not quite')).toEqual(['Jo Park', 'endorses Ann Lee']);
    expect(action('Jo Park backs off plan to close the road')).toBeNull();
    // the colon names who speaks; quote marks quote someone
    expect(action('Jo Park: Ann Lee wants to close the road')).toBeNull();
    expect(action('Jo Park vows to “close the road for good”')).toBeNull();
  });

  it('needs a name that opens the clause', () => {
    expect(action('Republicans turning their backs on tolerance')).toBeNull();
    expect(action('Our plan: he wants it all')).toBeNull();
  });
});

describe('headline actions in the graph', () => {
  const graph = (headline: string, body: string) =>
    extractDebateGraph([{ source: 'a.txt', text: `${headline}\n\n${body}` }]);

  it('gives the subject a claim when the body names it too', () => {
    const g = graph(
      'Jo Park proposes closing the harbour road',
      'Mayor Jo Park spoke on Monday. “Traffic must go,” said Jo Park.',
    );
    const claim = g.quotes.find((q) => q.kind === 'indirect');
    expect(claim?.text).toBe('proposes closing the harbour road');
    expect(g.actors.find((a) => a.id === claim?.speakerId)?.name).toBe('Jo Park');
  });

  it('makes no actor of a capitalised word the body does not name', () => {
    const g = graph(
      'Pastor Wants Harbour Road Closed',
      'A church leader spoke on Monday. “Traffic must go,” said Jo Park.',
    );
    expect(g.actors.map((a) => a.name)).toEqual(['Jo Park']);
    expect(g.quotes.filter((q) => q.kind === 'indirect')).toEqual([]);
  });
});

describe('findAccordingTo', () => {
  it('reads "According to X, …" and "…, according to X." as reported by X', () => {
    expect(
      according(
        'According to Mark Sauve, the government had cut $400 million from colleges. He left. The man was arrested at his home on Friday, according to the police.',
      ),
    ).toEqual([
      ['Mark Sauve', 'the government had cut $400 million from colleges'],
      ['police', 'The man was arrested at his home on Friday'],
    ]);
  });

  it('leaves a sentence with a quote, and "according to" inside a clause', () => {
    expect(according('According to Mark Sauve, the plan was “a disaster for colleges”.')).toEqual(
      [],
    );
    expect(
      according('The vote went ahead according to the rules set by the board last year.'),
    ).toEqual([]);
  });
});

describe('findTranscriptTurns', () => {
  const turns = (text: string) =>
    findTranscriptTurns(text, paragraphs(text), text.indexOf('\n\n') + 2).map((r) => [
      r.mention.name,
      text.slice(r.start, r.end),
    ]);

  it('reads each labelled paragraph of a dialogue as its speaker’s words, and what follows a turn with it', () => {
    const text = [
      'The glaciologist who wrote a novel',
      '',
      'Our editor Daniel Cho spoke with Helena Marsh.',
      '',
      'Daniel Cho: Why walk away from it to write fiction?',
      '',
      'Helena Marsh: I haven’t walked away, exactly.',
      '',
      'Cho: Was there a particular moment?',
      '',
      'Marsh: There was.',
      '',
      'My old supervisor used to say that data don’t change minds.',
      '',
      'Cho: And another novel?',
    ].join('\n');
    expect(turns(text)).toEqual([
      ['Daniel Cho', 'Why walk away from it to write fiction?'],
      ['Helena Marsh', 'I haven’t walked away, exactly.'],
      ['Cho', 'Was there a particular moment?'],
      ['Marsh', 'There was.'],
      ['Marsh', 'My old supervisor used to say that data don’t change minds.'],
      ['Cho', 'And another novel?'],
    ]);
  });

  it('reads an interview whose questions are labelled by the outlet, and its answers verbatim', () => {
    const text = [
      'Tucson’s heat officer on air conditioning',
      '',
      'The city’s chief heat officer, Marisol Ortiz, helped draft the ordinance.',
      '',
      'Grist: What does a chief heat officer actually do?',
      '',
      'Ortiz: A lot of it is coordination.',
      '',
      // (a paragraph with no label between the turns of an outlet's interview is nobody's: it
      // may be the reporter's own)
      'I met Ortiz at her office on a sweltering afternoon.',
      '',
      'Grist: And who is dying?',
      '',
      'Ortiz: Older people living alone.',
    ].join('\n');
    const paras = paragraphs(text);
    const found = findTranscriptTurns(text, paras, paras[1]?.start ?? 0);
    expect(found.map((r) => [r.mention.name, text.slice(r.start, r.end), r.verbatim])).toEqual([
      ['Ortiz', 'A lot of it is coordination.', true],
      ['Ortiz', 'Older people living alone.', true],
    ]);
    // (an outlet's interview: facts set out between the turns are no one's words)
    const mayor = [
      'Q&A with the mayor',
      '',
      'The mayor, Brandon Johnson, spoke to the Tribune.',
      '',
      'Tribune: How will you close the gap?',
      '',
      'Johnson: We are not going to balance the budget on the backs of working families.',
      '',
      'The city faces a $982 million deficit next year.',
      '',
      'Tribune: And crime?',
      '',
      'Johnson: Public safety remains my top priority.',
    ].join('\n');
    const mayorParas = paragraphs(mayor);
    expect(
      findTranscriptTurns(mayor, mayorParas, mayorParas[1]?.start ?? 0).map((r) =>
        mayor.slice(r.start, r.end),
      ),
    ).toEqual([
      'We are not going to balance the budget on the backs of working families.',
      'Public safety remains my top priority.',
    ]);
    // (a team's label is no person's words: "Pacific Northern: The Otters showed …")
    const box = [
      'Huskies win',
      '',
      'Cascade State beat Pacific Northern 71-64.',
      '',
      'Pacific Northern: The Otters showed they can compete.',
      '',
      'Cascade State: The Huskies remain a game ahead.',
      '',
      'Pacific Northern: Hosts Sierra Pacific on Thursday.',
      '',
      'Cascade State: At Redwood Coast on Thursday.',
    ].join('\n');
    const boxParas = paragraphs(box);
    expect(
      findTranscriptTurns(box, boxParas, boxParas[1]?.start ?? 0).some((r) => r.verbatim),
    ).toBe(false);
  });

  it('reads no dialogue in a box of labels, and no words of a person in a summary of them', () => {
    const read = (text: string) => {
      const paras = paragraphs(text);
      return findTranscriptTurns(text, paras, paras[1]?.start ?? 0).map((r) => [
        r.mention.name,
        r.verbatim,
      ]);
    };
    // (labels of a box: no interviewer asks anything there)
    expect(
      read(
        'Live\n\nGoal: Saka fires Arsenal ahead.\n\nHalf Time: Arsenal 1 Chelsea 0.\n\nGoal: Palmer equalises.\n\nGoal: Havertz heads in.\n\nFull Time: Arsenal 2 Chelsea 1.',
      ),
    ).toEqual([]);
    expect(
      read(
        'Homes\n\nGuide Price: £450,000\n\nAgent: Savills\n\nGuide Price: £725,000\n\nAgent: Knight Frank',
      ),
    ).toEqual([]);
    // (pundits' views in the third person are no quotes of theirs)
    expect(
      read(
        'Pundits\n\nGary Neville: Neville said United lacked any identity.\n\nJamie Carragher: Carragher felt the defending was poor.\n\nGary Neville: He added that the board had to take responsibility.\n\nJamie Carragher: He agreed, saying the problems ran deep.',
      ).some(([, verbatim]) => verbatim),
    ).toBe(false);
  });

  it('reads nothing where labels make no dialogue, or name no speaker', () => {
    // one speaker's label only, once each, or labels that are no one's
    expect(turns('Vote\n\nJo Park: We will win.\n\nThe count starts at nine.')).toEqual([]);
    expect(
      turns('Vote\n\nQ: Will you run?\n\nA: Yes.\n\nQ: When?\n\nA: Soon.\n\nNote: edited.'),
    ).toEqual([]);
    expect(
      turns('Vote\n\nUpdate: polls close.\n\nWatch: the count.\n\nUpdate: done.\n\nWatch: replay.'),
    ).toEqual([]);
    // one word that is no name's surname: a form's fields, a review's verdicts
    expect(
      turns('Race\n\nName: Maria Lopez\n\nAge: 52\n\nName: Tom Reyes\n\nAge: 47\n\nPros: cheap.'),
    ).toEqual([]);
  });
});
