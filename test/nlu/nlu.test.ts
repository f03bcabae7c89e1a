/**
 * The local matcher over each shipped model, and the dates and times it resolves: one suite run per
 * locale, with what is said in each language in one table (SPEAKERS); what only one language has
 * (English wake words and number words, German ordinal endings) in its own block below.
 */
import { join } from 'node:path';
import { builtinPhrases, LocalNlu, normalise } from '../../local/nlu';
import { resolveDate, resolveTime } from '../../local/dates';
import { parseDayOfMonth, resolveDateDe, resolveTimeDe } from '../../local/dates.de';
import { samplesMissingTheirIntent, summary, type Fillers } from '../helpers/model';

const modelOf = (locale: string) => join(__dirname, '..', '..', 'interaction-models', `${locale}.json`);
// Thursday 14 November 2024, 20:00 UTC (12:00 in Los Angeles, 21:00 in Berlin).
const NOW = new Date('2024-11-14T20:00:00Z');
const ELICIT_GREAT = { elicit: { intent: 'ReflectionIntent', slot: 'great' } };

/** What is said in one language, and what the matcher makes of it. */
interface Speaker {
  /** The time zone of the matcher's clock (dates are resolved in it). */
  timeZone?: string;
  invocationName: string;
  /** Lines said in a session, and the intent and slots they become. */
  lines: [string, string][];
  /** Opening the skill, and one-shot requests. */
  launches: [string, string][];
  /** A reflection answer, kept exactly as said (only trimmed), and controls that are never kept as one. */
  answer: string;
  controls: [string, string][];
  /** What fills a built-in slot when every sample is matched back. */
  fillers: Fillers;
  resolveDate(text: string, now: Date, timeZone?: string): string | undefined;
  resolveTime(text: string): string | undefined;
  /** Dates said on Thursday 14 November 2024, in UTC, and times. */
  dates: [string, string | undefined][];
  times: [string, string | undefined][];
}

