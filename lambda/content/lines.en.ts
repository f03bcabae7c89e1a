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
  greetingBedtime: ['Good evening. Settle in.', 'Hello. Get comfortable.', 'Time to wind down.'],
  oil: [
    'Warm a little oil between your palms.',
    'Rub a little oil between your hands to warm it.',
    'Start with a little oil, warmed in your palms.',
  ],
  resumeAt: [
    'Picking up at {area}. Say start over for a fresh one.',
    'Back where you stopped, at {area}. Say start over to begin again.',
  ],
  focusNote: ['Extra time for {area} tonight.', "We'll give {area} a little longer tonight."],
  toolNote: ['With your {tool} tonight.', 'Using your {tool}.'],

  // Between chapters and at the end
  chapterBreak: ['Good. Ready for {area}?', 'Good. Shall we go on to {area}?', 'Nicely done. Ready to move on to {area}?'],
  chapterBreakReprompt: ['Say yes to go on to {area}, or stop to finish for tonight.'],
  closing: ["That's it for tonight.", "And that's your massage done.", 'All done for tonight.'],
  closingBedtime: ['That is all for tonight. Let your hands rest.', 'All done. Let everything go soft.'],
  streakFirst: ['Your first evening. Lovely start.', 'That was your first one. Well done.'],
  streakNew: ['A new streak starts tonight.', 'Day one of a new streak.'],
  streakSameDay: ['Another one tonight. Nice.', 'Twice in one evening. Nice.'],
  streakDays: ["That's {count} evenings in a row.", '{count} evenings in a row now.', "That's {count} in a row."],
  reflectOffer: ['Would you like to reflect on your day?', 'Would you like a moment to reflect on today?'],
  reflectOfferReprompt: ['Would you like to reflect on today? Just say yes or no.'],
  reflectReady: ['Time for your three questions. Ready?', 'Now your three questions. Ready?'],
  goodnight: ['Sleep well.', 'Good night.', 'Rest well.'],
  goodnightBedtime: ['Sleep well.', 'Good night. Sleep softly.', 'Rest well tonight.'],

  // Controls
  ackSlower: ['Slower it is.', 'Slowing down.', 'Slower now.'],
  ackFaster: ['A little quicker.', 'Picking up the pace.', 'Quicker now.'],
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
  stopMid: ["Stopping here. I'll keep your place at {area}.", "Okay. I'll remember {area} for next time."],
  stopDone: ['Okay.', 'All right.'],

  // Discomfort: calm, practical, never a diagnosis
  safetyPain: ['Stop pressing there. Rest your fingers a moment, then use a much lighter touch, or leave that area out tonight.'],
  safetySkin: ['Stop there, and keep away from that spot tonight. Leave that area out, or keep your touch very light around it.'],
  safetyUnwell: ["Stop for now, and rest your hands. Sit back and breathe slowly. If it doesn't pass, or it keeps coming back, please get advice from a doctor."],
  safetyAny: ["Stop pressing for now, and rest your hands. Go much lighter, or leave that area out. If you feel unwell and it doesn't pass, please get advice from a doctor."],
  safetyCarryOn: ['When you are ready, shall I go on with {area}, more gently?'],
  safetyCarryOnReprompt: ['Say yes to go on gently with {area}, or stop to finish for tonight.'],
  safetyRest: ['Take all the time you need. When you feel ready, say carry on for {area}, or say stop to finish for tonight.'],
  safetyRestReprompt: ["Say carry on when you're ready, or stop."],
  ackGently: ['Gently now, with barely any pressure.', 'Lighter now.'],

  // Help and the unexpected
  help: ['While I guide you, you can say next, go back, repeat, slower, faster, pause or stop.'],
  helpCarryOn: ['Shall I carry on with {area}?'],
  helpCarryOnReprompt: ['Say yes to carry on with {area}, or stop.'],
  helpIdle: [
    'I guide a gentle face massage, then ask three questions about your day and keep your answers. You can say start my massage, how am I doing, or what did I say yesterday. What would you like?',
  ],
  helpIdleReprompt: ['Say start my massage, or stop.'],
  fallback: ["Sorry, I didn't catch that.", "Sorry, I missed that."],
  fallbackRoutine: ['You can say next, repeat, slower or pause. Shall I carry on with {area}?'],
  fallbackIdle: ['You can say start my massage, or what did I say yesterday. What would you like?'],
  noRoutine: ["There's no massage going right now. Shall I start one?"],
  noRoutineReprompt: ['Would you like to start a massage? Yes or no.'],
  yesNoReprompt: ['Just say yes or no.'],
  error: ['Sorry, something went wrong on my side. Please try again in a moment.'],
  notSaved: ["I couldn't save that just now, but I'm holding on to it and will try again."],
  notSavedAgain: ['Holding on to that one too.'],
  journalUnavailable: ["I can't reach your journal just now. Please try again in a moment."],

  // Preferences
  prefLength: ['Okay. The {length} routine is your default now.'],
  prefTool: ["Got it. I'll guide you for your {tool} from now on."],
  prefPace: ["Okay. I'll go {pace} from now on."],
  prefPaceNormal: ["Okay. Back to the usual pace from now on."],
  prefFocus: ['Got it. Extra time for {area} from now on.'],
  prefUnclear: ['You can say, for example, make quick my default, or I use a gua sha. What would you like to change?'],
  prefUnclearReprompt: ['What would you like to change?'],
  prefDone: ['Shall I start a massage now?'],

  // Progress
  progressNone: ["You haven't finished a massage yet. Say start my massage whenever you like."],
  progressSummary: [
    "You've done {completed} {massages}, about {minutes} minutes in all. Your current streak is {current}, and your best is {best}.",
  ],
  progressSummaryNoStreak: [
    "You've done {completed} {massages}, about {minutes} minutes in all. No streak right now, and your best is {best}. Tonight could start a new one.",
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
  reflectStay: ['Okay, staying with your questions.'],
  reflectOnQuestions: ["We're on your questions now. Answer in your own words, or say skip, or stop."],
  reflectHelp: ['Just answer in your own words. You can also say skip, or stop.'],
  answerKept: ['Lovely.', 'Thank you.', 'Got it.', 'Noted.'],
  answerSkipped: ["That's fine.", 'No problem.', 'Okay, skipping that one.'],
  answerUnclear: ["Sorry, I didn't catch that.", 'I missed that.'],
  reflectDone: ['Kept.', 'All kept.', 'Saved for you.'],
  reflectDoneNothing: ["That's all right.", 'No problem.'],
  reflectStopped: ["Okay. I've kept what you said.", 'Stopping here. What you said is kept.'],
  reflectStoppedNothing: ['Okay.', 'All right.'],
  retrySave: ["I couldn't save some of your answers just now. Shall I try again?"],
  retrySaveReprompt: ['Should I try saving your answers again? Yes or no.'],
  retrySaved: ['Saved now.', 'That worked. Saved.'],
  retryFailed: ["I still couldn't save them. I'm sorry they weren't kept."],
  unsavedLost: ["I'm sorry, some of tonight's answers couldn't be saved."],
  reflectNever: ["Okay, I won't ask about reflecting after the massage. You can still say, let's reflect."],
  reflectAlways: ["Okay. After each massage, I'll go straight to your three questions."],

  // Journal
  journalEmpty: ["Your journal is empty so far. After a massage, say yes when I ask about your day."],
  journalNothingOn: ["I don't have anything from {when}."],
  journalIntro: ['From {when}.'],
  journalLast: ['Last time was {when}.'],
  journalEntry: ['{when}.'],
  journalGreat: ['The good part: {answer}.'],
  journalChallenging: ['The hard part: {answer}.'],
  journalBetter: ['For next time: {answer}.'],
  /** An answer read on from where the last read stopped. */
  journalGoingOn: ['Going on: {answer}.'],
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
  deleteFailed: ["Sorry, I couldn't delete that just now. Nothing was changed. Please try again later."],

  // Bedtime and reminders
  bedtimeAlways: ["Okay. I'll always use the bedtime voice."],
  bedtimeNever: ["Okay. No bedtime voice from now on."],
  bedtimeAuto: ["Okay. I'll use the bedtime voice in the evenings."],
  reminderOffer: ["If you'd like a nudge each night, just say: Alexa, ask my face massage to remind me at nine thirty."],
  reminderConfirm: ["I'll remind you every night at {time}. Shall I set that?"],
  reminderConfirmReprompt: ['Should I set a nightly reminder for {time}? Yes or no.'],
  reminderSet: ['Done. Every night at {time}, I will remind you.', "Set. I'll remind you every night at {time}."],
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
