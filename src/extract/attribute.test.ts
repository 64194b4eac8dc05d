import { describe, expect, it } from 'vitest';
import {
  type Attribution,
  attributeQuotes,
  frameBefore,
  sentenceEndBetween,
  sentenceStartBetween,
} from './attribute';
import { findQuotes } from './find-quotes';
import { tokenize } from './mentions';
import { paragraphs } from './segment';

/** Each quote's text with the speaker phrase its frame names (or `^k` for "same as quote k"). */
function frames(text: string): [string, string | null][] {
  const paras = paragraphs(text);
  const qs = findQuotes(text, paras);
  const at = attributeQuotes(text, paras, qs);
  return qs.map((q, k) => {
    const a = at[k] as Attribution;
    const who = a.mention ? a.mention.name : a.inheritFrom >= 0 ? `^${a.inheritFrom}` : null;
    return [text.slice(q.start, q.end), who];
  });
}
const speaker = (text: string, k = 0) => frames(text)[k]?.[1] ?? null;

describe('attributeQuotes: the shapes of attribution', () => {
  it('"…," X said', () => {
    expect(speaker('“We will appeal the ruling,” Jane Moreno said on Monday.')).toBe('Jane Moreno');
  });

  it('"…," said X, the Y of Z', () => {
    const text =
      '“Divisive fear-mongering is dangerous,” said Salil Shetty, Secretary General of Amnesty International.';
    const [, who] = frames(text)[0] ?? [];
    expect(who).toBe('Salil Shetty');
    const paras = paragraphs(text);
    const a = attributeQuotes(text, paras, findQuotes(text, paras))[0];
    expect(a?.mention?.role).toBe('Secretary General of Amnesty International');
  });

  it('X denounced Y\'s remarks as "…": the subject characterises the words', () => {
    expect(
      speaker('Mayor Lena Ortiz denounced Kovac’s remarks at the forum as “cheap and divisive.”'),
    ).toBe('Lena Ortiz');
    expect(speaker('Kovac’s remarks at the forum were “cheap and divisive.”')).toBe('Kovac');
  });

  it('…, X said, adding, "…": the speaker of the verb before the participle', () => {
    expect(
      speaker('Mayor Kovac left early, Councilman Ray Dunn said, adding, “Nobody read it.”'),
    ).toBe('Ray Dunn');
  });

  it('a first name ending in -ly is a name, not an opening adverb', () => {
    expect(
      speaker('Shelly Marsh backed the measure on Friday, saying it brings “fairness at last.”'),
    ).toBe('Shelly Marsh');
  });

  it('X, …, is pledging to "…" (a progressive participle) and X (R-Ohio), said', () => {
    expect(
      speaker('Dana Pike, touring her home state of Maine, is pledging to “fix every road.”'),
    ).toBe('Dana Pike');
    expect(
      speaker('After the vote in Dayton, Rep. Mark Olsen (R-Ohio), said, “We kept our word.”'),
    ).toBe('Mark Olsen');
  });

  it('the subject after a long opening adverbial, or one with a relative clause', () => {
    expect(
      speaker(
        'As the debate moved to the cost of housing in the older districts of the city, Mayor Ines Ruiz has denounced “luxury sprawl” again.',
      ),
    ).toBe('Ines Ruiz');
    expect(
      speaker(
        'Visiting Leeds, which votes next month, Tom Hale compared the plan to “a blank cheque” twice.',
      ),
    ).toBe('Tom Hale');
  });

  it('"…," saying X …: a participle after a quote does not name the speaker', () => {
    expect(
      speaker('Nora Diaz defended the “night bus plan,” saying the city needed it badly.'),
    ).toBe('Nora Diaz');
  });

  it('Heading words - X: "…": the name after the dash speaks', () => {
    expect(speaker('Turnout models disagree - Rosa Lind: “Young voters stayed home.”')).toBe(
      'Rosa Lind',
    );
  });

  it('First, X attacked Y for being "…": an opening adverb is not the subject', () => {
    expect(
      speaker('First, Paul Greer attacked the board for its “reckless borrowing” again.'),
    ).toBe('Paul Greer');
  });

  it('"…," X shot back / went on / chimed in: phrasal verbs of saying', () => {
    expect(speaker('“That is simply false,” Ana Tull shot back during the hearing.')).toBe(
      'Ana Tull',
    );
    expect(speaker('“And the roads are worse,” Ben Ocampo went on, louder now.')).toBe(
      'Ben Ocampo',
    );
  });

  it('With …, X called Y\'s remarks "…": a prepositional opener', () => {
    expect(
      speaker('With a week to go, Lara Voss called the mayor’s remarks on Sunday “a cheap stunt.”'),
    ).toBe('Lara Voss');
  });

  it('…, X shot back, "…" and "A: “…” B: “…”" labels', () => {
    expect(
      speaker('After the chair scolded the panel, Mona Reyes shot back, “We did our homework.”'),
    ).toBe('Mona Reyes');
    expect(frames('Ortiz: “Taxes stay flat.” Keller: “Taxes must rise.”').map((f) => f[1])).toEqual(
      ['Ortiz', 'Keller'],
    );
  });

  it('"…," X, the Y of Z, one of the W, said at …: two appositions', () => {
    expect(
      speaker(
        '“We will not pay,” Ruth Amado, the treasurer of Kent County, one of the counties suing the state, said at a hearing on Monday.',
      ),
    ).toBe('Ruth Amado');
  });

  it('X said he hopes that "…": the named speaker of the outer verb', () => {
    expect(speaker('Paula Grant said she hopes that “the count will be fair and open.”')).toBe(
      'Paula Grant',
    );
  });

  it('X told a reporter that he is feeling "…": the outer named speaker', () => {
    expect(
      speaker('Lena Sorel told a radio host that she is feeling “calm and ready” for the vote.'),
    ).toBe('Lena Sorel');
  });

  it('"…?" X told Y in a long frame: a question does not end the sentence', () => {
    expect(
      speaker(
        '“Who could have predicted that?” Omar Sayed told the local radio station in an interview broadcast on Sunday when asked about the flood.',
      ),
    ).toBe('Omar Sayed');
  });

  it('"…," Gov. X’s chief of staff, Y, told Z: a name in apposition to a description', () => {
    expect(
      speaker('“We are not worried,” Gov. Ana Lutz’s chief of staff, Ida Brenner, told reporters.'),
    ).toBe('Ida Brenner');
  });

  it('a paragraph that opens with a quote takes no speaker from the paragraph before by that rule', () => {
    // (the previous-sentence rule reads its own paragraph only; the paragraph rules come later)
    expect(
      speaker(
        'Ryan did not exude confidence when Tapper asked whether he would win.\n\n“The one thing I know is the work.”',
      ),
    ).not.toBe('Tapper');
  });

  it('"responding to “…”": the quote is what was answered, not the answer', () => {
    expect(
      speaker(
        'Mark Jennings said the Legislature had been responding to “a real and documented problem” of drones.',
      ),
    ).toBe('Mark Jennings');
  });

  it('X disagreed. "…" with words after the quote: a frame the rules did not read', () => {
    expect(speaker('John Smith disagreed. “Lock him up!” chanted the crowd outside.')).toBeNull();
    expect(speaker('The governor, Tom Lee, objected. “We never agreed to this plan.”')).toBe(
      'Tom Lee',
    );
  });

  it('"…" So says X / Those were the words of X: the speaker named after the quote', () => {
    expect(
      speaker('“It is the only warm place left.” So says Derek Lomas, 78, who visits daily.'),
    ).toBe('Derek Lomas');
    // in the next paragraph
    expect(
      speaker(
        'The meeting ran late.\n\n“I will be walking 400 metres in the dark.”\n\nThose were the words of Coburg resident Doreen Fitzgerald, who spoke first.',
        0,
      ),
    ).toBe('Doreen Fitzgerald');
    // with a clause between the noun and "came from", and a later quote of the paragraph in
    // the same voice
    const line = frames(
      '“The street belongs to everybody.” The line, which drew applause from half the room, came from Hélène Trudel-Ruiz, a retired teacher. “Nobody asked us.”',
    );
    expect(line.map(([, who]) => who)).toEqual(['Hélène Trudel-Ruiz', '^0']);
    expect(
      speaker('“They always promise a session.” That was the reaction of tenant Helen Carwardine.'),
    ).toBe('Helen Carwardine');
    // not a bare "That was X": as often the person the quote was about
    expect(
      speaker('“The meters are fine.” That was Rachel Kim-Donnelly, a staff attorney.'),
    ).toBeNull();
    // not a thing's phrase, a by-law, nor someone's family
    expect(
      speaker('“Abide with me.” Those were the words of the song Margaret Ellis chose.'),
    ).toBeNull();
    expect(speaker('“No dogs after dark.” So says Ordinance 42, passed in 2019.')).toBeNull();
    expect(
      speaker('“He did nothing wrong.” That was the reaction of John Smith’s family.'),
    ).toBeNull();
    // the next quote goes on in the same voice only right after the sentence, and not after a
    // turn to someone else
    const turned = frames(
      '“We will rebuild.” So says Mayor Ann Porter, but her rival is not convinced. “It is a fantasy.”',
    );
    expect(turned.map(([, who]) => who)).toEqual(['Ann Porter', null]);
    // (not a place in the speaker's title)
    expect(
      speaker('“We will not allow it.” These were the words of the leader of Ogun State.'),
    ).toBeNull();
    // a quote with a frame of its own keeps it
    expect(speaker('“It is over,” Ann Lee said. So says Tom Hart, too.')).toBe('Ann Lee');
  });

  it('X\'s advice was …. "…": what a named person advised or answered gives the quote', () => {
    expect(
      speaker(
        'Lawyer Omar Saleh met the owners. Saleh’s advice was to keep paying. “If you stop paying, you lose.”',
        0,
      ),
    ).toBe('Saleh');
    expect(
      speaker('Coach Mark Lane’s message to his players was simple. “Win the next ball.”'),
    ).toBe('Mark Lane');
    // (a thing of the person's is no saying: "Saleh's car was red.")
    expect(speaker('Saleh’s car was parked outside. “If you stop paying, you lose.”')).toBeNull();
  });

  it('X disagreed. "…" / X was blunt. "…": a named reaction gives the quote with no frame', () => {
    expect(speaker('Susan Barnes, 60, disagreed. “I told him he is mad.”')).toBe('Susan Barnes');
    expect(speaker('Martin Lynch was blunt.\n\n“I have the backing of the board.”')).toBe(
      'Martin Lynch',
    );
    // the sentence says more than a reaction: no speaker
    expect(speaker('Martin Lynch left the room. “I have the backing of the board.”')).toBeNull();
    expect(speaker('Martin Lynch disagreed with the plan. “We never met.”')).toBeNull();
    // a gesture is a reaction too
    expect(speaker('Asked about the debut, Andy Fairbrother smiled. ‘That is not my call.’')).toBe(
      'Andy Fairbrother',
    );
    expect(speaker('Ingrid Vale laughs. “He did. He wore a tie.”')).toBe('Ingrid Vale');
    // a shake of the head ends the sentence, after its subject's other doings
    expect(speaker('Anna Lund looked at the house and shook her head. “Nobody asked us.”')).toBe(
      'Anna Lund',
    );
    // (not when the sentence names someone else after the subject)
    expect(
      speaker('Anna Lund looked at Tom Baker and shook her head. “Nobody asked us.”'),
    ).toBeNull();
  });

  it('X, which represents 60,000 Y, said: a comma in a number does not end the clause', () => {
    const t = 'The Medical Guild, which represents 60,000 doctors, said';
    expect(frameBefore(tokenize(t, 0, t.length), t)?.mention.name).toBe('Medical Guild');
  });

  it('X, who chairs Y, an apposition of Y, said: the speaker stands before the relative clause', () => {
    expect(
      speaker(
        'Gurpreet Dhaliwal, who chairs the Edmonton Small Business Roundtable, a coalition of 300 owners, said businesses were “tapped out” this year.',
      ),
    ).toBe('Gurpreet Dhaliwal');
    // (the apposition of a person before the verb stays the speaker's: "X, a coalition head, said")
    expect(
      speaker('Jane Moreno, a tenants’ organiser, said rents were “out of control” this year.'),
    ).toBe('Jane Moreno');
  });

  it('a dateline is not the subject', () => {
    expect(
      speaker(
        'DENVER — Gov. Alma Reyes on Monday vetoed the bill, saying it would cause “lasting harm.”',
      ),
    ).toBe('Alma Reyes');
    // a dateline with a colon, as Dawn or Arab News write it
    expect(
      speaker(
        'ISLAMABAD: Prime Minister Shehbaz Sharif on Monday vowed to act, calling the attack “cowardly and barbaric”.',
      ),
    ).toBe('Shehbaz Sharif');
    // (not a transcript's label before a turn, "PENCE: Well, …": the words are what the one
    // named after it called the plan, a time between her and the verb or none)
    expect(
      speaker(
        'PENCE: Well, Hillary Clinton on Monday called the plan “a disgrace to the country”.',
      ),
    ).toBe('Hillary Clinton');
  });

  it('"…?" asked X, who …: the asker speaks', () => {
    expect(
      speaker('“Who pays for the bridge?” asked Sen. Ruth Calder of Oregon, who chairs the panel.'),
    ).toBe('Ruth Calder');
    expect(speaker('“Who pays for it?” asked voters to consider at the rally.')).toBeNull();
  });

  it('X said: "…" and X told the BBC: "…" (the audience is never the speaker)', () => {
    expect(speaker('The mayor’s deputy, Tom Reilly, said: “The money is gone.”')).toBe(
      'Tom Reilly',
    );
    expect(speaker('Karen Holt told the BBC: “We were never consulted about this plan.”')).toBe(
      'Karen Holt',
    );
    expect(speaker('The home secretary told BBC One’s Sunday Show: “We need access.”')).toBe(
      'home secretary',
    );
  });

  it('X said (that) … with partial quotes inside reported speech', () => {
    const text =
      'Labour leader Jeremy Corbyn said the police already had “huge powers”, and that there had to be a balance between the “right to know” and “the right to privacy”.';
    expect(frames(text)).toEqual([
      ['huge powers', 'Jeremy Corbyn'],
      ['right to know', '^0'],
      ['the right to privacy', '^1'],
    ]);
  });

  it('according to X', () => {
    expect(speaker('The deal was “dead on arrival,” according to Senator Maria Costa.')).toBe(
      'Maria Costa',
    );
    expect(speaker('According to the ministry: “Nobody was hurt in the fire.”')).toBe('ministry');
  });

  it('X said in a statement', () => {
    expect(
      speaker('Greenpeace said in a statement that the fires were “a crime against the planet”.'),
    ).toBe('Greenpeace');
  });

  it('a title before the name: Home Secretary Amber Rudd said', () => {
    expect(speaker('Home Secretary Amber Rudd said the firms must “do more, and do it now”.')).toBe(
      'Amber Rudd',
    );
    expect(speaker('“It will not happen again,” Sen. Bob Casey (D-Pa.) said.')).toBe('Bob Casey');
  });

  it('an unnamed speaker by plain words: "said a lobbyist", "one lobbyist said"', () => {
    const quote = '“Clients are asking how long to plan for.”';
    for (const [frame, who] of [
      [`Ann Roe covers K Street. ${quote} said a lobbyist.`, 'lobbyist'],
      [`Ann Roe covers K Street. ${quote} one lobbyist said.`, 'lobbyist'],
      [`Ann Roe covers K Street. One lobbyist said: ${quote}`, 'lobbyist'],
      [`${quote} said a longtime lobbyist, who asked not to be named.`, 'longtime lobbyist'],
      // not a share of those polled, a writing, or the object of a preposition
      [`A third said: ${quote}`, null],
      [`One sweeping question asked: ${quote}`, null],
    ] as const)
      expect([frame, speaker(frame)]).toEqual([frame, who]);
    expect(
      speaker('Ann Roe first said no but in a later interview said he had an “Oh, no” moment.'),
    ).toBe('Ann Roe');
    // only where a clause opens: not the object of a relative clause, nor "no one"
    expect(speaker('The man who found a wallet said: “I just wanted to help.”')).toBeNull();
    expect(speaker('No one else said “we will win” that night.')).toBeNull();
  });

  it('frames without a verb of saying, or with one that opens a speech ("X began", "X:")', () => {
    const cases: [string, string][] = [
      [
        '“Can the minister tell the House,” Nadia Okoro began, “whether the bill is lost?”',
        'Nadia Okoro',
      ],
      ['A spokesperson for Acme: “We will work with the council.”', 'Acme'],
      ['Her deputy, Marcus Reyes, went further: “They will own the shutdown.”', 'Marcus Reyes'],
      [
        'The agency’s president, Dr. Katrin Vollmer, said it was “the cheapest tool we have.”',
        'Katrin Vollmer',
      ],
    ];
    for (const [text, who] of cases) expect([text, speaker(text)]).toEqual([text, who]);
  });

  it('"According to her, “…”" frames the quote with the pronoun her stands for', () => {
    expect(
      speaker(
        'Jane Hale spoke at the rally. According to her, “The state is aware of the challenges.”',
      ),
    ).toBe('she');
  });

  it('an unnamed person for a body is no speech of the body ("a reporter for the agency")', () => {
    const quote = '“We saw people hit and bits of debris flying around,”';
    expect(speaker(`${quote} a reporter for Agence France-Presse said.`)).toBe(
      'reporter for Agence France-Presse',
    );
    expect(speaker(`A former bookkeeper for the company testified: ${quote}`)).toBe(
      'former bookkeeper for the company',
    );
  });

  it('an unnamed person of a named body is no speech of the body ("an aide at the Élysée Palace")', () => {
    const quote = '“The president will decide.”';
    expect(speaker(`An aide at the Élysée Palace, who asked not to be named, said: ${quote}`)).toBe(
      'aide at the Élysée Palace',
    );
    expect(speaker(`${quote} said a source at the Home Office.`)).toBe('source at the Home Office');
  });

  it('a role with its field in lower case before the name: chief of staff X said', () => {
    const quote = '“We will not back down.”';
    for (const frame of [
      `${quote} White House chief of staff Lena Moss said.`,
      `${quote} said deputy chief of staff Lena Moss.`,
      `Chief of staff Lena Moss said: ${quote}`,
      `The head of research Lena Moss said: ${quote}`,
    ])
      expect([frame, speaker(frame)]).toEqual([frame, 'Lena Moss']);
    // a relation is no office: the client does not speak for the attorney
    expect(speaker(`${quote} said an attorney for defendant Marcus Hale.`)).toBe('attorney');
    expect(speaker(`${quote} said a supporter of candidate Maria Lopez.`)).toBe('supporter');
  });

  it('a spokesman for X said', () => {
    const text = '“We do not comment on ongoing cases,” a spokesman for the FBI said.';
    const paras = paragraphs(text);
    const a = attributeQuotes(text, paras, findQuotes(text, paras))[0];
    expect(a?.mention?.kind).toBe('spokesperson');
    expect(a?.mention?.name).toBe('FBI');
  });

  it('X, who …, said: the relative clause is skipped', () => {
    expect(
      speaker(
        'Major General Jonathan Shaw, who once ran cyber security at the ministry, said: “The problem will mutate.”',
      ),
    ).toBe('Jonathan Shaw');
    expect(
      speaker('“We will fight this,” Dana Wells, who has led the union since 2019, said.'),
    ).toBe('Dana Wells');
  });

  it('a split quote: "A," she said, "B."', () => {
    const text = '“The figures are wrong,” she said, “and everyone in this building knows it.”';
    expect(frames(text)).toEqual([
      ['The figures are wrong', 'she'],
      ['and everyone in this building knows it.', 'she'],
    ]);
  });

  it('he added / he warned: pronoun frames after the quote', () => {
    expect(
      speaker('“The more countries backtrack, the more we risk a domino effect,” he added.'),
    ).toBe('he');
  });

  it('a paragraph of quote with no frame continues the previous speaker', () => {
    const text =
      '“We cannot rely on governments alone,” said Maria Costa.\n\n“Every person must ask their government to act.”';
    expect(frames(text)[1]?.[1]).toBe('^0');
  });

  it('a quote over two paragraphs keeps its speaker', () => {
    const text =
      'The minister told reporters: “We need to make sure the services can act.\n\n“It used to be that people steamed open envelopes.”';
    expect(frames(text)).toEqual([
      ['We need to make sure the services can act.', 'minister'],
      ['It used to be that people steamed open envelopes.', '^0'],
    ]);
  });

  it('an organisation speaking: "Apple declined, saying …"', () => {
    expect(
      speaker('Apple declined, saying the request ignored “the basics of digital security”.'),
    ).toBe('Apple');
  });

  it('an organisation named with "of" speaks, and a person in apposition to one', () => {
    expect(speaker('“The ruling stands,” the European Court of Justice said.')).toBe(
      'European Court of Justice',
    );
    expect(speaker('Jane Roe, a lawyer at the Bank of England, said: “Rates stay.”')).toBe(
      'Jane Roe',
    );
  });

  it('comments X made: the speaker of a speech noun', () => {
    expect(
      speaker(
        'The minister took exception to comments Apple CEO Tim Cook made last year that a “master key” was dangerous.',
      ),
    ).toBe('Tim Cook');
  });

  it('a byline dash after a reader quote', () => {
    expect(speaker('“He scares me and my family.” ― Karen Bobadilla')).toBe('Karen Bobadilla');
  });

  it('leaves a quote without a credible speaker unattributed', () => {
    expect(speaker('The so-called “alt-right” movement grew fast.')).toBe(null);
    expect(speaker('“We are done,” I said.')).toBe('i');
  });

  it('partial quotes in a sentence that ends on ", X said."', () => {
    const text =
      'Given the vote, her backing will carry "a great deal of weight" and help candidates find the "grass-roots muscle" they need, party spokesman Tom Reyes said.';
    expect(frames(text).map(([, w]) => w)).toEqual(['Tom Reyes', 'Tom Reyes']);
  });

  it('an inverted frame before the quote: "…, explained X, “…”"', () => {
    expect(
      speaker(
        'Because of how the state drew the map, explained Ana Hernandez, “the race will be over by March and nobody will notice.”',
      ),
    ).toBe('Ana Hernandez');
  });

  it('"X did Y, arguing, “…”" with a spokesperson as the subject', () => {
    const a = frames(
      'A spokeswoman for the Senate Finance Committee emailed reporters the text of the bill, arguing, “As you can see, the bill says nothing of the kind.”',
    );
    expect(a[0]?.[1]).toBe('Senate Finance Committee');
  });

  it('"According to X, …" at the head of the sentence names the source of a later quote', () => {
    expect(
      speaker(
        'According to Marta Velez, the council once backed the plan but now finds it “a waste of public money.”',
      ),
    ).toBe('Marta Velez');
  });

  it('"“…,” as X said on Monday": a comparative clause names the speaker', () => {
    expect(
      speaker(
        'Still, the fact that the vote is “a coin toss right now,” as Mayor Ruth Dalton said on Monday, raises the stakes.',
      ),
    ).toBe('Ruth Dalton');
  });

  it('"The problem, says X, a historian, is that …“…”": a parenthetical inverted frame', () => {
    expect(
      speaker(
        'The problem, says Carl Perez, a historian at Boston College, is that she was “the most powerful aide in the building.”',
      ),
    ).toBe('Carl Perez');
  });

  it('"X did A, while Y proposed “…”": the subject of the last clause speaks', () => {
    expect(
      speaker(
        'Gov. Ana Ruiz on Monday signed an order, while Tom Bell, the former Ohio governor, proposed we "wake up and smell the coffee."',
      ),
    ).toBe('Tom Bell');
  });

  it('a closed quote followed by a new sentence that frames the next quote', () => {
    const text =
      'Former Ohio governor Ted Marsh called the use of executive orders "quite dangerous." Utah Gov. Amy Cole, hoping to surge in Iowa, called the president a "petulant child."';
    expect(frames(text).map(([, w]) => w)).toEqual(['Ted Marsh', 'Amy Cole']);
  });

  it('a sentence-final frame with another verb of saying (", X added.")', () => {
    expect(
      speaker(
        'The deal leaves the county "on the hook for decades" and nobody has read it, board member Lisa Grant added.',
      ),
    ).toBe('Lisa Grant');
  });

  it('a phrasal verb of saying is not one when a noun follows ("the Council goes on recess")', () => {
    expect(
      speaker(
        'Mayor Ana Ruiz said that once the Council goes on recess, “I will visit every district.”',
      ),
    ).toBe('Ana Ruiz');
    expect(speaker('Ruiz fired back in June, calling the plan “a costly mistake.”')).toBe('Ruiz');
  });

  it('an apposition closes an opening adverbial ("Introduced by X, the Y, Z launched into …")', () => {
    expect(
      speaker(
        'Introduced by Tom Hale, the Ohio sheriff and a longtime ally, Dana Price launched into a lament for the “forgotten families” of the county.',
      ),
    ).toBe('Dana Price');
  });

  it('"As X, the Y, put it: …": "put it" is a verb of saying', () => {
    expect(
      speaker(
        'As John Cornyn, the senator from Texas, put it: "This person will not be confirmed."',
      ),
    ).toBe('John Cornyn');
    expect(speaker('As the critic Ann Lee put it, “the show is over.”')).toBe('Ann Lee');
  });

  it('"X did Y by saying …. “…”": a speech participle after "by" frames the next quote', () => {
    const text =
      'Ross distanced himself from the group by saying he would serve if asked. “I am going to support him.”';
    expect(speaker(text)).toBe('Ross');
  });

  it('"Sen. X Y. Z (D-Ill.), noting …, said, “…”": a party tag before an apposition', () => {
    const text =
      'Sen. Richard J. Durbin (D-Ill.), noting the size of the crowd, said, "Let me tell you, he has a list."';
    expect(speaker(text)).toBe('Richard J. Durbin');
  });

  it('"Sen. X, R-Town, whose …, said “…”": a party tag and town before a relative clause', () => {
    expect(
      speaker(
        'State Sen. Ray Dunning, R-New Braunfels, whose district includes the suburbs, said the bill would “kill every water project.”',
      ),
    ).toBe('Ray Dunning');
    expect(
      speaker(
        'Rep. Elena Carrasco, D-Albuquerque, who chairs the committee, said the state had to act: “We cannot manage what we do not measure.”',
      ),
    ).toBe('Elena Carrasco');
  });

  it('"X, skipper of the Y, which …, said": the clause is about the thing, the speaker is X', () => {
    expect(
      speaker(
        'Jens Hartmann, skipper of the German entry Nordlicht Ocean Racing, which finished third, said hitting debris was “part of ocean racing.”',
      ),
    ).toBe('Jens Hartmann');
    expect(
      speaker(
        'Angelique Brunner, a developer and spokeswoman for the EB-5 Investment Coalition, which is made up of investors, said the program was “a lifeline.”',
      ),
    ).toBe('Angelique Brunner');
    // (a clause on the speaker's own organisation, with no apposition before it, stays theirs)
    expect(
      speaker('The Riverside Trust, which runs the site, said it was “deeply saddened.”'),
    ).toBe('Riverside Trust');
  });

  it('"X, the Y of Z, who …, said": a clause on a person after an apposition, the speaker is X', () => {
    expect(
      speaker(
        'Sir Miles Pettigrew, the Conservative MP for Boston Fens, who has written to the Energy Secretary, said: “This is the best land in the country.”',
      ),
    ).toBe('Miles Pettigrew');
    // (whom the apposition names is not the subject either)
    expect(
      speaker(
        'John Smith, the father of Jane Doe, who was killed in the crash, said: “We want answers.”',
      ),
    ).toBe('John Smith');
    // (a name with a title opens the clause too)
    expect(
      speaker(
        'Lord Fellingham, the crossbench peer and former president of the East Lindsey Agricultural Society, whose estate lies some 10 miles from the site, said: “Nobody sensible is against it.”',
      ),
    ).toBe('Fellingham');
  });

  it('a sporting role before a name is no part of it: "Skipper X Y", "Umpire X Y"', () => {
    expect(speaker('Skipper Sam Whitlock said: “That was the hardest five days.”')).toBe(
      'Sam Whitlock',
    );
    expect(speaker('“Both crews were warned,” Umpire Kate Holloway said.')).toBe('Kate Holloway');
  });

  it('"Here in Columbia, X …, saying, “…”": "Here" opens an adverbial', () => {
    expect(
      speaker(
        'Here in Columbia, Sanders stepped up his message, saying, "We have got to do better."',
      ),
    ).toBe('Sanders');
  });

  it('"X posted a message on Twitter reading “…”": the name after a preposition does not speak', () => {
    expect(
      speaker('Lee posted a message on Twitter reading “Thank you, Ohio” after the count.'),
    ).toBe('Lee');
  });

  it('a pronoun with a contraction is the pronoun, not a name ("He’s telling …")', () => {
    expect(speaker('He’s telling voters: “We will win this state.”')).toBe('he');
    expect(speaker("She'd warned them: “The plan will fail.”")).toBe('she');
  });

  it('a time before "later" or "ago" and a comma opens an adverbial, not a name', () => {
    expect(
      speaker(
        'Hours later, Trump returned the compliment, telling Reuters, “Sheldon is a friend.”',
      ),
    ).toBe('Trump');
    expect(speaker('Eight years ago, he backed the plan and said, “It is fair.”')).toBe('he');
    // after a name, "later" is part of its clause
    expect(speaker('Priebus later told Fox News: “We will meet next week.”')).toBe('Priebus');
  });

  it('a front-runner is a role: "The Democratic frontrunner wrote" describes, names no "Democratic"', () => {
    const text =
      'Clinton spoke on Monday. The Democratic frontrunner wrote for The Washington Informer that “the District is often neglected.”';
    expect(speaker(text)).toBe('democratic frontrunner');
  });

  it('a colon frame takes its clause subject, not a common word that opens the sentence', () => {
    // "Transcript", "Wait" and "Read" stand capitalised only where a sentence starts: no names
    expect(
      speaker(
        'Trump spoke in Ohio.\n\nTranscript as follows:\n\n“We arrived in Cleveland tonight.”',
      ),
    ).toBeNull();
    expect(
      speaker('The numbers are in. Wait, it gets better: “The law sets the limit.”'),
    ).toBeNull();
    expect(
      speaker('Results are in. Read the latest updates below: “Sanders took the stage.”'),
    ).toBeNull();
    // a one-word name the text also writes after another word still speaks
    expect(
      speaker('Gov. Scott Walker spoke on Monday. Walker had a message: “We will cut taxes.”'),
    ).toBe('Walker');
    expect(speaker('Brazilian President Jair Bolsonaro opposed the plan: “It is a lie.”')).toBe(
      'Jair Bolsonaro',
    );
  });

  it('a sentence adverb that opens the sentence is no subject ("Once in my 20s, … I said")', () => {
    expect(
      speaker(
        'Once in my early 20s, when my mother mentioned the devil, I laughed and said, “I do not believe in the devil.”',
      ),
    ).toBeNull();
  });

  it('X, the mayor of Greater Manchester, said: an apposition in lower case is a role, not the name', () => {
    expect(
      speaker('Andy Burnham, the mayor of Greater Manchester, said: “People here feel let down.”'),
    ).toBe('Andy Burnham');
    expect(speaker('Andy Burnham, mayor of Greater Manchester, said: “We are let down.”')).toBe(
      'Andy Burnham',
    );
    expect(
      speaker('Andy Burnham, Labour mayor of Greater Manchester, said: “We are let down again.”'),
    ).toBe('Andy Burnham');
    // a name between the commas is the speaker
    expect(
      speaker(
        'The president of the League, Jamel Msallem, said: “We are for the freedom to dress.”',
      ),
    ).toBe('Jamel Msallem');
  });

  it('"…," said one mother, Ann Webb: the name in apposition to the description speaks', () => {
    expect(speaker('“My kids are losing weeks,” said one mother, Ann Webb.')).toBe('Ann Webb');
    expect(speaker('“It is bad,” said a local resident, Ann Lee, who lives nearby.')).toBe(
      'Ann Lee',
    );
    // a clause after the comma is no name
    expect(speaker('“It is fine,” said a spokesman, adding that talks go on.')).toBe('spokesman');
  });

  it('"“…” — that was how X described it" and "“…” is how X put it" quote X', () => {
    expect(speaker('“It’s devastating” — that was how Mayor Lisa Chen described the damage.')).toBe(
      'Lisa Chen',
    );
    expect(speaker('“A total disaster” is how Gov. Tom Ridge put it.')).toBe('Tom Ridge');
    // a clause about something else names no speaker
    expect(speaker('“We are ready for it.” That was how the day began.')).toBeNull();
    expect(speaker('“We are ready for it.” That was how Smith began the day.')).toBeNull();
  });

  it('a name that ends in ’s before "said" keeps it ("McDonald’s said")', () => {
    expect(speaker('“We are reviewing the report,” McDonald’s said in a statement.')).toBe(
      'McDonald’s',
    );
    expect(speaker("Sales fell. “We see it,” Macy's told reporters.", 0)).toBe("Macy's");
    // a possessive before a noun is still a possessive, and a name the text writes without it
    // has "’s" for "has"
    expect(speaker('“We are sorry about it,” Smith’s spokesman Tom Lee said.')).toBe('Tom Lee');
    expect(speaker('Trump spoke in Ohio. “We will win the state,” Trump’s told supporters.')).toBe(
      'Trump',
    );
  });

  it('a name with two particles is one name ("said Ursula von der Leyen, president of …")', () => {
    expect(
      speaker(
        '“We will see tomorrow,” said Ursula von der Leyen, president of the European Commission.',
      ),
    ).toBe('Ursula von der Leyen');
    expect(speaker('Ursula von der Leyen said: “We are ready for this.”')).toBe(
      'Ursula von der Leyen',
    );
  });

  it('a name ending in -ing is a name, not a participle ("…,” Manning said)', () => {
    expect(speaker('“I was a delegate for Ohio,” Manning said.')).toBe('Manning');
    expect(
      speaker('The coach met Manning on Monday.\n\nManning added: “We will play on Sunday.”'),
    ).toBe('Manning');
    // a participle still opens an adverbial, after a quote too
    expect(speaker('Speaking to reporters, Trump said: “We will win the state.”')).toBe('Trump');
    expect(
      speaker('Jane Smith spoke. “We will win.” Speaking later, Tom Lee said so.', 0),
    ).toBeNull();
    // a name the text writes mid-sentence opens a clause as its subject
    expect(
      speaker('The coach met Manning on Monday. Manning disagreed, calling the plan “a mistake”.'),
    ).toBe('Manning');
  });

  it('an age before the subject of a colon frame is part of the subject', () => {
    expect(
      speaker('Voters were asked.\n\n17-year-old Jared Potts echoed:\n\n“He speaks his mind.”'),
    ).toBe('Jared Potts');
    expect(speaker('81-year-old Ann Lee had a message: “Vote early.”')).toBe('Ann Lee');
    // a number that opens an adverbial is still no subject
    expect(speaker('2016 was a hard year: “We lost.”')).toBeNull();
  });
});

