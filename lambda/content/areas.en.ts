/**
 * Spoken content for the nine massage areas (English, shared by every English locale).
 *
 * Rules for every line: warm, calm, second person, short spoken sentences; no digits,
 * symbols or parentheses; no medical or cosmetic claims; pressure always light and slow.
 * Spellings are chosen to read the same for British and American users.
 */
import type { AreaId } from '../routine/types';
import type { AreaContent, Variants } from './types';

export const AREA_CONTENT: Record<AreaId, AreaContent> = {
  forehead: {
    id: 'forehead',
    name: 'your forehead',
    intro: ['Now your forehead.', 'On to the forehead.', 'The forehead.', 'Your forehead now.'],
    purpose: 'Thinking and frowning leave a quiet tightness here.',
    instructions: {
      hands:
        'Place your fingertips in the middle of your forehead. Sweep them slowly out to your temples, light as a feather.',
      roller:
        'Roll from your brows up to your hairline, slow and light. Work from the middle out to each side.',
      guasha:
        'Hold the stone flat, at a low angle. Glide it slowly from the middle of your forehead out to each temple.',
    },
    bedtimeInstructions: {
      hands: 'Fingertips in the middle, sweep slowly out to the sides.',
      roller: 'Roll softly up from your brows to your hairline.',
      guasha: 'Stone flat and low, glide gently out to each temple.',
    },
    short: {
      hands: 'Forehead: fingertips sweep out to the sides.',
      roller: 'Forehead: roll up to the hairline.',
      guasha: 'Forehead: stone flat, glide out to the temples.',
    },
    cues: [
      'Let your forehead go smooth.',
      'Nothing to figure out now.',
      'Soft and wide.',
      'Let the thinking fade.',
    ],
    holdSeconds: 18,
  },

  brows: {
    id: 'brows',
    name: 'your brows',
    intro: ['Now your brows.', 'On to the brows.', 'The brows.', 'Your brows next.'],
    purpose: 'Your brows pull together when you concentrate, often without noticing.',
    instructions: {
      hands:
        'Pinch gently along each brow with your thumb and finger, from the inner end out to the tail. Keep it light.',
      roller:
        'Roll just above your brows, from the inner ends outward. Use the small end if your roller has one.',
      guasha:
        'Rest the stone flat above one brow, at a low angle. Sweep it slowly outward along the brow bone.',
    },
    bedtimeInstructions: {
      hands: 'Gentle pinches along each brow, from the middle outward.',
      roller: 'Roll softly along your brows, out to the sides.',
      guasha: 'Stone flat, glide slowly out along each brow.',
    },
    short: {
      hands: 'Brows: gentle pinches, out to the tails.',
      roller: 'Brows: roll along them, outward.',
      guasha: 'Brows: stone flat, out along the bone.',
    },
    cues: [
      'Soften your brow.',
      'Let the frown melt away.',
      'Let your brows drift apart.',
      'Room between the brows.',
    ],
    holdSeconds: 14,
  },

  temples: {
    id: 'temples',
    name: 'your temples',
    intro: ['Now your temples.', 'On to the temples.', 'The temples.', 'Over to your temples.'],
    purpose: 'The wide muscle here works every time you chew or clench.',
    instructions: {
      hands:
        'Make small, slow circles with two fingers on each temple. Then move up a little, into the hair above your ears.',
      roller:
        'Roll from the outer corner of each brow up and back into your hairline. Slow and light.',
      guasha:
        'Keep the stone flat and low. Glide it from the outer edge of your brow up into your hairline.',
    },
    bedtimeInstructions: {
      hands: 'Slow, small circles on each temple.',
      roller: 'Roll softly back from the outer brow into the hair.',
      guasha: 'Stone flat, glide softly up into the hairline.',
    },
    short: {
      hands: 'Temples: slow circles, then up into the hair.',
      roller: 'Temples: roll back into the hair.',
      guasha: 'Temples: stone flat, glide up into the hair.',
    },
    cues: [
      'Let your temples soften.',
      'Unclench a little more.',
      'Ease the sides of your head.',
      'Let the day loosen its grip.',
    ],
    holdSeconds: 18,
  },

  eyes: {
    id: 'eyes',
    name: 'the area around your eyes',
    intro: [
      'Now around your eyes.',
      'Around the eyes.',
      'Gently, around your eyes.',
      'Next, around your eyes.',
    ],
    purpose: 'Tired eyes welcome the lightest touch after a long day.',
    instructions: {
      hands:
        'Use your ring finger, barely touching. Tap softly along the bone under each eye, then out to the corner, never on the eyelid.',
      roller:
        'Use the small end with almost no pressure. Roll along the bone under each eye, outward, staying off the eyelid.',
      guasha:
        'Hold the stone flat, with almost no pressure. Glide along the bone under each eye, outward, never on the eyelid.',
    },
    bedtimeInstructions: {
      hands: 'Ring finger, feather light, under each eye, never the lid.',
      roller: 'Small end, barely touching, out along the bone under each eye.',
      guasha: 'Stone flat, feather light, under each eye, off the lid.',
    },
    short: {
      hands: 'Eyes: ring finger, barely touching, under each eye.',
      roller: 'Eyes: small end, barely touching, off the lid.',
      guasha: 'Eyes: stone flat, feather light, off the lid.',
    },
    cues: [
      'Lighter still.',
      'Lighter than a whisper.',
      'Let your eyes rest.',
      'Let your eyelids grow heavy.',
      'Soft as a breath.',
    ],
    holdSeconds: 14,
  },

  cheeks: {
    id: 'cheeks',
    name: 'your cheeks',
    intro: ['Now your cheeks.', 'On to the cheeks.', 'The cheeks.', 'Now to your cheeks.'],
    purpose: 'Your cheeks carry every smile and squint of the day.',
    instructions: {
      hands:
        'Rest your fingers beside your nose. Sweep slowly out under your cheekbones to your ears, with gentle pressure.',
      roller:
        'Roll from beside your nose outward and upward, along the cheekbone to your ear. Keep it slow.',
      guasha:
        'Lay the stone flat at a low angle beside your nose. Glide out under the cheekbone to your ear.',
    },
    bedtimeInstructions: {
      hands: 'Slow sweeps from your nose out to your ears.',
      roller: 'Roll softly out along your cheekbones.',
      guasha: 'Stone flat, glide out under your cheekbones.',
    },
    short: {
      hands: 'Cheeks: slow sweeps out to your ears.',
      roller: 'Cheeks: roll out along the cheekbones.',
      guasha: 'Cheeks: stone flat, out under the cheekbones.',
    },
    cues: [
      'Let your cheeks go slack.',
      'Soft and unhurried.',
      'Wide, easy strokes.',
      'Let your face feel heavy.',
    ],
    holdSeconds: 18,
  },

  jaw: {
    id: 'jaw',
    name: 'your jaw',
    intro: ['Now your jaw.', 'On to the jaw.', 'The jaw.', 'Your jaw now.'],
    purpose: 'The jaw is where many of us clench, often without noticing.',
    instructions: {
      hands:
        'Let your teeth part. Make slow, gentle circles on the thick muscle in front of each ear, then sweep along your jawline.',
      roller:
        'Let your teeth part. Roll from your chin along the jawline and up to each ear, slowly.',
      guasha:
        'Keep the stone flat and low. Glide from your chin along the jawbone up to your ear, with light, steady pressure.',
    },
    bedtimeInstructions: {
      hands: 'Teeth apart. Slow circles just in front of your ears.',
      roller: 'Teeth apart. Roll softly from your chin up to your ear.',
      guasha: 'Teeth apart. Glide from your chin along the jaw to your ear.',
    },
    short: {
      hands: 'Jaw: teeth apart, slow circles, then along the jawline.',
      roller: 'Jaw: teeth apart, roll from chin to ear.',
      guasha: 'Jaw: teeth apart, glide from chin to ear.',
    },
    cues: [
      'Let your jaw hang loose.',
      'Teeth apart, lips soft.',
      'Let your tongue rest.',
      'Unclench, and breathe out.',
      'Heavy jaw, easy breath.',
    ],
    holdSeconds: 20,
  },

  ears: {
    id: 'ears',
    name: 'your ears',
    intro: ['Now your ears.', 'On to your ears.', 'The ears.', 'To your ears now.'],
    purpose: 'Ears are easy to forget, and lovely to rub at night.',
    instructions: {
      hands:
        'Hold each earlobe between thumb and finger. Gently rub your way up around the rim, then give a soft tug down.',
      roller:
        'Roll slowly upward just in front of each ear, then gently along the crease behind it.',
      guasha:
        'With the stone flat, glide softly down behind each ear, from the top to the lobe. Short, slow strokes.',
    },
    bedtimeInstructions: {
      hands: 'Softly rub each ear, from the lobe up to the top.',
      roller: 'Roll slowly in front of each ear.',
      guasha: 'Stone flat, soft strokes down behind each ear.',
    },
    short: {
      hands: 'Ears: rub up around the rim, then a soft tug.',
      roller: 'Ears: roll in front, then behind.',
      guasha: 'Ears: stone flat, soft strokes down behind.',
    },
    cues: [
      'Let the room fall quiet.',
      'Notice the warmth there.',
      'Nice and unhurried.',
      'Let your head sink back.',
    ],
    holdSeconds: 12,
  },

  neck: {
    id: 'neck',
    name: 'your neck',
    intro: ['Now your neck.', 'On to the neck.', 'The neck.', 'Down to your neck.'],
    purpose: 'Your neck has held your head up all day.',
    instructions: {
      hands:
        'Start just under your ears. Stroke lightly down the sides of your neck to your collarbone, never pressing on your throat.',
      roller:
        'Roll downward only, from under each ear along the side of your neck to your collarbone. Keep off the front of your throat.',
      guasha:
        'Hold the stone flat. Stroke lightly down from under your ear to your collarbone, staying off the front of your throat.',
    },
    bedtimeInstructions: {
      hands: 'Light strokes down the sides, from your ears to your collarbone.',
      roller: 'Roll softly down the sides of your neck, never the front.',
      guasha: 'Stone flat, light strokes down the sides to your collarbone.',
    },
    short: {
      hands: 'Neck: light strokes down the sides, never the throat.',
      roller: 'Neck: roll down the sides only.',
      guasha: 'Neck: stone flat, light strokes down the sides.',
    },
    cues: [
      'Light strokes down.',
      'Let your shoulders drop.',
      'Down to the collarbone.',
      'Soft and slow, always down.',
    ],
    holdSeconds: 20,
  },

  finish: {
    id: 'finish',
    name: 'the finishing touch',
    intro: ['And now, the finish.', 'To finish.', 'The finishing touch.', 'One last pass.'],
    purpose: 'Your hands can tell how your face feels.',
    instructions: {
      hands:
        'Rest your palms over your face, fingers on your forehead. Feel the warmth, and notice what still feels tight.',
      roller:
        'Set the roller down. Rest your warm palms over your face, and notice what still feels tight.',
      guasha:
        'Set the stone down. Cup your palms over your face, feel their warmth, and notice what still feels tight.',
    },
    bedtimeInstructions: {
      hands: 'Palms over your face. Feel the warmth.',
      roller: 'Set the roller down. Palms over your face, feel the warmth.',
      guasha: 'Set the stone down. Rest your palms over your face.',
    },
    short: {
      hands: 'Finish: palms over your face, and feel the warmth.',
      roller: 'Finish: set the roller down, palms over your face.',
      guasha: 'Finish: set the stone down, palms over your face.',
    },
    cues: ['Just breathe.', 'Let your hands rest there.', 'Notice what has softened.', 'Nothing else to do.'],
    holdSeconds: 16,
  },
};

/** Short cues for the middle of a hold, area-neutral ("keep going", "slowly now"). At least 8. */
export const MIDDLE_CUES: Variants = [
  'Keep going.',
  'Slowly now.',
  'Nice and light.',
  "That's it.",
  'Stay with it.',
  'No need to hurry.',
  'Just like that.',
  'Gentle and steady.',
  'Let your breath slow down.',
  'Soft touch.',
];

/** Cues for the end of a hold ("last few strokes"). At least 5. */
export const LAST_CUES: Variants = [
  'Last few strokes.',
  'A few more.',
  'Nearly there.',
  'Just a little longer.',
  'Last few, nice and slow.',
  'Ease off gently now.',
];
