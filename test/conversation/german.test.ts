/**
 * German (de-DE): whole evenings through the German model and the German content, on dynalite.
 * The lines are typed as a German speaker says them; the answers are read for German a half-asleep
 * listener understands (and for English that slipped through).
 */
import type { DynamoDbProgressStore } from '../../lambda/store/dynamo';
import { dynamoTable } from '../helpers/dynalite';
import { harness, type HarnessOptions } from '../helpers/skill';
import type { Exchange } from '../../local/conversation';

const db = dynamoTable('GermanConversation');
let store: DynamoDbProgressStore;
beforeAll(() => {
  store = db.store;
});

const EVENING = '2026-11-24T21:30:00+01:00';
const de = (o: HarnessOptions) => harness({ store, locale: 'de-DE', timeZone: 'Europe/Berlin', at: EVENING, ...o });

/** Words that would mean English leaked into a German answer. */
const ENGLISH = /\b(the|your|you|and|say|shall|to|of|is|tonight|yes|no)\b/i;
function german(...exchanges: Exchange[]): void {
  for (const ex of exchanges) {
    expect(ex.text).not.toMatch(ENGLISH);
    expect(ex.request.request.locale).toBe('de-DE');
  }
}

test('a first evening: the welcome, the routine in German, the tension check-in, the questions with their controls, kept on dynalite', async () => {
  const h = de({ userId: 'de-first' });
  const launch = await h.conv.say('Alexa, starte meine Gesichtsmassage');
  expect(launch.text).toMatch(/^Willkommen\. Ich führe dich Schritt für Schritt\. Massier mit leichtem Druck\. Tut etwas weh, hör auf\./);
  expect(launch.text).toMatch(/Fingerspitzen in die Mitte, langsam nach außen streichen\./);
  expect(launch.text).toMatch(/(Wo hast du heute die meiste Spannung gespürt|Wo saß heute die meiste Spannung)\?$/);
  const tension = await h.conv.say('im Kiefer und in den Schläfen');
  expect(tension.text).toMatch(/Spannung im Kiefer und an den Schläfen\./);
  expect(tension.text).toMatch(/(Magst du noch kurz auf deinen Tag zurückblicken|Möchtest du dir einen Moment für deinen Tag nehmen)\?$/);
  const great = await h.conv.say('ja');
  expect(great.text).toMatch(/^Was war (heute schön|gut an deinem Tag)\?$/);
  const hard = await h.conv.say('Der Spaziergang mit Lea am Fluss.');
  expect(hard.text).toMatch(/(Und was war heute schwer|Was war heute anstrengend)\?$/);
  const skipped = await h.conv.say('weiß nicht');
  expect(skipped.text).toMatch(/^(Das ist in Ordnung|Kein Problem|Okay, die überspringen wir)\. Was (würde deinen Tag morgen besser machen|könnte beim nächsten Mal besser laufen)\?$/);
  const leave = await h.conv.say('zurück');
  expect(leave.text).toBe('Sollen wir die Fragen lassen und zurück zur Massage gehen?');
  const stay = await h.conv.say('nein');
  expect(stay.text).toMatch(/^Gut, wir bleiben bei deinen Fragen\./);
  const done = await h.conv.say('früher ins Bett gehen');
  expect(done.text).toMatch(/^(Deine Antworten sind aufgehoben|Alles steht in deinem Tagebuch|In deinem Tagebuch gespeichert)\./);
  expect(done.ended).toBe(true);
  german(launch, tension, great, hard, skipped, leave, stay, done);
  const [kept] = await store.listReflections('de-first', { limit: 1 });
  expect(kept.answers).toEqual({ great: 'Der Spaziergang mit Lea am Fluss.', better: 'früher ins Bett gehen' });
});