const SPEAKERS: Record<string, Speaker> = {
  'en-US': {
    invocationName: 'my face massage',
    lines: [
      ['start a quick massage with my gua sha', 'StartRoutineIntent length=quick tool=guasha'],
      ['Start a deep massage with the jade roller.', 'StartRoutineIntent length=deep tool=roller'],
      ["let's do a short one", 'StartRoutineIntent length=quick'],
      ['my jaw is tight tonight', 'StartRoutineIntent focus=jaw'],
      ['my neck and shoulders feel tense', 'StartRoutineIntent focus=neck'],
      ['My temples are tight.', 'StartRoutineIntent focus=temples'],
      ['my elbow is tight', 'AMAZON.FallbackIntent'],
      ['give my temples extra time', 'StartRoutineIntent focus=temples'],
      ['use my fingertips tonight', 'StartRoutineIntent tool=hands'],
      ['start my massage', 'StartRoutineIntent'],
      ['make long my default', 'SetPreferenceIntent length=deep'],
      ['i usually use a rose quartz roller', 'SetPreferenceIntent tool=roller'],
      ['always go more slowly', 'SetPreferenceIntent pace=slower'],
      ['always focus on my eyebrows', 'SetPreferenceIntent focus=brows'],
      ['set my pace to normal speed', 'SetPreferenceIntent pace=normal'],
      ['slow down', 'SlowerIntent'],
      ['Alexa, slower!', 'SlowerIntent'],
      ["you're going too fast", 'SlowerIntent'],
      ['speed it up', 'FasterIntent'],
      ['how am i doing', 'ProgressIntent'],
      ["what's my streak", 'ProgressIntent'],
      ['delete everything', 'DeleteDataIntent'],
      ['forget me', 'DeleteDataIntent'],
      ['i want to reflect on my day', 'StartReflectionIntent'],
      ['today was great because my sister called', 'ReflectionIntent great="my sister called"'],
      ['next time i could go to bed earlier', 'ReflectionIntent better="go to bed earlier"'],
      ['what did i say yesterday', 'JournalIntent date=2024-11-13'],
      ['what did i say last monday', 'JournalIntent date=2024-11-11'],
      ['what did i say on monday', 'JournalIntent date=2024-11-11'],
      ['what did i say last weekend', 'JournalIntent date=2024-W45-WE'],
      ['what did i say last week', 'JournalIntent date=2024-W45'],
      ['read my journal from november third', 'JournalIntent date=2024-11-03'],
      // a day of the month alone, as Alexa resolves it: on or after today (the skill moves it back)
      ['what did i say on the 13th', 'JournalIntent date=2024-12-13'],
      ['delete what i said on the 13th', 'DeleteEntryIntent date=2024-12-13'],
      ['what did i say last time', 'JournalLastIntent'],
      ['read my journal', 'JournalIntent'],
      ['read my journal', 'JournalIntent'],
      ['what did i say at the party', 'JournalIntent date="at the party"'],
      ["delete yesterday's entry", 'DeleteEntryIntent date=2024-11-13'],
      ["delete today's entry", 'DeleteEntryIntent'],
      ['delete the entry from last friday', 'DeleteEntryIntent date=2024-11-08'],
      ['delete what I said yesterday', 'DeleteEntryIntent date=2024-11-13'],
      ['erase last night', 'DeleteEntryIntent date=2024-11-13'],
      ['forget last night', 'DeleteEntryIntent date=2024-11-13'],
      ['remove yesterday', 'DeleteEntryIntent date=2024-11-13'],
      ['erase my last entry', 'DeleteEntryIntent'],
      ['forget it', 'AMAZON.CancelIntent'],
      ['forget about it', 'AMAZON.CancelIntent'],
      ['forget everything', 'DeleteDataIntent'],
      ['delete my answers from last night', 'DeleteEntryIntent date=2024-11-13'],
      ['always do the quick one', 'SetPreferenceIntent length=quick'],
      ['i always want the quick one', 'SetPreferenceIntent length=quick'],
      ['make the short one my default', 'SetPreferenceIntent length=quick'],
      ['always quick', 'SetPreferenceIntent length=quick'],
      ['quick by default', 'SetPreferenceIntent length=quick'],
      ['start a massage', 'StartRoutineIntent'],
      // Answers to "Where did you feel the most tension tonight?"
      ['the jaw', 'TensionIntent area=jaw'],
      ['the neck', 'TensionIntent area=neck'],
      ['the forehead', 'TensionIntent area=forehead'],
      ['in the temples', 'TensionIntent area=temples'],
      ['definitely my jaw', 'TensionIntent area=jaw'],
      ['jaw mostly', 'TensionIntent area=jaw'],
      ['I dont know', 'TensionIntent word=unsure'],
      ['my head', 'TensionIntent area=forehead'],
      ['behind my eyes', 'TensionIntent area=eyes'],
      ['the back of my neck', 'TensionIntent area=neck'],
      ['it was all in my jaw again', 'TensionIntent area=jaw'],
      ['between my eyebrows', 'TensionIntent area=brows'],
      ['my jaw i think', 'TensionIntent area=jaw'],
      ['jaw again', 'TensionIntent area=jaw'],
      ['my temples tonight', 'TensionIntent area=temples'],
      ['delete my journal', 'DeleteJournalIntent'],
      ['stop asking me to reflect', 'StopAskingReflectionIntent'],
      ['go straight to the questions', 'AlwaysReflectIntent'],
      ['remind me every night at nine thirty', 'SetReminderIntent time=21:30'],
      ['remind me at 9:30 p.m.', 'SetReminderIntent time=21:30'],
      ['set a nightly reminder for half past ten', 'SetReminderIntent time=22:30'],
      ['set a bedtime reminder', 'SetReminderIntent'],
      ['stop reminding me', 'CancelReminderIntent'],
      ['always use the bedtime voice', 'BedtimeVoiceIntent mode=always'],
      ['turn off the bedtime voice', 'BedtimeVoiceIntent mode=never'],
      ["don't use the bedtime voice", 'BedtimeVoiceIntent mode=never'],
      ['use the bedtime voice only at night', 'BedtimeVoiceIntent mode=auto'],
      ['use the bedtime voice', 'BedtimeVoiceIntent'],
      ['yes', 'AMAZON.YesIntent'],
      ['yes please', 'AMAZON.YesIntent'],
      ['no thanks', 'AMAZON.NoIntent'],
      ['hold on', 'AMAZON.PauseIntent'],
      ['continue', 'AMAZON.ResumeIntent'],
      ['keep going', 'AMAZON.ResumeIntent'],
      ['go on', 'AMAZON.ResumeIntent'],
      ['skip', 'AMAZON.NextIntent'],
      ['next', 'AMAZON.NextIntent'],
      ['go back', 'AMAZON.PreviousIntent'],
      ['say that again', 'AMAZON.RepeatIntent'],
      ['from the top', 'AMAZON.StartOverIntent'],
      ['what can i say', 'AMAZON.HelpIntent'],
      ["that's enough", 'AMAZON.StopIntent'],
      ['never mind', 'AMAZON.CancelIntent'],
      ['go home', 'AMAZON.NavigateHomeIntent'],
      ['blah blah purple monkey', 'AMAZON.FallbackIntent'],
      ['start a massage with my toaster', 'AMAZON.FallbackIntent'],
      ['', 'AMAZON.FallbackIntent'],
      ['Alexa', 'AMAZON.FallbackIntent'],
    ],
    launches: [
      ['open my face massage', 'launch'],
      ['Alexa, start my face massage.', 'launch'],
      ['launch my face massage', 'launch'],
      ['begin my face massage', 'launch'],
      ['my face massage', 'launch'],
      ['ask my face massage to go slower', 'SlowerIntent oneShot'],
      ['tell my face massage to slow down', 'SlowerIntent oneShot'],
      ['ask my face massage how am i doing', 'ProgressIntent oneShot'],
      ['ask my face massage what did i say yesterday', 'JournalIntent date=2024-11-13 oneShot'],
      ['open my face massage and start a quick massage', 'StartRoutineIntent length=quick oneShot'],
      ['start a deep massage with my face massage', 'StartRoutineIntent length=deep oneShot'],
      // A tool in one breath with the launch: tonight's tool (StartRoutineIntent), not the saved preference.
      ['Alexa, start my face massage with my gua sha', 'StartRoutineIntent tool=guasha oneShot'],
      ['start my face massage with my jade roller', 'StartRoutineIntent tool=roller oneShot'],
      ['start my face massage with my roller', 'StartRoutineIntent tool=roller oneShot'],
      ['start my face massage with my hands', 'StartRoutineIntent tool=hands oneShot'],
      ['open my face massage with the gua sha', 'StartRoutineIntent tool=guasha oneShot'],
      ['start my face massage using my jade roller', 'StartRoutineIntent tool=roller oneShot'],
      // ... and in the forms Alexa documents for every skill ("ask … to", "open … and")
      ['ask my face massage to start with my gua sha', 'StartRoutineIntent tool=guasha oneShot'],
      ['open my face massage and start with the jade roller', 'StartRoutineIntent tool=roller oneShot'],
      ['ask my face massage to juggle', 'launch rest=juggle'],
    ],
    answer: 'My sister called & we laughed <3',
    controls: [
      ['stop', 'AMAZON.StopIntent'],
      ['Stop.', 'AMAZON.StopIntent'],
      ['cancel', 'AMAZON.CancelIntent'],
      ['help', 'AMAZON.HelpIntent'],
      ['repeat the question', 'AMAZON.RepeatIntent'],
      ['skip', 'AMAZON.NextIntent'],
      ['next', 'AMAZON.NextIntent'],
      ['wait', 'AMAZON.PauseIntent'],
      ['slow down', 'SlowerIntent'],
      ['delete my journal', 'DeleteJournalIntent'],
      ['stop asking me to reflect', 'StopAskingReflectionIntent'],
    ],
    fillers: { date: ['yesterday', '2024-11-13'], time: ['nine thirty', '21:30'], phrase: 'a walk in the park' },
    resolveDate,
    resolveTime,
    dates: [
      ['today', '2024-11-14'],
      ['tonight', '2024-11-14'],
      ['yesterday', '2024-11-13'],
      ['last night', '2024-11-13'],
      ['yesterday evening', '2024-11-13'],
      ['the day before yesterday', '2024-11-12'],
      ['two days ago', '2024-11-12'],
      ['monday', '2024-11-11'],
      ['on monday', '2024-11-11'],
      ['last monday', '2024-11-11'],
      ['monday night', '2024-11-11'],
      ['thursday', '2024-11-07'],
      ['last thursday', '2024-11-07'],
      ['friday', '2024-11-08'],
      ['last week', '2024-W45'],
      ['this week', '2024-W46'],
      ['last weekend', '2024-W45-WE'],
      ['this weekend', '2024-W46-WE'],
      ['november third', '2024-11-03'],
      ['november 3', '2024-11-03'],
      ['november 3rd', '2024-11-03'],
      ['the third of november', '2024-11-03'],
      ['november twenty first', '2023-11-21'],
      ['december twenty fifth', '2023-12-25'],
      ['october thirty-first', '2024-10-31'],
      ['february thirtieth', undefined],
      ['march 1st 2023', '2023-03-01'],
      // a day of the month alone: this month's when it has not passed, else the next month's that has it
      ['the 20th', '2024-11-20'],
      ['on the twenty first', '2024-11-21'],
      ['the 14th', '2024-11-14'],
      ['the 13th', '2024-12-13'],
      ['the thirty first', '2024-12-31'],
      ['13', undefined],
      ['2024-11-03', '2024-11-03'],
      ['2024-W45', '2024-W45'],
      ['2024-W45-WE', '2024-W45-WE'],
      ['last month', '2024-10'],
      ['at the party', undefined],
      ['', undefined],
    ],
    times: [
      ['nine thirty', '21:30'],
      ['9:30', '21:30'],
      ['nine thirty pm', '21:30'],
      ['nine thirty p.m.', '21:30'],
      ['half past nine', '21:30'],
      ['quarter past ten', '22:15'],
      ['quarter to ten', '21:45'],
      ['ten', '22:00'],
      ["ten o'clock", '22:00'],
      ['ten pm', '22:00'],
      ['9pm', '21:00'],
      ['21:30', '21:30'],
      ['twenty one thirty', '21:30'],
      ['nine oh five', '21:05'],
      ['nine forty five', '21:45'],
      ['nine at night', '21:00'],
      ['seven am', '07:00'],
      ['seven in the morning', '07:00'],
      ['twelve am', '00:00'],
      ['midnight', '00:00'],
      ['twelve', '12:00'],
      ['0:30', '00:30'],
      ['soon', undefined],
      ['nine sixty', undefined],
      ['', undefined],
    ],
  },
  'de-DE': {
    timeZone: 'Europe/Berlin',
    invocationName: 'meine gesichtsmassage',
    lines: [
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
      ['stell die kurze Massage als Standard ein', 'SetPreferenceIntent length=quick'],
      ['ich möchte immer die kurze Massage', 'SetPreferenceIntent length=quick'],
      ['immer kurz bitte', 'SetPreferenceIntent length=quick'],
      ['kurz als Standard', 'SetPreferenceIntent length=quick'],
      ['ab jetzt immer kurz', 'SetPreferenceIntent length=quick'],
      ['immer die kurze', 'SetPreferenceIntent length=quick'],
      ['starte eine Massage', 'StartRoutineIntent'],
      ['ich benutze ein Gua Sha', 'SetPreferenceIntent tool=guasha'],
      ['ich nutze meistens einen Rosenquarz Roller', 'SetPreferenceIntent tool=roller'],
      ['stell das Tempo auf langsamer', 'SetPreferenceIntent pace=slower'],
      ['konzentrier dich immer auf meine Augenbrauen', 'SetPreferenceIntent focus=brows'],
      ['konzentriere dich immer auf meinen Kiefer', 'SetPreferenceIntent focus=jaw'],
      ['immer mehr Zeit für den Kiefer', 'SetPreferenceIntent focus=jaw'],
      ['benutze meine Jaderolle', 'SetPreferenceIntent tool=roller'],
      ['nimm meine Jaderolle', 'SetPreferenceIntent tool=roller'],
      ['ich benutze meine Jaderolle', 'SetPreferenceIntent tool=roller'],
      ['heute mit meiner Jaderolle', 'StartRoutineIntent tool=roller'],
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
      ['was habe ich am 13. gesagt', 'JournalIntent date=2024-12-13'],
      ['was habe ich am dreizehnten gesagt', 'JournalIntent date=2024-12-13'],
      ['lies mein Tagebuch', 'JournalIntent'],
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
      ['der Kiefer', 'TensionIntent area=jaw'],
      ['mein Kopf', 'TensionIntent area=forehead'],
      ['hinter den Augen', 'TensionIntent area=eyes'],
      ['hinten im Nacken', 'TensionIntent area=neck'],
      ['eigentlich nirgendwo', 'TensionIntent word=nowhere'],
      ['eigentlich nirgends', 'TensionIntent word=nowhere'],
      ['es war wieder mein Kiefer', 'TensionIntent area=jaw'],
      ['zwischen den Augenbrauen', 'TensionIntent area=brows'],
      ['mein Kiefer, glaube ich', 'TensionIntent area=jaw'],
      ['die Stirn und die Schläfen', 'TensionIntent area=forehead other=temples'],
      ['hauptsächlich der Nacken', 'TensionIntent area=neck'],
      ['die Stirn', 'TensionIntent area=forehead'],
      ['frag nicht mehr nach Spannung', 'TensionOffIntent'],
      ['frag wieder nach Spannung', 'TensionOnIntent'],
      ['wo halte ich Spannung', 'TensionPatternsIntent'],
      ['lösche den Eintrag von gestern', 'DeleteEntryIntent date=2024-11-13'],
      ['lösche den heutigen Eintrag', 'DeleteEntryIntent'],
      ['lösche, was ich gestern gesagt habe', 'DeleteEntryIntent date=2024-11-13'],
      ['entferne den letzten Abend', 'DeleteEntryIntent'],
      ['vergiss gestern Abend', 'DeleteEntryIntent date=2024-11-13'],
      ['lösche gestern Abend', 'DeleteEntryIntent date=2024-11-13'],
      ['vergiss es', 'AMAZON.CancelIntent'],
      ['vergiss alles', 'DeleteDataIntent'],
      ['lösch alles', 'DeleteDataIntent'],
      ['lösch gestern', 'DeleteEntryIntent date=2024-11-13'],
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
    ],
    launches: [
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
      ['starte meine Gesichtsmassage mit meiner Jaderolle', 'StartRoutineIntent tool=roller oneShot'],
      ['öffne meine Gesichtsmassage mit meiner Hand', 'StartRoutineIntent tool=hands oneShot'],
      ['öffne meine Gesichtsmassage und starte mit meinem Gua Sha', 'StartRoutineIntent tool=guasha oneShot'],
      ['frag meine Gesichtsmassage fang mit meinen Händen an', 'StartRoutineIntent tool=hands oneShot'],
      ['frag meine Gesichtsmassage nach jonglieren', 'launch rest=jonglieren'],
    ],
    answer: 'Der Spaziergang im Park, mit Ölzeug.',
    controls: [
      ['stopp', 'AMAZON.StopIntent'],
      ['langsamer', 'SlowerIntent'],
    ],
    fillers: { date: ['gestern', '2024-11-13'], time: ['halb zehn', '21:30'], phrase: 'ein spaziergang im park' },
    resolveDate: resolveDateDe,
    resolveTime: resolveTimeDe,
    dates: [
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
      ['am zwanzigsten', '2024-11-20'],
      ['am 13.', '2024-12-13'],
      ['den einunddreißigsten', '2024-12-31'],
      ['letzten Monat', '2024-10'],
      ['auf der Party', undefined],
      ['', undefined],
    ],
    times: [
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
    ],
  },
};

