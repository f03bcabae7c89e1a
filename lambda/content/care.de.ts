import { anywhere } from './types';

/**
 * German words for answers that need kindness rather than thanks (AnswerWords.heavy and .unsafe):
 * loss, grief, panic, being hurt, feeling very low. Narrow on purpose, and tested
 * both ways (test/unit/care-words.test.ts): "meine Pflanze ist gestorben", "mein Handy ist tot" are ordinary.
 */

const PEOPLE =
  'mutter|mama|mami|vater|papa|papi|eltern|bruder|schwester|sohn|tochter|kind|baby|mann|ehemann|frau|ehefrau|partner|partnerin|freund|freundin|oma|omi|opa|opi|großmutter|großvater|tante|onkel|cousin|cousine|neffe|nichte|enkel|enkelin|schwiegermutter|schwiegervater|patient|patientin';
const KIN = `${PEOPLE}|hund|katze|kater|haustier|pferd`;
/** Words that may stand between the one who died and "gestorben" ("ist heute Nacht ganz plötzlich"). */
const BETWEEN = '(?: (?:ist|sind|war|heute|gestern|nacht|morgen|früh|abend|mittag|plötzlich|ganz|unerwartet|leider|letzte|vorhin|nun|jetzt|im|krankenhaus|schlaf|mit|jahren|\\d+)){0,6}';

const UNSAFE = [
  '(?:will|möchte|wollte) (?:nicht mehr leben|sterben|tot sein|mich umbringen|mir das leben nehmen|mir (?:etwas|was) antun|mich verletzen)',
  'mich umbringen|mir das leben nehmen|mir (?:etwas|was) (?:antun|anzutun)|suizid\\p{L}*|selbstmord\\p{L}*|selbstverletz\\p{L}*|lebensmüde|keinen grund (?:mehr )?zu leben|mich ritzen',
];

export const UNSAFE_DE = anywhere(...UNSAFE);

export const HEAVY_DE = anywhere(
  // Loss and grief.
  `(?:${KIN})${BETWEEN} (?:gestorben|verstorben)`,
  `(?:${KIN}) (?:ist|sind) tot|(?:${KIN}) starb|(?:${KIN}) (?:ist |sind )?von uns gegangen`,
  `(?:meine[nmrs]?|unsere[nmrs]?) (?:${KIN}) verloren`,
  'beerdigung|trauerfeier|beisetzung|fehlgeburt|totgeburt|trauer|ich trauere|(?:der |den )?tod (?:meiner|meines|unserer|unseres)',
  // Being hurt by someone.
  `(?:er|sie|jemand|ein mann|eine frau|ein typ|mein (?:${PEOPLE})|meine (?:${PEOPLE})) hat mich (?:geschlagen|verletzt|angegriffen|missbraucht|vergewaltigt|bedroht|gewürgt|getreten|verprügelt)`,
  'ich (?:wurde|bin) (?:heute |gestern )?(?:geschlagen|angegriffen|überfallen|vergewaltigt|missbraucht|ausgeraubt|verprügelt|niedergestochen|angefahren)',
  'ich hatte (?:heute |gestern )?einen (?:schweren )?(?:auto)?unfall',
  // Panic.
  'panikattacken?|ich (?:hatte|habe|bekam|bekomme|kriege|kriegte) panik|ich (?:war|bin) in panik',
  // Feeling very low.
  '(?:ich fühle mich|ich fühlte mich|ich bin|mir geht es|mir ging es|ich war)(?: so| total| völlig| ganz| einfach| richtig| sehr| gerade| innerlich)? (?:hoffnungslos|wertlos|leer|depressiv|deprimiert|verzweifelt|am boden zerstört|so allein|so einsam|ganz allein|total allein|todunglücklich|elend)',
  'ich kann (?:einfach |echt |wirklich )?nicht mehr$|ich halte (?:das|es) nicht mehr aus|ich schaffe (?:das|es) nicht mehr|ich hasse mich|niemand (?:liebt|mag) mich|alles ist sinnlos|mein herz ist gebrochen',
  ...UNSAFE,
);
