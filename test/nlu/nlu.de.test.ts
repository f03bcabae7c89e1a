/** The local matcher over the German model (de-DE), and German dates and times. */
import { join } from 'node:path';
import { builtinPhrases, LocalNlu } from '../../local/nlu';
import { parseDayOfMonth, resolveDateDe, resolveTimeDe } from '../../local/dates.de';
import { samplesMissingTheirIntent, summary } from '../helpers/model';

const modelPath = join(__dirname, '..', '..', 'interaction-models', 'de-DE.json');
// Thursday 14 November 2024, 20:00 UTC (21:00 in Berlin).
const NOW = new Date('2024-11-14T20:00:00Z');
const nlu = LocalNlu.fromFile(modelPath, { now: () => NOW, timeZone: 'Europe/Berlin' });

describe('LocalNlu.match in German', () => {
  it('knows its invocation name', () => {
    expect(nlu.invocationName).toBe('meine gesichtsmassage');
  });

  it.each([
    ['Starte eine kurze Massage mit meinem Gua Sha.', 'StartRoutineIntent length=quick tool=guasha'],
    ['starte eine lange massage mit dem jaderoller', 'StartRoutineIntent length=deep tool=roller'],
    ['heute nur eine kurze', 'StartRoutineIntent length=quick'],
    ['mein Kiefer ist heute verspannt', 'StartRoutineIntent focus=jaw'],
    ['meine Schläfen sind verspannt', 'StartRoutineIntent focus=temples'],
    ['mein Nacken und Schultern ist verspannt', 'StartRoutineIntent focus=neck'],
    ['mein Ellbogen ist verspannt', 'AMAZON.FallbackIntent'],
    ['heute mit meinen Händen', 'StartRoutineIntent tool=hands'],
    ['starte meine Massage', 'StartRoutineIntent'],
    ['mach kurz zu meinem Standard', 'SetPreferenceIntent length=quick'],
    ['ich benutze ein Gua Sha', 'SetPreferenceIntent tool=guasha'],
    ['ich nutze meistens einen Rosenquarz Roller', 'SetPreferenceIntent tool=roller'],
    ['stell das Tempo auf langsamer', 'SetPreferenceIntent pace=slower'],
    ['konzentrier dich immer auf meine Augenbrauen', 'SetPreferenceIntent focus=brows'],
    ['langsamer', 'SlowerIntent'],
    ['Alexa, etwas langsamer!', 'SlowerIntent'],
    ['das ist zu langsam', 'FasterIntent'],
    ['wie läuft es bei mir', 'ProgressIntent'],
    ['lösche alle meine Daten', 'DeleteDataIntent'],
    ['lass uns reflektieren', 'StartReflectionIntent'],
    ['das beste heute war der Anruf von meiner Schwester', 'ReflectionIntent great="der anruf von meiner schwester"'],
    ['was habe ich gestern gesagt', 'JournalIntent date=2024-11-13'],
    ['was habe ich am Montag gesagt', 'JournalIntent date=2024-11-11'],
    ['was habe ich letzten Montag gesagt', 'JournalIntent date=2024-11-11'],
    ['was habe ich letztes Wochenende gesagt', 'JournalIntent date=2024-W45-WE'],
    ['lies mein Tagebuch vom dritten November vor', 'JournalIntent date=2024-11-03'],
    ['lies mein Tagebuch vom 3. November vor', 'JournalIntent date=2024-11-03'],
    ['was habe ich letztes mal gesagt', 'JournalLastIntent'],
    ['aua', 'DiscomfortIntent'],
    ['das ist zu fest', 'DiscomfortIntent'],
    ['mein Kiefer tut weh', 'DiscomfortIntent area=jaw'],
    ['meine Haut brennt', 'DiscomfortIntent feeling=skin'],
    ['mir ist schwindelig', 'DiscomfortIntent feeling=unwell'],
    ['ich habe Kopfschmerzen', 'DiscomfortIntent feeling=unwell'],
    ['ich habe einen Pickel an meiner Stirn', 'DiscomfortIntent area=forehead feeling=skin'],
    ['meine Wangen sind wund', 'DiscomfortIntent area=cheeks feeling=pain'],
    ['im Kiefer', 'TensionIntent area=jaw'],
    ['meine Schläfen und mein Nacken', 'TensionIntent area=temples other=neck'],
    ['nirgends', 'TensionIntent word=nowhere'],
    ['keine Ahnung', 'TensionIntent word=unsure'],
    ['frag nicht mehr nach Spannung', 'TensionOffIntent'],
    ['frag wieder nach Spannung', 'TensionOnIntent'],
    ['wo halte ich Spannung', 'TensionPatternsIntent'],
    ['lösche den Eintrag von gestern', 'DeleteEntryIntent date=2024-11-13'],
    ['lösche den heutigen Eintrag', 'DeleteEntryIntent'],
    ['lösche mein Tagebuch', 'DeleteJournalIntent'],
    ['frag mich nicht mehr nach dem Rückblick', 'StopAskingReflectionIntent'],
    ['geh direkt zu den Fragen', 'AlwaysReflectIntent'],
    ['erinnere mich jeden Abend um halb zehn', 'SetReminderIntent time=21:30'],
    ['erinnere mich um 21:30 Uhr', 'SetReminderIntent time=21:30'],
    ['stell eine Erinnerung für Viertel nach zehn', 'SetReminderIntent time=22:15'],
    ['hör auf mich zu erinnern', 'CancelReminderIntent'],
    ['nutze immer die Schlafstimme', 'BedtimeVoiceIntent mode=always'],
    ['schalte die Schlafstimme aus', 'BedtimeVoiceIntent mode=never'],
    ['nutze die Schlafstimme nur abends', 'BedtimeVoiceIntent mode=auto'],
    ['ja', 'AMAZON.YesIntent'],
    ['nein danke', 'AMAZON.NoIntent'],
    ['weiter', 'AMAZON.ResumeIntent'],
    ['nächster', 'AMAZON.NextIntent'],
    ['überspringen', 'AMAZON.NextIntent'],
    ['zurück', 'AMAZON.PreviousIntent'],
    ['noch mal', 'AMAZON.RepeatIntent'],
    ['noch mal von vorne', 'AMAZON.StartOverIntent'],
    ['stopp', 'AMAZON.StopIntent'],
    ['was soll das lila Känguru', 'AMAZON.FallbackIntent'],
  ])('%j -> %s', (line, expected) => {
    expect(summary(nlu.match(line))).toBe(expected);
  });

  it.each([
    ['öffne meine Gesichtsmassage', 'launch'],
    ['Alexa, starte meine Gesichtsmassage.', 'launch'],
    ['meine Gesichtsmassage', 'launch'],
    ['frag meine Gesichtsmassage was habe ich gestern gesagt', 'JournalIntent date=2024-11-13 oneShot'],
    ['öffne meine Gesichtsmassage und erinnere mich um halb zehn', 'SetReminderIntent time=21:30 oneShot'],
    ['starte meine Gesichtsmassage und mach langsamer', 'SlowerIntent oneShot'],
    // A tool in one breath with the launch: tonight's tool (StartRoutineIntent), not the saved preference.
    ['Alexa, starte meine Gesichtsmassage mit meinem Gua Sha', 'StartRoutineIntent tool=guasha oneShot'],
    ['starte meine Gesichtsmassage mit meinem Jaderoller', 'StartRoutineIntent tool=roller oneShot'],
    ['starte meine Gesichtsmassage mit dem Roller', 'StartRoutineIntent tool=roller oneShot'],
    ['starte meine Gesichtsmassage mit meinen Händen', 'StartRoutineIntent tool=hands oneShot'],
    ['öffne meine Gesichtsmassage mit meiner Hand', 'StartRoutineIntent tool=hands oneShot'],
    ['öffne meine Gesichtsmassage und starte mit meinem Gua Sha', 'StartRoutineIntent tool=guasha oneShot'],
    ['frag meine Gesichtsmassage fang mit meinen Händen an', 'StartRoutineIntent tool=hands oneShot'],
    ['frag meine Gesichtsmassage nach jonglieren', 'launch rest=jonglieren'],
  ])('%j -> %s', (line, expected) => {
    expect(summary(nlu.match(line))).toBe(expected);
  });

  it('keeps a German reflection answer as said, and lets a control through', () => {
    const ctx = { elicit: { intent: 'ReflectionIntent', slot: 'great' } };
    expect(summary(nlu.match('Der Spaziergang im Park, mit Ölzeug.', ctx))).toBe('ReflectionIntent great="Der Spaziergang im Park, mit Ölzeug."');
    expect(summary(nlu.match('stopp', ctx))).toBe('AMAZON.StopIntent');
    expect(summary(nlu.match('langsamer', ctx))).toBe('SlowerIntent');
  });

  it('maps every sample of the German model back to its own intent', () => {
    expect(samplesMissingTheirIntent(modelPath, nlu, { date: ['gestern', '2024-11-13'], time: ['halb zehn', '21:30'], phrase: 'ein spaziergang im park' })).toEqual([]);
  });

  it('maps every implicit German built-in phrase to its intent', () => {
    for (const [name, phrases] of Object.entries(builtinPhrases('de-DE'))) {
      for (const p of phrases) expect(`${p} -> ${summary(nlu.match(p))}`).toBe(`${p} -> ${name}`);
    }
  });
});