test('"Nacken" at the check-in is said back as the Nacken, never "bei deinem Hals": the answer, the next evening\'s focus line, the patterns', async () => {
  const user = 'de-nacken';
  const day = (d: number) => `2026-11-${d}T21:30:00+01:00`;
  const said: Exchange[] = [];
  for (const d of [22, 23, 24]) {
    const h = de({ userId: user, at: day(d) });
    said.push(await h.conv.say('starte meine Gesichtsmassage'));
    said.push(await h.conv.say(d === 23 ? 'Kiefer und Nacken' : 'Nacken'));
    await h.conv.say('nein');
  }
  expect(said[1].text).toMatch(/^(Gemerkt: Spannung im Nacken\.|Spannung im Nacken\. Notiert\.) /);
  expect(said[3].text).toMatch(/^(Gemerkt: Spannung im Kiefer und im Nacken\.|Spannung im Kiefer und im Nacken\. Notiert\.) /);
  // The evening after "Nacken", the neck gets more time, and the line says why in the user's word.
  expect(said[2].text).toMatch(/Spannung im Nacken/);
  const patterns = await de({ userId: user, at: day(24).replace('21:30', '22:00') }).conv.say('frag meine Gesichtsmassage, wo halte ich Spannung');
  expect(patterns.text).toMatch(/^An drei der letzten sieben Abende lag die Spannung im Nacken/);
  for (const ex of [...said, patterns]) expect(ex.text).not.toMatch(/Spannung bei deinem Hals|bei deinem Hals Spannung/);
  german(...said, patterns);
});

test('the journal in German: days said the German way, last time, a deletion confirmed by its day', async () => {
  const user = 'de-journal';
  await store.saveAnswer(user, { day: '2026-11-23', createdAt: '2026-11-23T20:00:00.000Z' }, 'great', 'Pizza mit Tom');
  await store.saveAnswer(user, { day: '2026-11-16', createdAt: '2026-11-16T20:00:00.000Z' }, 'challenging', 'der Zahnarzt');
  await store.updateProfile(user, { flags: { welcomed: true }, timeZone: 'Europe/Berlin' });
  const h = de({ userId: user });
  const yesterday = await h.conv.say('frag meine Gesichtsmassage, was habe ich gestern gesagt');
  expect(yesterday.text).toBe('Das hast du gestern erzählt. Schön war: Pizza mit Tom.');
  const older = await h.again().say('frag meine Gesichtsmassage was habe ich am sechzehnten November gesagt');
  expect(older.text).toMatch(/^Das hast du am Montag, dem sechzehnten November, erzählt\. Schwer war: der Zahnarzt\./);
  const last = await h.again().say('frag meine Gesichtsmassage was habe ich letztes mal gesagt');
  expect(last.text).toBe('Das letzte Mal war gestern. Schön war: Pizza mit Tom.');
  const week = await h.again().say('frag meine Gesichtsmassage was habe ich letzte Woche gesagt');
  expect(week.text).toMatch(/^Das hast du in der Woche vom Montag, dem sechzehnten November, erzählt\./);
  const c = h.again();
  const confirm = await c.say('öffne meine Gesichtsmassage und lösche den Eintrag von gestern');
  expect(confirm.text).toBe('Soll ich löschen, was du gestern erzählt hast?');
  const deleted = await c.say('ja');
  expect(deleted.text).toBe('Erledigt. Was du gestern erzählt hast, ist gelöscht.');
  expect((await store.listReflections(user, { limit: 5 })).map((r) => r.day)).toEqual(['2026-11-16']);
  german(yesterday, older, last, week, confirm, deleted);
});

test('progress counts in German, and a reminder is said and set the German way', async () => {
  const h = de({ userId: 'de-progress' });
  await h.conv.say('starte meine Gesichtsmassage');
  await h.conv.say('nirgends');
  await h.conv.say('nein');
  const progress = await h.again().say('frag meine Gesichtsmassage wie läuft es bei mir');
  expect(progress.text).toMatch(/^Du hast eine Massage gemacht, zusammen etwa \d+ Minuten\. (?!Deine aktuelle Serie|Dein Rekord)/); // one day is no streak);
  const c = h.again();
  const confirm = await c.say('öffne meine Gesichtsmassage und erinnere mich jeden Abend um halb zehn');
  expect(confirm.text).toMatch(/^Soll ich dich (heute|morgen) Abend um halb zehn erinnern, und danach jeden Abend\?$/);
  const set = await c.say('ja');
  expect(set.text).toMatch(/^Erledigt\. Ich erinnere dich (heute|morgen) Abend um halb zehn, und danach jeden Abend\./);
  const [body] = [...h.api.reminders.values()] as { alertInfo: { spokenInfo: { content: { locale: string; text: string }[] } } }[];
  expect(body.alertInfo.spokenInfo.content).toEqual([{ locale: 'de-DE', text: 'Zeit für deine Gesichtsmassage.' }]);
  german(progress, confirm, set);
});