describe.each(Object.entries(SPEAKERS))('%s', (locale, sp) => {
  const nlu = LocalNlu.fromFile(modelOf(locale), { now: () => NOW, timeZone: sp.timeZone });

  describe('LocalNlu.match', () => {
    it('knows the invocation name of its model', () => {
      expect(nlu.invocationName).toBe(sp.invocationName);
    });

    it.each(sp.lines)('%j -> %s', (line, expected) => {
      expect(summary(nlu.match(line))).toBe(expected);
    });

    it.each(sp.launches)('%j -> %s', (line, expected) => {
      expect(summary(nlu.match(line))).toBe(expected);
    });

    it('keeps a reflection answer exactly as said, only trimmed', () => {
      expect(nlu.match(`  ${sp.answer}  `, ELICIT_GREAT)).toEqual({ kind: 'intent', name: 'ReflectionIntent', slots: { great: { value: sp.answer } } });
    });

    it.each(sp.controls)('%j said for a reflection answer is %s, never the answer', (line, expected) => {
      expect(summary(nlu.match(line, ELICIT_GREAT))).toBe(expected);
    });

    it('maps every sample of the model back to its own intent', () => {
      expect(samplesMissingTheirIntent(modelOf(locale), nlu, sp.fillers)).toEqual([]);
    });

    it('maps every implicit built-in phrase to its intent', () => {
      for (const [name, phrases] of Object.entries(builtinPhrases(locale))) {
        for (const p of phrases) expect(`${p} -> ${summary(nlu.match(p))}`).toBe(`${p} -> ${name}`);
      }
    });
  });

  describe('dates', () => {
    it.each(sp.dates)('%j -> %s', (text, expected) => {
      expect(sp.resolveDate(text, NOW, 'UTC')).toBe(expected);
    });
  });

  describe('times', () => {
    it.each(sp.times)('%j -> %s', (text, expected) => {
      expect(sp.resolveTime(text)).toBe(expected);
    });
  });
});

