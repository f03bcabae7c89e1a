/**
 * Every spoken line outside the massage areas, German (de-DE): the same keys as lines.en.ts,
 * written fresh in the du-form of German wellness apps. Short sentences for someone half asleep.
 *
 * Placeholders, as the German rules fill them:
 * - {area}: the area in the dative ("deiner Stirn"), so always after "bei" or "mit" ("bei dem Ausklang"
 *   is said "beim Ausklang": `contract` in de.ts);
 * - {tool}: the tool in the dative ("deinen Händen"), after "mit";
 * - {length}: the adjective before "Massage" ("kurze"); {pace}: an adverb ("langsamer");
 * - {when}: an adverbial of time ("gestern", "am Montag, dem 23. November", "im November"),
 *   so it fits "was du {when} erzählt hast";
 * - {at}: when a reminder first comes ("heute Abend um halb zehn"); {every}: how it repeats ("jeden Abend");
 * - {massages}, {minutesWord}, {currentDays}, {bestDays}: a count said with its word ("eine Massage", "3 Tage").
 */
import type { LineKey } from './lines.en';
import type { Variants } from './types';

export const LINES: Record<LineKey, Variants> = {
  // Opening
  welcomeFirst: ['Willkommen. Ich führe dich Schritt für Schritt. Massier mit leichtem Druck. Tut etwas weh, hör auf.'],
  greetingEvening: ['Guten Abend.', 'Schön, dass du da bist.', 'Hallo, guten Abend.', 'Willkommen zurück.'],
  greetingDay: ['Hallo.', 'Schön, dass du da bist.', 'Willkommen zurück.'],
  greetingBedtime: ['Mach es dir bequem.', 'Mach es dir gemütlich.', 'Komm zur Ruhe.'],
  oil: ['Wärm etwas Öl zwischen deinen Handflächen.', 'Verreib etwas Öl zwischen den Händen.', 'Wärm etwas Öl in deinen Händen.'],
  oilShort: ['Etwas Öl in die Hände.', 'Wärm etwas Öl an.', 'Zuerst etwas Öl.'],
  resumeAt: ['Wir machen bei {area} weiter. Sag von vorne, wenn du neu beginnen möchtest.', 'Wir machen da weiter, wo du aufgehört hast: bei {area}. Sag von vorne, um neu anzufangen.'],
  // Ein Platz, an einem späteren Abend aufgenommen: ein Wort statt der Begrüßung, dann das Öl; der
  // Hinweis folgt ein paar Sekunden in der ersten Stille.
  resumeLater: ['Willkommen zurück.', 'Da bist du wieder.'],
  resumeHint: ['Wir machen bei {area} weiter, wo du letztes Mal aufgehört hast. Für eine neue Massage sag von vorne.'],
  focusNote: ['Heute bleiben wir länger bei {area}.', 'Heute verweilen wir etwas länger bei {area}.'],
  toolNote: ['Heute mit {tool}.', 'Heute massierst du mit {tool}.'],

  // Between chapters and at the end
  chapterBreak: ['Weiter mit {area}?', 'Gut. Weiter mit {area}?', 'Machen wir mit {area} weiter?'],
  chapterBreakReprompt: ['Sag ja, dann geht es mit {area} weiter. Oder sag stopp, um für heute aufzuhören.'],
  closing: ['Das war es für heute.', 'Und damit ist deine Massage fertig.', 'Fertig für heute.'],
  closingBedtime: ['Das war alles für heute.', 'Fertig. Jetzt ruh dich aus.'],
  streakFirst: ['Das war deine erste Massage. Ein schöner Anfang.', 'Deine erste Massage. Schön gemacht.'],
  streakNew: ['Heute beginnt eine neue Serie.', 'Tag eins einer neuen Serie.'],
  streakSameDay: ['Heute schon wieder. Schön.', 'Noch eine heute. Schön.'],
  streakDays: ['Das sind {count} Tage in Folge.', 'Jetzt schon {count} Tage hintereinander.', '{count} Tage in Folge.'],
  reflectOffer: ['Magst du noch kurz auf deinen Tag zurückblicken?', 'Möchtest du dir einen Moment für deinen Tag nehmen?'],
  reflectOfferReprompt: ['Magst du auf deinen Tag zurückblicken? Sag einfach ja oder nein.'],
  reflectReady: ['Zeit für deine drei Fragen. Bereit?', 'Jetzt deine drei Fragen. Bereit?'],
  goodnight: ['Mach es gut.', 'Bis bald.', 'Bis zum nächsten Mal.'],
  goodnightBedtime: ['Schlaf gut.', 'Gute Nacht. Schlaf schön.', 'Ruh dich gut aus.'],

  // Controls
  ackSlower: ['Etwas langsamer.', 'Ich werde langsamer.', 'Langsamer jetzt.'],
  ackFaster: ['Etwas zügiger.', 'Ich werde schneller.', 'Schneller jetzt.'],
  ackSlowest: ['Langsamer geht es bei mir nicht.', 'Das ist schon mein ruhigstes Tempo.'],
  ackFastest: ['Schneller geht es bei mir nicht.', 'Das ist schon mein schnellstes Tempo.'],
  ackNext: ['Zum nächsten Bereich.', 'Der nächste Bereich.', 'Wir gehen weiter.'],
  ackPrevious: ['Zurück.', 'Einen Schritt zurück.'],
  ackRepeat: ['Noch einmal.', 'Gleich noch mal.'],
  ackStartOver: ['Von vorne.', 'Wir fangen neu an.'],
  ackResume: ['Wir machen weiter.', 'Es geht weiter.', 'Und weiter.'],
  firstAlready: ['Wir sind schon am Anfang.'],
  lastAlready: ['Das war schon der letzte Bereich.'],
  paused: ['Pause bei {area}. Sag weiter, wenn du so weit bist.', 'Kurze Pause bei {area}. Sag weiter, sobald du magst.'],
  pausedReprompt: ['Ich bin noch da. Sag weiter, oder stopp.'],
  // The place is kept until the end of the next practice day (RESUME_DAYS): say so, and no further.
  stopMid: ['Ich höre hier auf und merke mir bis morgen Abend, dass wir bei {area} waren.', 'Okay. Wenn du bis morgen Abend wiederkommst, machen wir bei {area} weiter.'],
  stopDone: ['In Ordnung.', 'Alles klar.'],

  // Discomfort: calm, practical, never a diagnosis
  safetyPain: ['Hör auf, dort zu drücken. Lass die Finger kurz ruhen, und massier dann viel sanfter, oder lass den Bereich heute aus.'],
  safetySkin: ['Hör dort auf, und lass diese Stelle heute in Ruhe. Lass den Bereich aus, oder berühr die Haut rundherum nur ganz leicht.'],
  safetyUnwell: ['Hör erst einmal auf und lass die Hände sinken. Lehn dich zurück und atme langsam. Wenn es nicht vergeht oder wiederkommt, lass dich bitte ärztlich beraten.'],
  safetyAny: [
    'Hör erst einmal auf zu drücken und lass die Hände ruhen. Massier viel sanfter, oder lass den Bereich aus. Wenn du dich unwohl fühlst und es nicht vergeht, lass dich bitte ärztlich beraten.',
  ],
  safetyCarryOn: ['Wenn du so weit bist: Soll ich ganz sanft mit {area} weitermachen?'],
  safetyCarryOnReprompt: ['Sag ja, dann geht es sanft mit {area} weiter. Oder sag stopp, um für heute aufzuhören.'],
  safetyRest: ['Nimm dir alle Zeit, die du brauchst. Wenn du so weit bist, sag weiter, dann geht es mit {area} weiter. Oder sag stopp, um für heute aufzuhören.'],
  safetyRestReprompt: ['Sag weiter, wenn du so weit bist, oder stopp.'],
  ackGently: ['Jetzt ganz sanft, fast ohne Druck.', 'Jetzt leichter.'],
  // Said inside the routine where it passes an area named as sore (no {tonight}: the narration has no clock).
  soreLeftOut: ['Bei {area} setzen wir heute aus.'],
  // Discomfort once no massage is under way (the check-in, the offer, the questions): nothing about pressing.
  safetyAfterPain: ['Lass die Hände jetzt ruhen und gib deinem Gesicht Zeit, sich zu beruhigen. Wenn es nicht nachlässt, lass die Massage aus, bis es vorbei ist.'],
  safetyAfterSkin: ['Lass die Stelle jetzt in Ruhe, {tonight} ohne Öl und ohne Reiben. Gib deiner Haut Zeit, sich zu beruhigen. Wenn es nicht nachlässt, lass die Massage aus, bis es vorbei ist.'],
  safetyAfterAny: ['Lass die Hände jetzt ruhen und gib deinem Gesicht Zeit, sich zu beruhigen. Wenn du dich unwohl fühlst und es nicht vergeht, lass dich bitte ärztlich beraten.'],

  // Help and the unexpected
  help: [
    'Während der Massage kannst du sagen: überspringen, zurück, wiederholen, langsamer, schneller, Pause oder stopp. Oder: erzähl mir mehr, für die ganze Anleitung. Du kannst auch Länge, Tempo oder Hilfsmittel ändern, zum Beispiel: ich benutze einen Jaderoller.',
  ],
  helpCarryOn: ['Soll ich mit {area} weitermachen?'],
  helpCarryOnReprompt: ['Sag ja, dann mache ich mit {area} weiter. Oder sag stopp.'],
  helpIdle: [
    'Ich begleite dich durch eine sanfte Gesichtsmassage und frage, wo du Spannung gespürt hast. Danach stelle ich dir drei Fragen zu deinem Tag und bewahre deine Antworten auf. Du kannst sagen: starte meine Massage, wie läuft es bei mir, oder: was habe ich gestern gesagt. Du kannst auch Länge, Tempo oder Hilfsmittel ändern, zum Beispiel: stell die kurze Massage als Standard ein. Was möchtest du?',
  ],
  helpIdleReprompt: ['Sag starte meine Massage, oder stopp.'],
  fallback: ['Entschuldige, das habe ich nicht verstanden.', 'Das habe ich leider nicht mitbekommen.'],
  fallbackRoutine: ['Du kannst überspringen, wiederholen, langsamer oder Pause sagen. Soll ich mit {area} weitermachen?'],
  fallbackIdle: ['Du kannst sagen: starte meine Massage, oder: was habe ich gestern gesagt. Was möchtest du?'],
  openAgain: ['Gern. Du kannst sagen: starte eine Massage, oder: was habe ich gestern gesagt. Was möchtest du?'],
  noRoutine: ['Gerade läuft keine Massage. Soll ich eine starten?'],
  noRoutineReprompt: ['Möchtest du eine Massage starten? Ja oder nein.'],
  yesNoReprompt: ['Sag einfach ja oder nein.'],
  noUser: ['Entschuldige, ich kann nicht erkennen, wer fragt, deshalb kann ich nichts für dich aufbewahren oder vorlesen. Versuch es bitte noch einmal über dein Alexa Gerät.'],
  error: ['Entschuldige, bei mir ist etwas schiefgegangen. Versuch es gleich noch einmal.'],
  notSaved: ['Das konnte ich gerade nicht speichern. Ich behalte es aber und versuche es noch einmal.'],
  notSavedAgain: ['Das behalte ich auch.'],
  journalUnavailable: ['Ich komme gerade nicht an dein Tagebuch. Versuch es gleich noch einmal.'],

  // Preferences
  prefLength: ['Okay. Ab jetzt ist die {length} Massage dein Standard.'],
  prefTool: ['Alles klar. Ab jetzt massieren wir mit {tool}.'],
  prefPace: ['Okay. Ab jetzt geht es {pace}.'],
  prefPaceNormal: ['Okay. Ab jetzt wieder im gewohnten Tempo.'],
  prefFocus: ['Alles klar. Ab jetzt bleibe ich länger bei {area}.'],
  usualOffer: ['Möchtest du ab jetzt immer die {length} Massage?'],
  usualOfferReprompt: ['Soll die {length} Massage dein Standard werden? Ja oder nein.'],
  prefUnclear: ['Du kannst zum Beispiel sagen: stell die kurze Massage als Standard ein, oder: ich benutze ein Gua Sha. Was möchtest du ändern?'],
  prefUnclearReprompt: ['Was möchtest du ändern?'],
  prefAgain: ['Gern. Du kannst zum Beispiel sagen: immer die kurze Massage, oder: nimm meinen Jaderoller. Was möchtest du ändern?'],
  prefDone: ['Soll ich jetzt eine Massage starten?'],

  // Progress
  progressNone: ['Du hast noch keine Massage abgeschlossen. Sag einfach starte meine Massage, wann immer du magst.'],
  progressSummary: ['Du hast {massages} gemacht, zusammen etwa {minutesWord}. Deine aktuelle Serie: {currentDays} am Stück. Dein Rekord: {bestDays}.'],
  progressSummaryOneDay: ['Du hast {massages} gemacht, zusammen etwa {minutesWord}.'],
  progressSummaryOneDayBest: ['Du hast {massages} gemacht, zusammen etwa {minutesWord}. Dein Rekord: {bestDays} am Stück.'],
  progressSummaryNoStreak: [
    'Du hast {massages} gemacht, zusammen etwa {minutesWord}. Gerade läuft keine Serie, dein Rekord: {bestDays} am Stück. Heute kann eine neue beginnen.',
  ],
  progressAsk: ['Möchtest du jetzt eine machen?'],

  // Deleting everything
  deleteAllConfirm: ['Das löscht deinen Fortschritt, deine Einstellungen und dein Tagebuch, endgültig. Bist du sicher?'],
  deleteAllConfirmReprompt: ['Soll ich alles löschen? Ja oder nein.'],
  deleteAllDone: ['Erledigt. Alles ist gelöscht. Wenn du wiederkommst, fangen wir ganz neu an.'],
  deleteAllDoneReminder: ['Erledigt. Alles ist gelöscht, und die abendliche Erinnerung ist abbestellt. Wenn du wiederkommst, fangen wir ganz neu an.'],
  deleteKept: ['Okay, ich habe nichts gelöscht.'],

  // Reflection
  askGreat: ['Was war heute schön?', 'Was war gut an deinem Tag?'],
  askChallenging: ['Und was war heute schwer?', 'Was war heute anstrengend?'],
  askBetter: ['Was würde deinen Tag morgen besser machen?', 'Was könnte beim nächsten Mal besser laufen?'],
  reflectHelp: ['Antworte einfach mit deinen eigenen Worten. Du kannst auch überspringen oder stopp sagen.'],
  answerKept: ['Danke.', 'Danke, dass du das erzählst.', 'Verstanden.', 'Notiert.'],
  answerKeptCut: ['Das war viel, mehr als ich in einer Antwort behalten kann. Behalten habe ich es bis: {answer}.'],
  answerSkipped: ['Das ist in Ordnung.', 'Kein Problem.', 'Okay, die überspringen wir.'],
  answerUnclear: ['Entschuldige, das habe ich nicht verstanden.', 'Das habe ich nicht mitbekommen.'],
  reflectDone: ['Deine Antworten sind aufgehoben.', 'Alles steht in deinem Tagebuch.', 'In deinem Tagebuch gespeichert.'],
  reflectDoneNothing: ['Das ist in Ordnung.', 'Kein Problem.'],
  reflectStopped: ['Okay. Was du gesagt hast, habe ich aufgeschrieben.', 'Ich höre hier auf. Deine Antworten sind aufgehoben.'],
  reflectStoppedNothing: ['In Ordnung.', 'Alles klar.'],
  retrySave: ['Ein paar Antworten konnte ich gerade nicht speichern. Soll ich es noch einmal versuchen?'],
  retrySaveReprompt: ['Soll ich noch einmal versuchen, deine Antworten zu speichern? Ja oder nein.'],
  retrySaved: ['Jetzt ist es gespeichert.', 'Hat geklappt. Gespeichert.'],
  retryFailed: ['Es hat wieder nicht geklappt. Es tut mir leid, sie sind nicht gespeichert.'],
  unsavedLost: ['Es tut mir leid, ein paar deiner Antworten konnten nicht gespeichert werden.'],
  reflectLeave: ['Sollen wir die Fragen lassen und zurück zur Massage gehen?'],
  reflectLeaveStartOver: ['Sollen wir die Fragen lassen und die Massage neu beginnen?'],
  reflectLeaveReprompt: ['Sag ja, dann geht es zurück zur Massage. Oder sag nein, dann bleiben wir bei deinen Fragen.'],
  reflectBack: ['Zurück zur Frage davor.'],
  reflectBackKept: ['Zurück zur Frage davor. Eine neue Antwort ersetzt deine alte; sag überspringen, dann behalte ich sie.'],
  reflectFirstQuestion: ['Das ist die erste Frage.'],
  reflectJournalLater: ['Dein Tagebuch kannst du hören, wenn wir mit den Fragen fertig sind. Oder sag stopp, dann hören wir jetzt damit auf.'],
  reflectStay: ['Gut, wir bleiben bei deinen Fragen.'],
  reflectOnQuestions: ['Wir sind gerade bei deinen Fragen. Antworte mit deinen eigenen Worten, oder sag überspringen oder stopp.'],
  reflectNever: ['Okay, nach der Massage frage ich nicht mehr nach deinem Tag. Du kannst jederzeit sagen: lass uns reflektieren.'],
  reflectAlways: ['Okay. Nach jeder Massage geht es direkt zu deinen drei Fragen.'],

  // The tension check-in (after the routine, before the reflection offer), and its patterns.
  // {areas}, {area} and {second} say where the tension sat, preposition and all ("im Nacken", "rund um die Augen": tension.de.ts);
  // {evenings} says its count ("an drei Abenden"); {count}, {now} and {before} follow "an".
  tensionAsk: ['Wo hast du heute die meiste Spannung gespürt?', 'Wo saß heute die meiste Spannung?'],
  tensionAskReprompt: ['Wo war es heute am festesten? Nenn einen Bereich, sag nirgends, oder sag überspringen.'],
  tensionAskAgain: ['War es die Stirn, die Augen, der Kiefer oder der Nacken? Oder sag nirgends, oder überspringen.'],
  tensionHelp: ['Sag einfach, wo es sich fest angefühlt hat, zum Beispiel im Kiefer oder rund um die Augen. Oder sag nirgends, oder überspringen.'],
  tensionNoted: ['Gemerkt: Spannung {areas}.', 'Spannung {areas}. Notiert.'],
  tensionNowhere: ['Schön. Heute war nichts angespannt.', 'Schön zu hören.'],
  tensionEverywhere: ['Überall. Notiert.', 'Überall, gemerkt.'],
  tensionUnsure: ['Das ist in Ordnung.', 'Kein Problem.'],
  tensionSkipped: ['In Ordnung.', 'Gut.'],
  tensionLetGo: ['Kein Problem, dann lassen wir das für heute.', 'Schon gut, dann lassen wir das für heute.'],
  tensionOff: ['Okay, nach der Massage frage ich nicht mehr nach Spannung. Sag einfach frag wieder nach Spannung, wann immer du magst.'],
  tensionOn: ['Okay. Nach jeder Massage frage ich dich, wo du Spannung gespürt hast.'],
  tensionFocusLastNight: ['Gestern hast du Spannung {area} gespürt, deshalb bleiben wir heute etwas länger hier.'],
  tensionFocusLately: ['In letzter Zeit hast du öfter Spannung {area} gespürt, deshalb bleiben wir heute etwas länger hier.'],
  tensionFocusOnce: ['Neulich hast du Spannung {area} gespürt, deshalb bleiben wir heute etwas länger hier.'],
  tensionFocusAgain: ['Auch heute etwas länger hier.', 'Hier bleiben wir wieder etwas länger.', 'Wieder etwas mehr Zeit für diese Stelle.'],
  patternsNone: ['Du hast mir noch nicht erzählt, wo du Spannung spürst. Nach deiner nächsten Massage frage ich dich.'],
  patternsNoneOff: ['Du hast mir noch nicht erzählt, wo du Spannung spürst. Sag frag wieder nach Spannung, dann frage ich dich nach jeder Massage.'],
  patternsFew: ['Bisher hast du mir von {evenings} erzählt. Ab drei Abenden kann ich dir ein Muster zeigen.'],
  patternsWeekOne: ['An {count} der letzten sieben Abende lag die Spannung {area}.'],
  patternsWeekTwo: ['An {count} der letzten sieben Abende lag die Spannung {area}, an {count2} {second}.'],
  patternsWeekAllOver: ['An {count} der letzten sieben Abende war die Spannung überall.'],
  patternsWeekToo: ['Ab und zu auch {areas}.'],
  patternsWeekAllOverToo: ['An {evenings} war die Spannung überall.'],
  patternsWeekClear: ['An den letzten sieben Abenden, von denen du mir erzählt hast, war nichts angespannt.'],
  patternsWeekNone: ['Von den letzten sieben Abenden hast du mir nichts erzählt.'],
  patternsMonth: ['Über die letzten dreißig Abende lag die Spannung am häufigsten {area}, an {evenings}.'],
  patternsEasing: ['Es lässt nach: Spannung an {evenings}, in der Woche davor an {before}.'],
  patternsMore: ['Das ist mehr als zuvor: Spannung an {evenings}, in der Woche davor an {before}.'],
  patternsSame: ['Ungefähr so wie in der Woche davor.'],
  journalTension: ['Spannung {areas}.'],
  journalTensionNowhere: ['Nichts war angespannt.'],
  journalTensionEverywhere: ['Überall angespannt.'],
  journalOnlyTension: ['Du hast nur gesagt, wo du Spannung gespürt hast: {areas}.'],
  journalOnlyNowhere: ['Du hast nur gesagt, dass nichts angespannt war.'],
  journalOnlyEverywhere: ['Du hast nur gesagt, dass du überall Spannung gespürt hast.'],
  journalOnlyUnsure: ['Du hast nur gesagt, dass du nicht sicher warst, wo du Spannung gespürt hast.'],

  // Journal
  journalEmpty: ['Dein Tagebuch ist noch leer. Sag nach einer Massage einfach ja, wenn ich nach deinem Tag frage.'],
  journalNothingOn: ['Ich finde nichts, was du {when} erzählt hast.'],
  journalLatestOne: ['Zuletzt hast du {when} etwas erzählt. Soll ich es dir vorlesen?'],
  journalLatestTwo: ['Zuletzt hast du {before} und {when} etwas erzählt. Soll ich es dir vorlesen?'],
  journalLatestReprompt: ['Sag ja, dann lese ich dir deine letzten Abende vor. Oder sag stopp.'],
  journalNothingOnEither: ['Ich finde nichts, was du {when} oder {other} erzählt hast.'],
  journalDateUnknown: ['Dieses Datum habe ich im Kalender nicht gefunden. Du kannst zum Beispiel fragen: was habe ich am Montag gesagt?'],
  journalIntro: ['Das hast du {when} erzählt.'],
  journalLast: ['Das letzte Mal war {when}.'],
  journalLastToday: ['Das hast du vorhin erzählt.'],
  journalEntry: ['{when}.'],
  journalGreat: ['Schön war: {answer}.'],
  journalChallenging: ['Schwer war: {answer}.'],
  journalBetter: ['Fürs nächste Mal: {answer}.'],
  /** An answer read on from where the last read stopped. */
  journalGoingOn: ['Und weiter: {answer}.'],
  journalCut: ['Mehr davon konnte ich nicht behalten.'],
  journalGoOn: ['Da ist noch mehr. Soll ich weiterlesen?'],
  journalGoOnReprompt: ['Sag ja, dann lese ich weiter. Oder sag stopp.'],
  journalOlder: ['Es gibt auch ältere Abende. Soll ich sie dir vorlesen?'],
  journalOlderReprompt: ['Sag ja, dann lese ich dir ältere Abende vor. Oder sag stopp.'],
  journalEnd: ['Das war alles aus deinem Tagebuch.'],
  journalEndOf: ['Das war alles, was du {when} erzählt hast.'],
  journalDone: ['In Ordnung.', 'Alles klar.'],
  deleteJournalConfirm: ['Das löscht jede Antwort in deinem Tagebuch, endgültig. Bist du sicher?'],
  deleteJournalConfirmReprompt: ['Soll ich dein ganzes Tagebuch löschen? Ja oder nein.'],
  deleteJournalDone: ['Erledigt. Dein Tagebuch ist jetzt leer.'],
  deleteEntryConfirm: ['Soll ich löschen, was du {when} erzählt hast?'],
  deleteEntryConfirmReprompt: ['Soll ich löschen, was du {when} erzählt hast? Ja oder nein.'],
  deleteEntryDone: ['Erledigt. Was du {when} erzählt hast, ist gelöscht.'],
  deleteEntryNone: ['Da gibt es nichts zu löschen, {when} hast du nichts erzählt.'],
  deleteAllUnderWay: ['Ich habe angefangen, alles zu löschen. Diesmal dauert es etwas länger, der Rest läuft von selbst im Hintergrund. Du musst nichts tun.'],
  deleteJournalUnderWay: ['Ich habe angefangen, das zu löschen. Diesmal dauert es etwas länger, der Rest läuft von selbst im Hintergrund. Du musst nichts tun.'],
  deleteFailed: ['Entschuldige, das konnte ich gerade nicht löschen. Es hat sich nichts geändert. Versuch es später noch einmal.'],

  // Bedtime and reminders
  bedtimeAlways: ['Okay. Ab jetzt spreche ich immer mit der Schlafstimme.'],
  bedtimeNever: ['Okay. Ab jetzt keine Schlafstimme mehr.'],
  bedtimeAuto: ['Okay. Abends spreche ich mit der Schlafstimme.'],
  reminderOffer: ['Wenn du jeden Abend erinnert werden möchtest, sag einfach: Alexa, öffne meine Gesichtsmassage und erinnere mich um halb zehn.'],
  reminderConfirm: ['Soll ich dich {at} erinnern, und danach {every}?'],
  reminderConfirmReprompt: ['Soll ich die Erinnerung einrichten? Sag einfach ja oder nein.'],
  reminderSet: ['Erledigt. Ich erinnere dich {at}, und danach {every}.'],
  reminderText: ['Zeit für deine Gesichtsmassage.'],
  reminderNeedsPermission: ['Für Erinnerungen brauche ich deine Erlaubnis. Ich habe dir dafür eine Karte in die Alexa App geschickt.'],
  reminderRefused: ['Okay, keine Erinnerung. Du kannst Erinnerungen später in der Alexa App erlauben.'],
  reminderFailed: ['Entschuldige, die Erinnerung konnte ich gerade nicht einrichten. Versuch es später noch einmal.'],
  reminderCancelled: ['Erledigt. Keine abendlichen Erinnerungen mehr.'],
  reminderRemoveInApp: ['Deine abendliche Erinnerung konnte ich nicht selbst entfernen. Öffne dazu die Alexa App, geh zu Erinnerungen, und lösch sie dort.'],
  reminderCancelFailed: ['Entschuldige, die Erinnerung konnte ich gerade nicht abbestellen. Versuch es später noch einmal, oder lösch sie in der Alexa App unter Erinnerungen.'],
  reminderNone: ['Du hast keine Erinnerung von mir.'],
  reminderKept: ['Okay, keine Erinnerung.'],
};
