import type { AreaId } from '../../lambda/routine/types';
import { closes, eachLocale, whole, type Phrasebook, type Speaker } from '../helpers/locales';
import { dynamoTable } from '../helpers/dynalite';
import { areasHeard, at, firstArea, partQuestionArea, type Place } from '../helpers/places';

/**
 * Every control at every place: at the very start, in the middle of a chapter, between the
 * parts of a deep routine, and after the end. What the user hears first names the right area.
 */

type Control = 'next' | 'back' | 'repeat' | 'startOver' | 'slower' | 'faster' | 'pause' | 'resume' | 'help' | 'stop';
const SAY: Phrasebook<Control> = {
  'en-US': { next: 'next', back: 'go back', repeat: 'repeat', startOver: 'start over', slower: 'slower', faster: 'faster', pause: 'pause', resume: 'resume', help: 'help', stop: 'stop' },
  'de-DE': { next: 'nächster Schritt', back: 'zurück', repeat: 'wiederholen', startOver: 'fang von vorne an', slower: 'langsamer', faster: 'schneller', pause: 'mach mal Pause', resume: 'weiter', help: 'hilfe', stop: 'stopp' },
};

interface Here {
  here: AreaId;
  next: AreaId;
  prev?: AreaId;
}
/** The area heard first ($here, $next, $prev: of the place), or a pattern of what is said. */
type Heard = AreaId | '$here' | '$next' | '$prev' | ((sp: Speaker, p: Here) => RegExp);
const named = (key: 'paused' | 'helpCarryOn' | 'stopMid', area: keyof Here) => (sp: Speaker, p: Here) => sp.line(key, { area: sp.area(p[area]!) });

const cases: [Control, Place, Heard][] = [
  ['next', 'start', '$next'],
  ['back', 'start', 'forehead'],
  ['repeat', 'start', 'forehead'],
  ['startOver', 'start', 'forehead'],
  ['slower', 'start', 'forehead'],
  ['faster', 'start', 'forehead'],
  ['pause', 'start', named('paused', 'here')],
  ['help', 'start', named('helpCarryOn', 'here')],
  ['stop', 'start', named('stopMid', 'here')],
  ['next', 'mid', '$next'],
  ['back', 'mid', '$prev'],
  ['repeat', 'mid', 'jaw'],
  ['startOver', 'mid', 'forehead'],
  ['slower', 'mid', 'jaw'],
  ['faster', 'mid', 'jaw'],
  ['pause', 'mid', named('paused', 'here')],
  ['help', 'mid', named('helpCarryOn', 'here')],
  ['stop', 'mid', named('stopMid', 'here')],
  // between the parts: $here is the area just heard, $next the one the question named
  ['next', 'between', '$next'],
  ['back', 'between', '$here'],
  ['repeat', 'between', '$here'],
  ['startOver', 'between', 'forehead'],
  ['slower', 'between', '$next'],
  ['faster', 'between', '$next'],
  ['pause', 'between', named('paused', 'next')],
  ['resume', 'between', '$next'],
  ['help', 'between', named('helpCarryOn', 'next')],
  ['stop', 'between', named('stopMid', 'next')],
  // after the end the tension question is asked: next skips it, and the reflection is offered
  ['next', 'end', (sp) => whole(sp.line('tensionSkipped'), sp.line('reflectOffer'))],
  ['back', 'end', 'finish'],
  ['repeat', 'end', 'finish'],
  ['startOver', 'end', 'forehead'],
  ['slower', 'end', (sp) => whole(sp.line('lastAlready'), sp.line('reflectOffer'))],
  ['pause', 'end', (sp) => whole(sp.line('lastAlready'), sp.line('reflectOffer'))],
  ['help', 'end', (sp) => whole(sp.line('tensionHelp'), sp.line('tensionAsk'))],
  ['stop', 'end', (sp) => closes(sp.line('goodnight'))],
];

eachLocale((sp) => {
  /** This language's own dynalite table, a user of its own for each conversation. */
  const db = dynamoTable(`ControlsConversation-${sp.locale}`);
  test.each(cases.map(([control, place, heard]) => [SAY[sp.locale][control], place, heard] as const))('"%s" at the %s', async (line, place, heard) => {
    const { h, prefix, ...p } = await at(place, sp, 'controls', db.store);
    const ex = await h.conv.say(prefix + line);
    if (typeof heard === 'function') expect(ex.text).toMatch(heard(sp, p));
    else expect(firstArea(ex.text, sp.content)).toBe(heard.startsWith('$') ? p[heard.slice(1) as keyof Here] : heard);
    if (!ex.ended) expect(ex.reprompt).toBeTruthy();
    sp.noLeak(ex.text, ex.reprompt);
  });

  test('the deep routine has a place between its parts: the first part ends on the area the table calls $here, and asks about $next', async () => {
    const { h, here, next } = await at('between', sp, 'controls', db.store);
    const first = h.conv.last!;
    expect(areasHeard(first.text, sp.content).at(-1)).toBe(here);
    expect(partQuestionArea(first.text, sp)).toBe(next);
    expect(first.ended).toBe(false);
    expect(first.reprompt).toBeTruthy();
  });
});
