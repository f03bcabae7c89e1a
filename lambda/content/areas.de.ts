/**
 * Spoken content for the nine massage areas, German (de-DE).
 *
 * Written for German ears, not translated: du-form, short sentences, the words a German
 * coach uses ("Druck", "streichen", "Haaransatz"). No digits, symbols or parentheses; no medical
 * or cosmetic claims; pressure always light and slow.
 * An area's `name` is in the dative ("bei deiner Stirn", "weiter mit deinem Kiefer"): every
 * line that names an area puts it after "bei" or "mit".
 */
import type { AreaId } from '../routine/types';
import type { AreaContent, Variants } from './types';

export const AREA_CONTENT: Record<AreaId, AreaContent> = {
  forehead: {
    id: 'forehead',
    name: 'deiner Stirn',
    intro: ['Jetzt deine Stirn.', 'Zur Stirn.', 'Die Stirn.', 'Nun die Stirn.'],
    purpose: 'Grübeln und Stirnrunzeln hinterlassen hier eine stille Spannung.',
    instructions: {
      hands: 'Leg die Fingerspitzen an die Stirnmitte. Streich langsam nach außen zu den Schläfen, leicht wie eine Feder.',
      roller: 'Roll von den Brauen hoch zum Haaransatz, langsam und leicht. Von der Mitte zu beiden Seiten.',
      guasha: 'Halt den Stein flach an die Haut. Zieh ihn langsam von der Stirnmitte zu jeder Schläfe.',
    },
    bedtimeInstructions: {
      hands: 'Fingerspitzen in die Mitte, langsam nach außen streichen.',
      roller: 'Sanft von den Brauen zum Haaransatz rollen.',
      guasha: 'Stein flach, sanft nach außen zu den Schläfen.',
    },
    short: {
      hands: 'Stirn: mit den Fingerspitzen nach außen streichen.',
      roller: 'Stirn: hoch zum Haaransatz rollen.',
      guasha: 'Stirn: Stein flach, nach außen zu den Schläfen.',
    },
    cues: ['Lass die Stirn ganz glatt werden.', 'Jetzt gibt es nichts zu überlegen.', 'Weit und weich.', 'Lass die Gedanken ziehen.'],
    holdSeconds: 18,
  },

  brows: {
    id: 'brows',
    name: 'deinen Augenbrauen',
    intro: ['Jetzt deine Augenbrauen.', 'Zu den Brauen.', 'Die Augenbrauen.', 'Nun die Brauen.'],
    purpose: 'Beim Konzentrieren ziehen sich die Brauen zusammen, oft unbemerkt.',
    instructions: {
      hands: 'Drück jede Braue sanft zwischen Daumen und Zeigefinger, von innen nach außen. Ganz leicht.',
      roller: 'Roll knapp über den Brauen nach außen. Hat dein Roller ein kleines Ende, nimm das.',
      guasha: 'Leg den Stein flach über eine Braue. Streich ihn langsam am Brauenbogen entlang nach außen.',
    },
    bedtimeInstructions: {
      hands: 'Sanft an jeder Braue entlang drücken, nach außen.',
      roller: 'Sanft an den Brauen entlang nach außen rollen.',
      guasha: 'Stein flach, langsam an jeder Braue entlang.',
    },
    short: {
      hands: 'Brauen: sanft drücken, nach außen.',
      roller: 'Brauen: an ihnen entlang nach außen rollen.',
      guasha: 'Brauen: Stein flach, am Knochen nach außen.',
    },
    cues: ['Lass die Brauen weich werden.', 'Lass das Stirnrunzeln schmelzen.', 'Viel Raum zwischen den Brauen.', 'Die Brauen dürfen auseinandergleiten.'],
    holdSeconds: 14,
  },

  temples: {
    id: 'temples',
    name: 'deinen Schläfen',
    intro: ['Jetzt deine Schläfen.', 'Zu den Schläfen.', 'Die Schläfen.', 'Hinüber zu den Schläfen.'],
    purpose: 'Der breite Muskel hier arbeitet bei jedem Kauen mit.',
    instructions: {
      hands: 'Kreise mit zwei Fingern langsam auf jeder Schläfe. Dann etwas höher, ins Haar über den Ohren.',
      roller: 'Roll vom Ende jeder Braue schräg hoch in den Haaransatz. Langsam und leicht.',
      guasha: 'Halt den Stein flach. Gleite vom Ende der Braue schräg hoch in den Haaransatz.',
    },
    bedtimeInstructions: {
      hands: 'Kleine, langsame Kreise auf jeder Schläfe.',
      roller: 'Sanft von der Braue zurück ins Haar rollen.',
      guasha: 'Stein flach, sanft hoch in den Haaransatz.',
    },
    short: {
      hands: 'Schläfen: langsame Kreise, dann hoch ins Haar.',
      roller: 'Schläfen: zurück ins Haar rollen.',
      guasha: 'Schläfen: Stein flach, hoch ins Haar.',
    },
    cues: ['Lass die Schläfen weich werden.', 'Lass noch ein bisschen mehr los.', 'Der Kopf darf ganz leicht werden.', 'Der Tag lässt langsam los.'],
    holdSeconds: 18,
  },

  eyes: {
    id: 'eyes',
    name: 'deinen Augen',
    intro: ['Jetzt rund um die Augen.', 'Rund um die Augen.', 'Ganz sanft, um deine Augen.', 'Nun zu den Augen.'],
    purpose: 'Müde Augen mögen abends die leichteste Berührung.',
    instructions: {
      hands: 'Nimm den Ringfinger, berühr die Haut kaum. Tupf am Knochen unter jedem Auge nach außen, nie aufs Lid.',
      roller: 'Nimm das kleine Ende, fast ohne Druck. Roll am Knochen unter jedem Auge nach außen, nicht übers Lid.',
      guasha: 'Stein flach, fast ohne Druck. Gleite am Knochen unter jedem Auge nach außen, nie übers Lid.',
    },
    bedtimeInstructions: {
      hands: 'Ringfinger, federleicht unter jedem Auge, nie aufs Lid.',
      roller: 'Kleines Ende, kaum Druck, unter jedem Auge nach außen.',
      guasha: 'Stein flach, federleicht unter jedem Auge, nicht aufs Lid.',
    },
    short: {
      hands: 'Augen: Ringfinger, kaum Berührung, unter jedem Auge.',
      roller: 'Augen: kleines Ende, kaum Druck, nicht aufs Lid.',
      guasha: 'Augen: Stein flach, federleicht, nicht aufs Lid.',
    },
    cues: ['Noch leichter.', 'Leichter als ein Flüstern.', 'Deine Augen dürfen ruhen.', 'Die Lider werden schwer.', 'Sanft wie ein Atemzug.'],
    holdSeconds: 14,
  },

  cheeks: {
    id: 'cheeks',
    name: 'deinen Wangen',
    intro: ['Jetzt deine Wangen.', 'Zu den Wangen.', 'Die Wangen.', 'Nun zu deinen Wangen.'],
    purpose: 'Deine Wangen tragen jedes Lächeln des Tages.',
    instructions: {
      hands: 'Leg die Finger neben die Nase. Streich sanft unter den Wangenknochen entlang bis zu den Ohren.',
      roller: 'Roll von der Nase schräg nach oben, am Wangenknochen entlang bis zum Ohr. Schön langsam.',
      guasha: 'Leg den Stein flach neben die Nase. Gleite unter dem Wangenknochen entlang bis zum Ohr.',
    },
    bedtimeInstructions: {
      hands: 'Langsam von der Nase zu den Ohren streichen.',
      roller: 'Sanft am Wangenknochen nach außen rollen.',
      guasha: 'Stein flach, unter den Wangenknochen nach außen.',
    },
    short: {
      hands: 'Wangen: langsam zu den Ohren streichen.',
      roller: 'Wangen: am Wangenknochen nach außen rollen.',
      guasha: 'Wangen: Stein flach, unter den Wangenknochen nach außen.',
    },
    cues: ['Lass die Wangen ganz locker.', 'Dein Gesicht darf schwer werden.', 'Weite, ruhige Striche.', 'Ganz ohne Eile.'],
    holdSeconds: 18,
  },

  jaw: {
    id: 'jaw',
    name: 'deinem Kiefer',
    intro: ['Jetzt dein Kiefer.', 'Zum Kiefer.', 'Der Kiefer.', 'Nun dein Kiefer.'],
    purpose: 'Viele beißen die Zähne zusammen, ohne es zu merken.',
    instructions: {
      hands: 'Zähne auseinander. Kreise langsam auf dem kräftigen Muskel vor jedem Ohr, dann die Kieferlinie entlang.',
      roller: 'Zähne auseinander. Roll langsam vom Kinn die Kieferlinie entlang bis zu jedem Ohr.',
      guasha: 'Halt den Stein flach. Gleite mit leichtem Druck vom Kinn am Kieferknochen entlang bis zum Ohr.',
    },
    bedtimeInstructions: {
      hands: 'Zähne auseinander. Langsame Kreise vor den Ohren.',
      roller: 'Zähne auseinander. Sanft vom Kinn zum Ohr rollen.',
      guasha: 'Zähne auseinander. Vom Kinn am Kiefer entlang zum Ohr.',
    },
    short: {
      hands: 'Kiefer: Zähne auseinander, langsame Kreise, dann die Kieferlinie entlang.',
      roller: 'Kiefer: Zähne auseinander, vom Kinn zum Ohr rollen.',
      guasha: 'Kiefer: Zähne auseinander, vom Kinn zum Ohr gleiten.',
    },
    cues: ['Lass den Kiefer locker hängen.', 'Zähne auseinander, Lippen weich.', 'Die Zunge darf ruhen.', 'Loslassen und ausatmen.', 'Schwerer Kiefer, ruhiger Atem.'],
    holdSeconds: 20,
  },

  ears: {
    id: 'ears',
    name: 'deinen Ohren',
    intro: ['Jetzt deine Ohren.', 'Zu den Ohren.', 'Die Ohren.', 'Nun zu deinen Ohren.'],
    purpose: 'Die Ohren vergisst man leicht, dabei ist Reiben hier abends schön.',
    instructions: {
      hands: 'Nimm jedes Ohrläppchen zwischen Daumen und Finger. Reib sanft am Rand nach oben, dann zieh leicht nach unten.',
      roller: 'Roll langsam vor jedem Ohr nach oben, dann sanft in der Falte hinter dem Ohr.',
      guasha: 'Stein flach, streich sanft hinter jedem Ohr von oben zum Läppchen. Kurze, langsame Striche.',
    },
    bedtimeInstructions: {
      hands: 'Jedes Ohr sanft reiben, vom Läppchen nach oben.',
      roller: 'Langsam vor jedem Ohr nach oben rollen.',
      guasha: 'Stein flach, sanft hinter jedem Ohr abwärts.',
    },
    short: {
      hands: 'Ohren: am Rand hoch reiben, dann sanft ziehen.',
      roller: 'Ohren: vorne rollen, dann dahinter.',
      guasha: 'Ohren: Stein flach, sanft hinter dem Ohr abwärts.',
    },
    cues: ['Lass es still werden um dich.', 'Spür die Wärme dort.', 'Ganz in Ruhe.', 'Lass den Kopf nach hinten sinken.'],
    holdSeconds: 12,
  },

  neck: {
    id: 'neck',
    name: 'deinem Hals',
    intro: ['Jetzt dein Hals.', 'Zum Hals.', 'Der Hals.', 'Hinunter zum Hals.'],
    purpose: 'Dein Hals hat den ganzen Tag deinen Kopf getragen.',
    instructions: {
      hands: 'Beginn unter den Ohren. Streich leicht an den Halsseiten hinab zum Schlüsselbein, nie Druck auf die Kehle.',
      roller: 'Roll nur abwärts, vom Ohr an der Halsseite zum Schlüsselbein. Lass die Vorderseite aus.',
      guasha: 'Halt den Stein flach. Streich leicht vom Ohr zum Schlüsselbein, nie über die Vorderseite des Halses.',
    },
    bedtimeInstructions: {
      hands: 'Leicht an den Seiten abwärts, von den Ohren zum Schlüsselbein.',
      roller: 'Sanft an den Seiten abwärts rollen, nie vorne.',
      guasha: 'Stein flach, leicht an den Seiten abwärts.',
    },
    short: {
      hands: 'Hals: leicht an den Seiten abwärts, nie die Kehle.',
      roller: 'Hals: nur an den Seiten abwärts rollen.',
      guasha: 'Hals: Stein flach, leicht an den Seiten abwärts.',
    },
    cues: ['Leichte Striche nach unten.', 'Lass die Schultern sinken.', 'Hinunter bis zum Schlüsselbein.', 'Weich und langsam, immer abwärts.'],
    holdSeconds: 20,
  },

  finish: {
    id: 'finish',
    name: 'dem Ausklang',
    intro: ['Und jetzt zum Ausklang.', 'Zum Schluss.', 'Der Ausklang.', 'Ein letztes Mal.'],
    purpose: 'Deine Hände spüren, wie sich dein Gesicht anfühlt.',
    instructions: {
      hands: 'Leg die Handflächen über dein Gesicht. Spür die Wärme, und merk, was sich noch fest anfühlt.',
      roller: 'Leg den Roller zur Seite. Warme Handflächen übers Gesicht, und spür, was sich noch fest anfühlt.',
      guasha: 'Leg den Stein zur Seite. Hände übers Gesicht, spür ihre Wärme, und merk, was noch fest ist.',
    },
    bedtimeInstructions: {
      hands: 'Handflächen übers Gesicht. Spür die Wärme.',
      roller: 'Roller zur Seite. Hände übers Gesicht, spür die Wärme.',
      guasha: 'Stein zur Seite. Hände sanft übers Gesicht legen.',
    },
    short: {
      hands: 'Zum Schluss: Handflächen übers Gesicht, spür die Wärme.',
      roller: 'Zum Schluss: Roller weg, Handflächen übers Gesicht.',
      guasha: 'Zum Schluss: Stein weg, Handflächen übers Gesicht.',
    },
    cues: ['Einfach atmen.', 'Lass die Hände dort ruhen.', 'Spür, was weicher geworden ist.', 'Sonst gibt es nichts zu tun.'],
    holdSeconds: 16,
  },
};

/** Short cues for the middle of a hold, area-neutral. At least 8. */
export const MIDDLE_CUES: Variants = [
  'Weiter so.',
  'Ganz langsam.',
  'Schön leicht.',
  'Genau so.',
  'Bleib dabei.',
  'Keine Eile.',
  'Sanft und gleichmäßig.',
  'Lass den Atem ruhiger werden.',
  'Ganz sanft.',
  'Schön ruhig.',
];

/** Cues for the end of a hold. At least 5. */
export const LAST_CUES: Variants = [
  'Noch ein paar Striche.',
  'Noch ein paar.',
  'Gleich geschafft.',
  'Nur noch einen Moment.',
  'Die letzten, ganz langsam.',
  'Jetzt sanft ausklingen lassen.',
];