describe('resolveDateDe', () => {
  // Thursday 14 November 2024.
  it.each([
    ['heute', '2024-11-14'],
    ['heute abend', '2024-11-14'],
    ['gestern', '2024-11-13'],
    ['gestern Abend', '2024-11-13'],
    ['letzte Nacht', '2024-11-13'],
    ['vorgestern', '2024-11-12'],
    ['vor zwei Tagen', '2024-11-12'],
    ['vor einer Woche', '2024-11-07'],
    ['Montag', '2024-11-11'],
    ['am Montag', '2024-11-11'],
    ['letzten Montag', '2024-11-11'],
    ['Donnerstag', '2024-11-07'],
    ['am Freitag', '2024-11-08'],
    ['diesen Montag', '2024-11-11'],
    ['letzte Woche', '2024-W45'],
    ['diese Woche', '2024-W46'],
    ['letztes Wochenende', '2024-W45-WE'],
    ['am Wochenende', '2024-W46-WE'],
    ['dritter November', '2024-11-03'],
    ['am dritten November', '2024-11-03'],
    ['3. November', '2024-11-03'],
    ['den einundzwanzigsten November', '2023-11-21'],
    ['fünfundzwanzigster Dezember', '2023-12-25'],
    ['einunddreißigster Oktober', '2024-10-31'],
    ['dreißigster Februar', undefined],
    ['erster März 2023', '2023-03-01'],
    ['letzten Monat', '2024-10'],
    ['auf der Party', undefined],
    ['', undefined],
  ])('%j -> %s', (text, expected) => {
    expect(resolveDateDe(text, NOW, 'UTC')).toBe(expected);
  });

  it('reads ordinal days with every ending, and nothing else', () => {
    expect([parseDayOfMonth('ersten'), parseDayOfMonth('zweiter'), parseDayOfMonth('siebten'), parseDayOfMonth('zwanzigste'), parseDayOfMonth('neunzehnten')]).toEqual([1, 2, 7, 20, 19]);
    expect([parseDayOfMonth('zwanzigten'), parseDayOfMonth('neunzehnsten'), parseDayOfMonth('karten')]).toEqual([undefined, undefined, undefined]);
  });
});