describe('English only', () => {
  const nlu = LocalNlu.fromFile(modelOf('en-US'), { now: () => NOW });
  const modelPath = modelOf('en-US');

  describe('while eliciting a reflection answer', () => {
    const ctx = ELICIT_GREAT;

    it('drops a leading wake word from the answer', () => {
      expect(nlu.match('Alexa, a long walk by the river.', ctx)).toEqual({
        kind: 'intent',
        name: 'ReflectionIntent',
        slots: { great: { value: 'a long walk by the river.' } },
      });
    });

    it.each(['yes', 'no', 'my neck feels tense', 'nothing really', 'go back', 'what did i say yesterday', 'work was busy'])(
      '%j is an answer',
      (line) => {
        expect(nlu.match(line, ctx)).toEqual({ kind: 'intent', name: 'ReflectionIntent', slots: { great: { value: line } } });
      },
    );

    it('fills the slot that is being elicited', () => {
      const r = nlu.match('Going to bed earlier', { elicit: { intent: 'ReflectionIntent', slot: 'better' } });
      expect(r).toEqual({ kind: 'intent', name: 'ReflectionIntent', slots: { better: { value: 'Going to bed earlier' } } });
    });
  });

  it('resolves dates in the given time zone', () => {
    // 03:00 UTC on the 15th is still the evening of the 14th in Los Angeles.
    const late = new Date('2024-11-15T03:00:00Z');
    const utc = LocalNlu.fromFile(modelPath, { now: () => late });
    const la = LocalNlu.fromFile(modelPath, { now: () => late, timeZone: 'America/Los_Angeles' });
    expect(summary(utc.match('what did i say yesterday'))).toBe('JournalIntent date=2024-11-14');
    expect(summary(la.match('what did i say yesterday'))).toBe('JournalIntent date=2024-11-13');
  });

  it('refuses a file that is not an interaction model', () => {
    expect(() => new LocalNlu({ nope: true })).toThrow(/interaction model/);
  });
});

