/**
 * Every spoken line outside the massage areas, English (all English locales).
 * Each entry is a list of variants; {placeholders} are filled by the caller.
 * Short, warm, and easy to follow with eyes half closed.
 */
export const LINES = {
  // Opening
  welcomeFirst: [
    "Welcome. I'll guide you one area at a time. Keep the pressure light, and stop if anything feels sore.",
  ],
  greetingEvening: ['Good evening.', 'Hello again.', 'Evening.', 'Welcome back.'],
  greetingDay: ['Hello.', 'Hello again.', 'Welcome back.'],
  greetingBedtime: ['Settle in.', 'Get comfortable.', 'Rest easy.'],
  oil: ['Warm a little oil between your palms.', 'Rub a little oil between your hands.', 'Start with a little warm oil.'],
  /** Before a short pause for the oil: with the greeting, at most six words (the first instruction within 6 s). */
  oilShort: ['Oil in your palms.', 'Warm a little oil.', 'A little oil first.'],
  resumeAt: [
    'Picking up at {area}, where you stopped. Say start over for a fresh one.',
    'Carrying on from {area}, where you stopped. Say start over to begin again.',
  ],
  // A place picked up on a later evening: a word in place of the greeting, then the oil; the note
  // comes a little way into the first area's silence, so that area begins as soon as on any evening.
  resumeLater: ['Welcome back.', 'Carrying on.'],
  resumeHint: ['We picked up at {area}, where you stopped last time. For a fresh one, say start over.'],
  focusNote: ['Extra time for {area} {tonight}.', "We'll give {area} a little longer {tonight}."],
  toolNote: ['With your {tool} {tonight}.', 'Using your {tool}.'],

  // Between chapters and at the end
  chapterBreak: ['Ready for {area}?', 'Good. Ready for {area}?', 'Shall we go on to {area}?'],
  chapterBreakReprompt: ['Say yes to go on to {area}, or stop to finish for {tonight}.'],
  closing: ["That's it for now.", "And that's your massage done.", 'All done.'],
  closingBedtime: ['All done for tonight.', 'All done. Rest now.'],
  streakFirst: ['That was your first massage. Lovely start.', 'Your first one. Well done.'],
  streakNew: ['A new streak starts today.', 'Day one of a new streak.'],
  streakSameDay: ['Another one today. Nice.', 'One more today. Lovely.'],
  streakDays: ["That's {count} days in a row.", '{count} days in a row now.', "That's {count} in a row."],
  reflectOffer: ['Would you like to reflect on your day?', 'Would you like a moment to reflect on today?'],
  reflectOfferReprompt: ['Would you like to reflect on today? Just say yes or no.'],
  reflectReady: ['Time for your three questions. Ready?', 'Now your three questions. Ready?'],
  /** By day and in the early evening (the bedtime mode in the evening says goodnightBedtime): never a wish for the night. */
  goodnight: ['Take care.', 'Take care of yourself.', 'See you next time.'],
  goodnightBedtime: ['Sleep well.', 'Good night. Sleep softly.', 'Rest well tonight.'],
  /** After a painful answer or feeling unwell, at any hour. */
  goodnightGentle: ['Take good care of yourself.', 'Be gentle with yourself {tonight}.'],

  // Controls
  ackSlower: ['Slower it is.', 'Slowing down.', 'Slower now.'],
  ackFaster: ['A little quicker.', 'Picking up the pace.', 'Quicker now.'],
  /** Said right after a change mid-routine (slower, a focus) that leaves areas out: never silently. */
  leftOut: ["To make time, we'll leave out {area} {tonight}.", "We'll leave out {area} {tonight}, to make time."],
  ackSlowest: ["This is my slowest pace.", "I'm already at my slowest."],
  ackFastest: ["This is my quickest pace.", "I'm already at my quickest."],
  ackNext: ['Moving on.', 'Next one.', 'On we go.'],
  ackPrevious: ['Going back.', 'Back one.'],
  ackRepeat: ['Once more.', 'Again.'],
  ackStartOver: ['From the top.', 'Starting again.'],
  ackResume: ['Carrying on.', "Let's carry on.", 'Here we go.'],
  firstAlready: ["We're at the start already."],
  lastAlready: ['That was the last area.'],
  paused: ['Paused at {area}. Say resume when you are ready.', 'Paused. Say resume to carry on with {area}.'],
  pausedReprompt: ['Still here. Say resume to carry on, or stop.'],
  // The place is kept until the end of the next practice day (RESUME_DAYS): say so, and no further.
  stopMid: ["Stopping here. I'll keep your place at {area} until tomorrow night.", "Okay. Come back by tomorrow night, and we'll pick up at {area}."],
  stopDone: ['Okay.', 'All right.'],
  /** A stop after feeling unwell: no hurry; the next launch starts fresh, and the place is kept for "resume". */
  stopRest: ["Okay, let's stop there, and rest. There's no hurry: next time we'll start fresh, or say resume to pick up at {area}."],
  /** The next launch after such a stop: said once, before a fresh routine. */
  welcomeBackRest: ["Welcome back. I hope you're feeling better. We'll start fresh {tonight}."],

  // Discomfort: calm, practical, never a diagnosis
  safetyPain: ['Stop pressing there. Rest your fingers a moment, then use a much lighter touch, or leave that area out {tonight}.'],
  safetySkin: ['Stop there, and keep away from that spot {tonight}. Leave that area out, or keep your touch very light around it.'],
  safetyUnwell: ["Stop for now, and rest your hands. Sit back and breathe slowly. If it doesn't pass, or it keeps coming back, please get advice from a doctor."],
  safetyAny: ["Stop pressing for now, and rest your hands. Go much lighter, or leave that area out. If you feel unwell and it doesn't pass, please get advice from a doctor."],
  safetyCarryOn: ['When you are ready, shall I go on with {area}, more gently?'],
  safetyCarryOnReprompt: ['Say yes to go on gently with {area}, or stop to finish for {tonight}.'],
  safetyRest: ['Take all the time you need. When you feel ready, say carry on for {area}, or say stop to finish for {tonight}.'],
  safetyRestReprompt: ["Say carry on when you're ready, or stop."],
  ackGently: ['Gently now, with barely any pressure.', 'Lighter now.'],
  // Said inside the routine where it passes an area named as sore (no {tonight}: the narration has no clock).
  soreLeftOut: ["We'll leave out {area} this time."],
  // Discomfort once no massage is under way (the check-in, the offer, the questions): nothing about pressing.
  safetyAfterPain: ["Let your hands rest now, and give your face time to settle. If the soreness doesn't pass, leave the massage out until it has."],
  safetyAfterSkin: ["Leave that spot alone now, with no more oil or rubbing {tonight}. Give your skin time to settle, and if it doesn't calm down, leave the massage out until it has."],
  safetyAfterAny: ["Let your hands rest now, and give your face time to settle. If you feel unwell and it doesn't pass, please get advice from a doctor."],

  // Help and the unexpected
  help: [
    'While I guide you, you can say next, go back, repeat, slower, faster, pause or stop, or tell me more for the full steps. You can also change the length, the tool or the pace, for example: use my jade roller.',
  ],
  helpCarryOn: ['Shall I carry on with {area}?'],
  helpCarryOnReprompt: ['Say yes to carry on with {area}, or stop.'],
  helpIdle: [
    'I guide a gentle face massage, ask where you felt tension, then ask three questions about your day and keep your answers. You can say start my massage, how am I doing, or what did I say yesterday. You can also change the length, the tool or the pace, for example: make quick my default. What would you like?',
  ],
  helpIdleReprompt: ['Say start my massage, or stop.'],
  fallback: ["Sorry, I didn't catch that.", "Sorry, I missed that."],
  fallbackRoutine: ['You can say next, repeat, slower or pause. Shall I carry on with {area}?'],
  fallbackIdle: ['You can say start my massage, or what did I say yesterday. What would you like?'],
  /** A yes or a no to an open question ("What would you like?"): the choices again, kindly. */
  openAgain: ['Sure. You can say start a massage, or what did I say yesterday. Which would you like?'],
  noRoutine: ["There's no massage going right now. Shall I start one?"],
  noRoutineReprompt: ['Would you like to start a massage? Yes or no.'],
  yesNoReprompt: ['Just say yes or no.'],
  noUser: ["Sorry, I can't tell who's asking, so I can't keep or read anything for you. Please try again from your Alexa device."],
  error: ['Sorry, something went wrong on my side. Please try again in a moment.'],
  notSaved: ["I couldn't save that just now, but I'm holding on to it and will try again."],
  notSavedAgain: ['Holding on to that one too.'],
  journalUnavailable: ["I can't reach your journal just now. Please try again in a moment."],

  // Preferences
  prefLength: ['Okay. The {length} routine is your default now.'],
  prefTool: ["Got it. From now on, we'll use your {tool}."],
  prefPace: ["Okay. I'll go {pace} from now on."],
  prefPaceNormal: ["Okay. Back to the usual pace from now on."],
  prefFocus: ['Got it. Extra time for {area} from now on.'],
  prefUnclear: ['You can say, for example, make quick my default, or I use a gua sha. What would you like to change?'],
  prefUnclearReprompt: ['What would you like to change?'],
  prefAgain: ['Sure. You can say, for example, always do the quick one, or use my jade roller. Which would you like to change?'],
  usualOffer: ['Would you like the {length} routine every time?'],
  usualOfferReprompt: ['Shall I make the {length} routine your usual? Yes or no.'],
  prefDone: ['Shall I start a massage now?'],

  // Progress
  progressNone: ["You haven't finished a massage yet. Say start my massage whenever you like."],
  progressSummary: [
    "You've done {completed} {massages}, about {minutes} {minutesWord} in all. That's {current} {currentDays} in a row, and your best is {best} {bestDays}.",
  ],
  /** A streak of one day is no streak: the count alone, and the best when there was a longer one. */
  progressSummaryOneDay: ["You've done {completed} {massages}, about {minutes} {minutesWord} in all."],
  progressSummaryOneDayBest: ["You've done {completed} {massages}, about {minutes} {minutesWord} in all. Your best is {best} {bestDays} in a row."],
  progressSummaryNoStreak: [
    "You've done {completed} {massages}, about {minutes} {minutesWord} in all. No streak right now; your best is {best} {bestDays} in a row. Today could start a new one.",
  ],
  progressAsk: ['Would you like to start one now?'],

  // Deleting everything
  deleteAllConfirm: ['This deletes your progress, your settings and your journal, for good. Are you sure?'],
  deleteAllConfirmReprompt: ['Should I delete everything? Yes or no.'],
  deleteAllDone: ["Done. Everything is deleted. If you come back, we'll start fresh."],
  deleteAllDoneReminder: ["Done. Everything is deleted, and the nightly reminder is cancelled. If you come back, we'll start fresh."],
  deleteKept: ['Okay, nothing deleted.'],

  // Reflection
  askGreat: ['What made today great?', 'What was good about today?'],
  askChallenging: ['And what was hard today?', 'What made today challenging?'],
  askBetter: ['What would make tomorrow better?', 'How could next time go better?'],
  reflectLeave: ['Shall we leave your questions and go back to the massage?'],
  reflectLeaveStartOver: ['Shall we leave your questions and start the massage again?'],
  reflectLeaveReprompt: ['Say yes to go back to the massage, or no to stay with your questions.'],
  reflectBack: ['Back to the question before.'],
  reflectBackKept: ['Back to the question before. A new answer replaces the one you gave; say skip to keep it.'],
  reflectFirstQuestion: ['This is the first question.'],
  reflectJournalLater: ["You can hear your journal once we're through the questions, or say stop to finish them now."],
  reflectStay: ['Okay, staying with your questions.'],
  reflectOnQuestions: ["We're on your questions now. Answer in your own words, or say skip, or stop."],
  reflectHelp: ['Just answer in your own words. You can also say skip, or stop.'],
  /** Said after any of the three answers, the hard one too: thanks, never praise. */
  answerKept: ['Thank you.', 'Thanks for telling me.', 'Got it.', 'Noted.'],
  /** After an answer about loss, grief, panic, being hurt or feeling very low (AnswerWords.heavy): kindness only. */
  answerHeavy: ["I'm so sorry. That's a lot to carry {tonight}.", "I'm so sorry. Thank you for telling me.", "That sounds so hard. I'm sorry."],
  /** After an answer about not wanting to live or hurting oneself (AnswerWords.unsafe), before answerHeavy's words. */
  answerUnsafe: ["If you're in danger right now, please reach out to someone you trust, or call your local emergency number."],
  /** Before the next question, after answerHeavy: it is theirs to answer or not. */
  reflectGentleNext: ["If you'd like, here's the next one. Or say stop, and rest."],
  /** "Wait", "hold on" during the questions: nothing is kept or ended, the question waits. */
  reflectTakeTime: ['Take your time.', 'No rush.'],
  // An answer longer than can be kept: said at once, with where the kept part stops.
  answerKeptCut: ["That was a lot, more than I can keep in one answer. I kept it up to: {answer}."],
  answerSkipped: ["That's fine.", 'No problem.', 'Okay, skipping that one.'],
  answerUnclear: ["Sorry, I didn't catch that.", 'I missed that.'],
  reflectDone: ['Your answers are kept.', 'All kept in your journal.', 'Saved in your journal.'],
  reflectDoneNothing: ["That's all right.", 'No problem.'],
  reflectStopped: ['Okay. Your answers so far are kept.', "Stopping here. I've kept your answers so far."],
  reflectStoppedNothing: ['Okay.', 'All right.'],
  retrySave: ["I couldn't save some of your answers just now. Shall I try again?"],
  retrySaveReprompt: ['Should I try saving your answers again? Yes or no.'],
  retrySaved: ['Saved now.', 'That worked. Saved.'],
  retryFailed: ["I still couldn't save them. I'm sorry they weren't kept."],
  unsavedLost: ["I'm sorry, some of your answers couldn't be saved."],
  reflectNever: ["Okay, I won't ask about reflecting after the massage. You can still say, let's reflect."],
  reflectAlways: ["Okay. After each massage, I'll go straight to your three questions."],

  // The tension check-in (after the routine, before the reflection offer), and its patterns
  tensionAsk: ['Where did you feel the most tension {tonight}?', 'Where did you hold the most tension {tonight}?'],
  tensionAskReprompt: ['Where was it tightest {tonight}? Name an area, say nowhere, or say skip.'],
  tensionAskAgain: ['Was it your forehead, your eyes, your jaw or your neck? Or say nowhere, or skip.'],
  tensionHelp: ['Just name where it felt tight, like your jaw or around your eyes. Or say nowhere, or skip.'],
  tensionNoted: ['Noted: {areas}.', '{areas}. Noted.'],
  tensionNowhere: ['Lovely. Nothing tight {tonight}.', 'Good to hear.'],
  tensionEverywhere: ['All over. Noted.', 'Everywhere, noted.'],
  tensionUnsure: ["That's fine.", 'No problem.'],
  tensionSkipped: ['Okay.', 'Sure.'],
  tensionLetGo: ["That's fine, we'll leave it for {tonight}.", "No matter, we'll leave it for {tonight}."],
  tensionOff: ["Okay, I won't ask about tension after the massage. Say ask about tension again whenever you like."],
  tensionOn: ["Okay. After each massage, I'll ask where you felt tension."],
  // The focus line is said any time of day, so the check-in's day is said as a day ("yesterday"), not as a night.
  tensionFocusLastNight: ['{area} {was} tight yesterday, so a little longer here.'],
  tensionFocusLately: ['{area} {hasBeen} tight lately, so a little longer here.'],
  tensionFocusOnce: ['{area} {was} tight the other day, so a little longer here.'],
  /** The same focus as the last routine's: a few words, a different variant each evening (no name, no day). */
  tensionFocusAgain: ['A little longer here again.', 'More time here again.', 'Again, a little longer here.'],
  patternsNone: ["You haven't told me where you feel tension yet. After your next massage, I'll ask."],
  patternsNoneOff: ["You haven't told me where you feel tension yet. Say ask about tension again, and I'll ask after each massage."],
  patternsFew: ["So far you've told me about {count} {evenings}. After three, I can start to show you a pattern."],
  patternsWeekOne: ['{area} {was} tight on {count} of the last seven evenings.'],
  patternsWeekTwo: ['{area} {was} tight on {count} of the last seven evenings, and {second} on {count2}.'],
  patternsWeekAllOver: ['On {count} of the last seven evenings, you felt it all over.'],
  /** After the one or two areas named most (or "all over"): every other area named in the week, briefly. */
  patternsWeekToo: ['{areas} came up too.'],
  /** After the areas: the evenings tight all over, when there were fewer of them than of the area named most. */
  patternsWeekAllOverToo: ['And on {count} {evenings}, you felt it all over.'],
  patternsWeekClear: ['Nothing felt tight on the last seven evenings you told me about.'],
  patternsWeekNone: ["You haven't told me about the last seven evenings."],
  patternsMonth: ['Over the last thirty, {area} came up most, on {count} {evenings}.'],
  patternsEasing: ["It's easing: {now} tight {evenings}, down from {before} the week before."],
  patternsMore: ['A few more tight evenings than the week before: {now}, up from {before}.'],
  patternsSame: ['About the same as the week before.'],
  journalTension: ['Tight: {areas}.'],
  journalTensionNowhere: ['Nothing felt tight.'],
  journalTensionEverywhere: ['Tight all over.'],
  // An evening with a check-in and no answers: what was said then, alone.
  journalOnlyTension: ['You only said where you felt tension: {areas}.'],
  journalOnlyNowhere: ['You only said that nothing felt tight.'],
  journalOnlyEverywhere: ['You only said that you felt tension all over.'],
  journalOnlyUnsure: ["You only said you weren't sure where you felt tension."],

  // Journal
  journalEmpty: ["Your journal is empty so far. After a massage, say yes when I ask about your day."],
  journalNothingOn: ["I don't have anything from {when}."],
  /** Said after journalNothingOn: the newest evenings by their days, offered ("last week" often meant the last few days). */
  journalLatestOne: ['The latest I have is from {when}. Shall I read it?'],
  journalLatestTwo: ['The latest I have are from {before} and {when}. Shall I read them?'],
  journalLatestReprompt: ['Say yes to hear your latest evenings, or stop.'],
  // A date that may be a weekday or a day of the month ("the 27th"), with nothing on either.
  journalNothingOnEither: ["I don't have anything from {when}, or from {other}."],
  journalDateUnknown: ["I couldn't find that date on a calendar. You can ask, for example: what did I say on Monday?"],
  journalIntro: ['From {when}.'],
  journalLast: ['Last time was {when}.'],
  /** The last evening is this one: said as a person would, not "Last time was today." */
  journalLastToday: ['From earlier {tonight}.'],
  journalEntry: ['{when}.'],
  journalGreat: ['The good part: {answer}.'],
  journalChallenging: ['The hard part: {answer}.'],
  journalBetter: ['For next time: {answer}.'],
  /** An answer read on from where the last read stopped. */
  journalGoingOn: ['Going on: {answer}.'],
  journalCut: ['That was as much of it as I could keep.'],
  journalGoOn: ["There's more. Shall I go on?"],
  journalGoOnReprompt: ['Say yes to hear more, or stop.'],
  journalOlder: ['There are older evenings too. Shall I read them?'],
  journalOlderReprompt: ['Say yes to hear older evenings, or stop.'],
  journalEnd: ["That's everything in your journal."],
  journalEndOf: ["That's all from {when}."],
  journalDone: ['Okay.', 'All right.'],
  deleteJournalConfirm: ['This deletes every answer in your journal, for good. Are you sure?'],
  deleteJournalConfirmReprompt: ['Should I delete your whole journal? Yes or no.'],
  deleteJournalDone: ['Done. Your journal is empty now.'],
  deleteEntryConfirm: ['Delete your journal entry from {when}?'],
  deleteEntryConfirmReprompt: ['Should I delete the entry from {when}? Yes or no.'],
  deleteEntryDone: ['Done. The entry from {when} is deleted.'],
  deleteEntryNone: ["There's no entry from {when} to delete."],
  deleteAllUnderWay: ["I've started deleting everything. It takes a little longer this time, so it finishes on its own in the background. You don't need to do anything."],
  deleteJournalUnderWay: ["I've started deleting that. It takes a little longer this time, so it finishes on its own in the background. You don't need to do anything."],
  deleteFailed: ["Sorry, I couldn't delete that just now. Nothing was changed. Please try again later."],

  // Bedtime and reminders
  bedtimeAlways: ["Okay. I'll always use the bedtime voice."],
  bedtimeNever: ["Okay. No bedtime voice from now on."],
  bedtimeAuto: ["Okay. I'll use the bedtime voice in the evenings."],
  reminderOffer: ["If you'd like a nudge each night, just say: Alexa, ask my face massage to remind me at nine thirty."],
  reminderConfirm: ['Shall I remind you at {at}, and every {every} after that?'],
  reminderConfirmReprompt: ['Shall I set that reminder? Just say yes or no.'],
  reminderSet: ["Done. I'll remind you at {at}, and every {every} after that."],
  reminderText: ['Time for your face massage.'],
  reminderNeedsPermission: ["To set reminders, I need your permission. I've sent a card to your Alexa app, where you can allow it."],
  reminderRefused: ["Okay, no reminder. You can allow reminders later in the Alexa app."],
  reminderFailed: ["Sorry, I couldn't set the reminder just now. Please try again later."],
  reminderCancelled: ['Done. No more nightly reminders.'],
  reminderRemoveInApp: ["I couldn't remove your nightly reminder myself. To stop it, open the Alexa app, go to Reminders, and delete it there."],
  reminderCancelFailed: ["Sorry, I couldn't cancel the reminder just now. Please try again later, or delete it in the Alexa app, under Reminders."],
  reminderNone: ["You don't have a reminder from me."],
  reminderKept: ['Okay, no reminder.'],
} as const;

export type LineKey = keyof typeof LINES;
