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
    purpose: 'Beim Grübeln und Stirnrunzeln sammelt sich hier eine stille Spannung.',
    instructions: {
      hands: 'Leg die Fingerspitzen in die Mitte der Stirn. Streich langsam nach außen zu den Schläfen, leicht wie eine Feder.',
      roller: 'Roll von den Augenbrauen hoch zum Haaransatz, langsam und leicht. Arbeite dich von der Mitte zu beiden Seiten.',
      guasha: 'Halt den Stein flach an die Haut. Zieh ihn langsam von der Mitte der Stirn nach außen zu jeder Schläfe.',
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
    purpose: 'Beim Konzentrieren ziehen sich die Brauen zusammen, oft ganz unbemerkt.',
    instructions: {
      hands: 'Drück jede Braue sanft zwischen Daumen und Zeigefinger, vom inneren Ende bis nach außen. Ganz leicht.',
      roller: 'Roll direkt über den Brauen von innen nach außen. Nimm das kleine Ende, wenn dein Roller eins hat.',
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
    purpose: 'Der breite Muskel hier arbeitet bei jedem Kauen und Zusammenbeißen mit.',
    instructions: {
      hands: 'Mach mit zwei Fingern kleine, langsame Kreise auf jeder Schläfe. Wandere dann etwas höher, ins Haar über den Ohren.',
      roller: 'Roll vom äußeren Ende jeder Braue schräg nach oben bis in den Haaransatz. Langsam und leicht.',
      guasha: 'Halt den Stein flach. Gleite vom äußeren Ende der Braue nach oben bis in den Haaransatz.',
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
    purpose: 'Müde Augen mögen nach einem langen Tag die leichteste Berührung.',
    instructions: {
      hands: 'Nimm den Ringfinger und berühr die Haut kaum. Tupf sanft am Knochen unter jedem Auge entlang nach außen, nie aufs Lid.',
      roller: 'Nimm das kleine Ende und drück fast gar nicht. Roll am Knochen unter jedem Auge nach außen, nicht übers Lid.',
      guasha: 'Halt den Stein flach und drück fast gar nicht. Gleite am Knochen unter jedem Auge nach außen, nie übers Lid.',
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
    purpose: 'Deine Wangen tragen jedes Lächeln und Blinzeln des Tages.',
    instructions: {
      hands: 'Leg die Finger neben die Nase. Streich mit sanftem Druck langsam unter den Wangenknochen entlang bis zu den Ohren.',
      roller: 'Roll von der Nase nach außen und leicht nach oben, am Wangenknochen entlang bis zum Ohr. Schön langsam.',
      guasha: 'Leg den Stein flach neben die Nase. Gleite unter dem Wangenknochen entlang nach außen bis zum Ohr.',
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
    purpose: 'Im Kiefer beißen viele von uns die Zähne zusammen, oft ohne es zu merken.',
    instructions: {
      hands: 'Lass die Zähne auseinander. Kreise langsam auf dem kräftigen Muskel vor jedem Ohr, dann streich an der Kieferlinie entlang.',
      roller: 'Lass die Zähne auseinander. Roll langsam vom Kinn an der Kieferlinie entlang bis hoch zu jedem Ohr.',
      guasha: 'Halt den Stein flach. Gleite mit leichtem, gleichmäßigem Druck vom Kinn am Kieferknochen entlang bis zum Ohr.',
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
    purpose: 'Die Ohren vergisst man leicht, und abends ist es schön, sie zu reiben.',
    instructions: {
      hands: 'Nimm jedes Ohrläppchen zwischen Daumen und Finger. Reib sanft am Rand entlang nach oben, dann zieh ganz leicht nach unten.',
      roller: 'Roll langsam direkt vor jedem Ohr nach oben, dann sanft an der Falte hinter dem Ohr entlang.',
      guasha: 'Halt den Stein flach und streich sanft hinter jedem Ohr von oben bis zum Läppchen. Kurze, langsame Striche.',
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
      hands: 'Beginn direkt unter den Ohren. Streich leicht an den Seiten des Halses hinab bis zum Schlüsselbein, nie mit Druck auf die Kehle.',
      roller: 'Roll nur abwärts, von unter dem Ohr an der Seite des Halses bis zum Schlüsselbein. Lass die Vorderseite aus.',
      guasha: 'Halt den Stein flach. Streich leicht von unter dem Ohr bis zum Schlüsselbein, nie über die Vorderseite des Halses.',
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
    purpose: 'Deine Hände spüren, wie sich dein Gesicht heute anfühlt.',
    instructions: {
      hands: 'Leg die Handflächen über dein Gesicht, die Finger auf der Stirn. Spür die Wärme, und merk, was sich heute noch fest anfühlt.',
      roller: 'Leg den Roller zur Seite. Leg die warmen Handflächen über dein Gesicht, und spür, was sich heute noch fest anfühlt.',
      guasha: 'Leg den Stein zur Seite. Leg die Hände über dein Gesicht, spür ihre Wärme, und merk, was noch fest ist.',
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
