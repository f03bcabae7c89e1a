import { anywhere } from './types';

/**
 * English words for answers that need kindness rather than thanks (AnswerWords.heavy and .unsafe):
 * loss, grief, panic, being hurt, feeling very low. Narrow on purpose, and tested both ways
 * (test/unit/care-words.test.ts): "my plant died", "my phone is dead", "I hurt my back" are ordinary.
 */

/** People close to someone; KIN adds the animals people grieve. */
const PEOPLE =
  "mother|mom|mum|mommy|mummy|mama|father|dad|daddy|papa|parents?|brother|sister|son|daughter|child|kid|baby|husband|wife|partner|boyfriend|girlfriend|fianc[eé]e?|(?:best )?friend|grandmother|grandma|granny|nan|nana|grandfather|grandpa|grand?dad|aunt|auntie|uncle|cousin|niece|nephew|stepmom|stepdad|patient";
const KIN = `${PEOPLE}|dog|cat|pet|puppy|kitten|horse`;

/** Not wanting to live, or to hurt oneself. */
const UNSAFE = [
  '(?:want|wanted|wanting|going|ready) to (?:die|kill myself|end it all|end my life|hurt myself|harm myself|not be here any ?more)',
  'kill myself|(?:thinking|thought) (?:about|of) (?:killing|hurting|harming) myself|suicid(?:e|al)|self ?harm(?:ing)?',
  "(?:don'?t|do not) want to (?:live|be alive|be here any ?more|wake up)|better off (?:dead|without me)|no reason to live|take my (?:own )?life",
];

export const UNSAFE_EN = anywhere(...UNSAFE);

export const HEAVY_EN = anywhere(
  // Loss and grief.
  `(?:${KIN})(?: (?:just|suddenly|finally|unexpectedly|has|had|have))? (?:died|passed away|is dead(?! tired)|was killed|got killed)`,
  `(?:lost|losing) (?:my|our) (?:${KIN})`,
  'passed away|funeral|miscarriage|stillborn|lost the baby|grieving|bereaved|bereavement',
  `death (?:of|in) (?:my|our|the) (?:${KIN}|family)`,
  // Being hurt by someone.
  `(?:he|she|they|someone|somebody|a man|a woman|a guy|my (?:${PEOPLE})) (?:hit|hurt|attacked|assaulted|abused|raped|beat|punched|kicked|strangled|choked|threatened) me`,
  'i (?:was|got|have been) (?:attacked|assaulted|raped|abused|mugged|beaten(?: up)?|stabbed|hit by a car|in an accident|in a (?:car )?(?:accident|crash))',
  // Panic.
  "panic attacks?|(?:i'm|i am|i was|i keep) panicking",
  // Feeling very low.
  "(?:i feel|i'm feeling|i am feeling|i felt|i've been feeling|i'm|i am|i was) (?:so |really |very |completely |totally |utterly |just |quite )?(?:hopeless|worthless|empty inside|depressed|devastated|heartbroken|desperate|miserable|like a failure|like giving up|so alone|so lonely|all alone|completely alone)",
  "i feel (?:so )?numb|i'm (?:so )?numb|my heart is broken|broke my heart",
  "can'?t (?:cope|go on any ?more|go on like this|take (?:it|this) any ?more|do this any ?more|keep going)",
  "i hate myself|i hate my life|(?:nobody|no one) cares about me|nothing matters any ?more",
  ...UNSAFE,
);