describe('sentence bounds inside a range', () => {
  const t = 'Sen. Smith spoke. He said no! Then Dr. Roe left.';
  it('finds the last sentence start before the end of the range, over abbreviations', () => {
    expect(sentenceStartBetween(t, 0, t.length)).toBe(t.length);
    expect(sentenceStartBetween(t, 0, t.length - 1)).toBe(t.indexOf(' Then'));
    expect(sentenceStartBetween(t, 0, 17)).toBe(17);
    // the mark at `to` lies outside the range
    expect(sentenceStartBetween(t, 0, 16)).toBe(-1);
    expect(sentenceStartBetween(t, 18, 28)).toBe(-1);
  });
  it('finds the first sentence end from the start of the range, or the range end', () => {
    expect(sentenceEndBetween(t, 0, t.length)).toBe(17);
    expect(sentenceEndBetween(t, 0, 16)).toBe(16);
    expect(sentenceEndBetween(t, 18, t.length)).toBe(t.indexOf('!') + 1);
    expect(sentenceEndBetween(t, t.indexOf('Then'), t.length)).toBe(t.length);
  });
  it('finds nothing in an empty range, even right before a mark', () => {
    expect(sentenceStartBetween(t, 16, 16)).toBe(-1);
    expect(sentenceStartBetween(t, 17, 16)).toBe(-1);
    expect(sentenceEndBetween(t, 16, 16)).toBe(16);
    expect(sentenceEndBetween(t, 17, 16)).toBe(16);
  });
});
