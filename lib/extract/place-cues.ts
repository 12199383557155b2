/**
 * The words around a capitalized name that say whether it is a place: locatives ("in Kyiv"),
 * origins ("launched from X"), titles and speech verbs around people ("Governor Oleh Kiper said"),
 * and capitalized words that are never places.
 */

export const LOCATIVE_BEFORE =
  /\b(?:in|on|at|near|over|around|outside|across|against|toward|towards|into|(?:headed|heading|bound|flying)\s+(?:for|to)|hit|struck|attacked|targeted|shelled|city of|capital|outskirts of)\s+(?:the\s+)?(?:(?:Russian|Ukrainian)\s+)?(?:capital,?\s+)?$/i;
export const ORIGIN_BEFORE = /(?:\bfrom\s+(?:the\s+)?(?:areas?\s+of\s+|directions?\s+of\s+)?(?:[A-Za-z\u00C0-\u024F’'-]+(?:,\s+|,?\s+and\s+))*|\blaunch\s+(?:areas?|sites?|points?)\s*:\s*(?:[\w’'-]+\s*(?:,|and)\s*)*)$/i;
export const TITLE_BEFORE =
  /\b(?:Governor|governor|Mayor|mayor|President|president|Minister|minister|Mr|Mrs|Ms|Dr|General|Gen|Commander|commander|spokesman|spokeswoman|chief|leader|head|Prime)\.?\s+$/;
export const SPEECH_AFTER = /^\s+(?:said|says|told|wrote|writes|added|adds|reported|reports|announced|announces|stated|states|claimed|claims)\b/;
export const STOP = new Set(
  ("The A An In On At As By For From Of To And But Or It Its This That These Those He She They We " +
    "According Earlier Later Meanwhile Separately Since After Before During While When Where " +
    "Governor Mayor President Minister Ministry Defence Defense Air Force Forces Army Navy Telegram " +
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Overnight Several Some Many " +
    "January February March April May June July August September October November December " +
    "Shahed Kalibr Patriot Iskander General Staff Command Council Union Commission NATO Reuters AFP " +
    // Towns in Poland, Ukraine, Belarus and Russia that are also English words.
    "Police Bar Mir Yug Vostok Star Spring Victoria").split(" "),
);
export const FIRST_NAMES = new Set(
  ("Vladimir Volodymyr Oleg Oleh Mikhail Dmitri Dmitry Sergei Sergey Vyacheslav Andriy Andrii Maksym " +
    "Vitali Vitaliy Klaus Kim Troels Rishi Boris Emmanuel Olaf Joe Donald Antony Lloyd Josep Ursula " +
    "Jens Mark Denys Ihor Igor Yuriy Yuri Roman Alexander Oleksandr Oleksiy Kajsa Annalena Dmytro Mykola").split(" "),
);