describe('resolveTimeDe', () => {
  it.each([
    ['halb zehn', '21:30'],
    ['um halb zehn', '21:30'],
    ['Viertel nach neun', '21:15'],
    ['Viertel vor zehn', '21:45'],
    ['dreiviertel zehn', '21:45'],
    ['zehn vor halb zehn', '21:20'],
    ['fünf nach halb zehn', '21:35'],
    ['zwanzig nach neun', '21:20'],
    ['neun Uhr', '21:00'],
    ['neun Uhr dreißig', '21:30'],
    ['einundzwanzig Uhr dreißig', '21:30'],
    ['21 Uhr 30', '21:30'],
    ['21:30', '21:30'],
    ['21:30 Uhr', '21:30'],
    ['zehn', '22:00'],
    ['zehn Uhr abends', '22:00'],
    ['sieben Uhr morgens', '07:00'],
    ['halb acht früh', '07:30'],
    ['ein Uhr nachts', '01:00'],
    ['elf Uhr nachts', '23:00'],
    ['Mitternacht', '00:00'],
    ['zwölf Uhr', '12:00'],
    ['fünfundzwanzig Uhr', undefined],
    ['irgendwann', undefined],
  ])('%j -> %s', (text, expected) => {
    expect(resolveTimeDe(text)).toBe(expected);
  });
});