describe('normalise', () => {
  it.each([
    ['Alexa, Slow DOWN!', 'slow down'],
    ['  what’s   my streak? ', "what's my streak"],
    ['remind me at 9:30 p.m.', 'remind me at 9:30 pm'],
    ['on the thirty-first', 'on the thirty first'],
    ['2024-W45-WE', '2024-w45-we'],
    ["'quoted' words", 'quoted words'],
    ['alexander', 'alexander'],
  ])('%j -> %j', (input, expected) => {
    expect(normalise(input)).toBe(expected);
  });
});

describe('resolveDate (English)', () => {
  it('uses the ISO week year at the turn of the year', () => {
    // Thursday 2 January 2025 is in 2025-W01; a week before is 2024-W52.
    const jan = new Date('2025-01-02T12:00:00Z');
    expect(resolveDate('this week', jan, 'UTC')).toBe('2025-W01');
    expect(resolveDate('last week', jan, 'UTC')).toBe('2024-W52');
    // Sunday 29 December 2024 is in 2024-W52; Monday 30 December 2024 already in 2025-W01.
    expect(resolveDate('this week', new Date('2024-12-29T12:00:00Z'), 'UTC')).toBe('2024-W52');
    expect(resolveDate('this week', new Date('2024-12-30T12:00:00Z'), 'UTC')).toBe('2025-W01');
  });

  it('counts days in the given time zone, and falls back to UTC for an unknown zone', () => {
    const late = new Date('2024-11-15T03:00:00Z');
    expect(resolveDate('today', late, 'America/Los_Angeles')).toBe('2024-11-14');
    expect(resolveDate('today', late, 'Asia/Tokyo')).toBe('2024-11-15');
    expect(resolveDate('today', late, 'Not/AZone')).toBe('2024-11-15');
  });
});

describe('resolveDateDe (German)', () => {
  it('reads ordinal days with every ending, and nothing else', () => {
    expect([parseDayOfMonth('ersten'), parseDayOfMonth('zweiter'), parseDayOfMonth('siebten'), parseDayOfMonth('zwanzigste'), parseDayOfMonth('neunzehnten')]).toEqual([1, 2, 7, 20, 19]);
    expect([parseDayOfMonth('zwanzigten'), parseDayOfMonth('neunzehnsten'), parseDayOfMonth('karten')]).toEqual([undefined, undefined, undefined]);
  });
});
