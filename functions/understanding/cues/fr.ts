// French (France, Belgium, Québec, Maghreb chat: "carrément", "grave", "ouais", "nan", "dac").
import type { CueLexicon } from './types';

// biome-ignore format: lexicon data reads best packed, a few entries a line
export const fr: CueLexicon = {
  yes: [
    'oui', 'ouais', 'ouai', 'ouep', 'ouaip', 'wi', 'oui oui', 'ui', 'si', "d'accord", 'daccord', 'dac', "d'acc", 'dacc',
    'ok merci', 'carrément', 'carrement', 'grave', 'bien sûr', 'bien sur', 'évidemment', 'evidemment', 'volontiers',
    'vas-y', 'vas y', 'allez-y', 'allez y', 'exactement', 'tout à fait', 'tout a fait', 'absolument', 'parfait',
    'ça marche', 'ca marche', 'ça me va', 'ca me va', 'oui merci', 'oui svp', "oui s'il vous plaît", 'oui, c\'est ça',
    "c'est ça", "c'est bien ça", 'exact', 'affirmatif', 'je confirme', 'confirmé', 'pas de souci', 'pas de soucis',
    'pas de problème', 'pas de probleme', 'sans problème', 'avec plaisir', 'yes', 'ouais ouais', 'bien entendu', 'volontier',
  ],
  no: [
    'non', 'nan', 'nope', 'non non', 'nn', 'non merci', 'non, merci', 'pas du tout', 'surtout pas', 'pas encore',
    'toujours pas', 'non pas encore', 'pas maintenant', 'jamais', 'absolument pas', 'certainement pas', 'bien sûr que non',
    'bien sur que non', 'pas question', 'hors de question', 'non c\'est pas ça', "ce n'est pas ça", "c'est pas ça",
    'pas besoin', 'non pas besoin', 'négatif', 'negatif', 'non plus', 'mais non', 'nan merci', 'pas vraiment',
  ],
  strong: ['non pas encore', 'oui', 'ouais', 'ouai', "d'accord", 'carrément', 'carrement', 'bien sûr', 'bien sur', 'évidemment', 'exactement', 'tout à fait', 'absolument', 'non merci', 'pas du tout', 'surtout pas', 'pas encore', 'absolument pas', 'bien sûr que non', 'nan', 'dac', 'volontiers'],
  weak: ['si', 'grave', 'parfait', 'exact', 'jamais', 'non plus', 'mais non', 'pas vraiment', 'wi', 'ui'],
  follow: ['annulez', 'annule', 'annuler', 'annulez-la', 'annule-la', 'gardez', 'garde', 'gardez-la', 'envoyez', 'merci', 'merci beaucoup', 'svp', 'stp', "s'il vous plaît", "s'il vous plait", 'je confirme', 'confirmez', 'pas encore', 'toujours pas', 'remboursement', 'le remboursement', 'madame', 'monsieur', 'allez-y', 'vas-y'],
  particles: ['merci', 'merci beaucoup', 'svp', 'stp', "s'il vous plaît", "s'il vous plait", "s'il te plaît", "s'il te plait", 'madame', 'monsieur', 'mdr', 'ptdr', 'bien à vous', 'cordialement'],
  undecided: ['oui et non', 'peut-être', 'peut etre', 'peut-etre', 'je sais pas', 'je ne sais pas', 'chais pas', 'jsp', 'bof', 'ça dépend', 'ca depend', 'pas sûr', 'pas sur', 'je crois', 'euh', 'mouais', 'plus ou moins'],
  localOnly: ['si', 'wi', 'ui', 'grave', 'nn', 'non plus'],
  ordinal: {
    words: [
      [1, ['premier', 'première', 'premiere', '1er', '1re', '1ère', '1ere']],
      [2, ['deuxième', 'deuxieme', 'second', 'seconde', '2e', '2ème', '2eme', '2nd', '2nde']],
      [3, ['troisième', 'troisieme', '3e', '3ème', '3eme']],
      [4, ['quatrième', 'quatrieme', '4e', '4ème']],
      [5, ['cinquième', 'cinquieme', '5e', '5ème']],
      [-1, ['dernier', 'dernière', 'derniere']],
    ],
    numerals: [[1, ['un', 'une']], [2, ['deux']], [3, ['trois']], [4, ['quatre']], [5, ['cinq']]],
    frames: [
      "(?:le|la|les|l'|du|au) ?{ord}(?! (?:fois|semaine|mois|jour|annee|moment|etage))",
      '{ord} (?:commande|article|option|produit|colis|choix|adresse)', '(?:numéro|numero|option|choix|n°|no\\.?|num|#) ?{n}(?! (?:articles|paires|jours|semaines))',
    ],
  },
  other: ["l'autre(?: commande| article| produit| colis| option)?(?! (?:jour|fois|semaine))", 'pas celle-là', 'pas celle-la', 'pas celui-là', 'pas celui-la', 'pas celle là', 'pas celui là', "^(?:non,? )?l'autre", "pas celle-ci,? l'autre", 'une autre commande'],
  all: [
    'les deux', 'tous les deux', 'toutes les deux', '^tous', '^toutes', 'toutes les commandes', 'tous les articles', 'les 2', "l'un et l'autre", 'les deux commandes'
  ],
  abandon: ['laisse tomber', 'laissez tomber', 'laisse béton', '^oublie(?:z)?(?: ça| ca| tout)?$', '^oublie(?:z)? (?:ça|ca)(?!\\p{L})', 'peu importe', "^(?:c'est )?pas grave", "ça ne fait rien", 'ca fait rien', 'ça fait rien', 'tant pis', 'laisse(?:z)? faire', 'on oublie'],
  correction: ['je voulais dire', 'je veux dire', '^(?:pardon|désolé|desole|oups|dsl),? (?:je voulais|je veux|erreur|je me suis)', "^en fait", '^non,? attends', '^attends,? non', 'je me suis trompé', 'je me suis trompee', 'je me suis trompée', '^erreur', '^oups', 'faute de frappe', 'je rectifie', '^plutôt', '^plutot'],
  optOut: [
    '^(?:stop|arrêt|arret|arrêtez|arretez|arrête|arrete|stop svp|désabonner|desabonner|désinscription)$',
    'stop (?:les |aux )?(?:messages|sms|notifications|pubs?|relances|mails)', "arr[eê]t(?:ez|e|er)? (?:de m'envoyer|d'envoyer|les messages|de m'écrire|de m'ecrire|de me contacter|de me spammer)",
    "ne m'envoyez plus(?: de messages| rien| de sms| de notifications)?", "ne m'écrivez plus", "ne m'ecrivez plus", 'plus de messages', "je ne veux plus (?:recevoir )?(?:de )?(?:messages|notifications|sms|pubs)",
    '(?:me |se )?d[ée]sabonner', 'd[ée]sinscri(?:re|s|vez|ption)', 'retirez-moi de (?:la|votre) liste', 'retirez moi de (?:la|votre) liste',
  ],
  optIn: ['^(?:start|reprendre|réabonner|reabonner|abonner|m\'abonner)$', '(?:me )?r[ée]abonner', 'r[ée]abonnement', '(?:me )?r[ée]inscrire', 'r[ée]activer (?:les )?(?:messages|notifications)', 'reprendre (?:les )?(?:messages|notifications)', '(?:recevoir|renvoyez-moi|renvoyez moi) (?:à nouveau |a nouveau |de nouveau )?(?:les )?(?:messages|notifications)(?: à nouveau| a nouveau| de nouveau)?', "je veux (?:de nouveau |à nouveau |a nouveau )?recevoir (?:les |vos )?(?:messages|notifications|offres)"],
  dataDeletion: ['(?:supprim|effac|retir)(?:er|ez|e) (?:toutes )?(?:mes|les) (?:données|donnees|informations personnelles|infos personnelles)(?: personnelles)?', '(?:supprim|ferm)(?:er|ez|e) mon compte', "droit (?:à l'oubli|a l'oubli|à l'effacement|a l'effacement)", 'suppression de (?:mes )?(?:données|donnees)', 'effacement de mes données'],
  dataAccess: ['(?:quelles|quels) (?:données|donnees|informations) (?:avez-vous|avez vous|vous avez|détenez-vous|gardez-vous) (?:sur moi|me concernant)', 'copie de mes (?:données|donnees)', 'accès à mes données', 'acces a mes donnees', "droit d'accès", "droit d'acces"],
  deleteWords: ['supprim\\p{L}*', 'suppression', 'effac\\p{L}*'],
  languageNames: {
    fr: ['français', 'francais'],
    en: ['anglais'],
    es: ['espagnol'],
    'pt-BR': ['portugais', 'portugais brésilien'],
    id: ['indonésien', 'indonesien'],
    ms: ['malais'],
    th: ['thaï', 'thailandais'],
    vi: ['vietnamien'],
    ja: ['japonais'],
    zh: ['chinois'],
    'zh-Hans': ['chinois simplifié', 'mandarin'],
    'zh-Hant': ['chinois traditionnel', 'cantonais'],
    ko: ['coréen', 'coreen'],
    ar: ['arabe'],
    de: ['allemand'],
    tr: ['turc'],
    fil: ['philippin'],
    it: ['italien'],
    nl: ['néerlandais', 'neerlandais', 'hollandais', 'flamand'],
    pl: ['polonais'],
  },
  languageAsk: [
    "(?:parler|parle|parlez|parlez-vous|parlez vous|parles-tu|parles tu|écrire|ecrire|écrivez|ecrivez|écris|ecris|répondre|repondre|répondez|repondez|réponds|reponds|continuer|continuons|passer|passons)(?:-moi| moi)?(?: en)? {lang}",
    'en {lang} (?:svp|stp|s\'il vous plaît|s\'il vous plait|s\'il te plait|merci|please|plz)', 'je (?:préfère|prefere) (?:parler |écrire |ecrire )?(?:en )?{lang}', "(?:quelqu'un|une personne) qui parle {lang}",
  ],
  languageShort: ['^(?:en )?{lang}(?: svp| stp| s\'il vous plaît| s\'il vous plait| merci| please)?\\??$'],
  concepts: {
    personalData: [
      'mes (?:donn[ée]es|infos?|informations)(?: perso(?:nnelles)?)?', 'donn[ée]es perso(?:nnelles)?', 'infos? perso', 'informations personnelles',
      'mon profil', '(?:donn[ée]es|infos?|informations|tout|ce que)(?: \\S+){0,5} (?:sur|de|[àa] propos de) moi', 'me concernant',
      '(?:savez|connaissez|avez|gardez|d[ée]tenez|stockez)(?:-vous| vous)?(?: \\S+){0,2} sur moi',
    ],
    access: [
      'quel(?:le)?s?', 'voir', 'consulter', 'acc[ée]d\\p{L}*', 'acc[eè]s', 'copie', 'export\\p{L}*', 't[ée]l[ée]charg\\p{L}*', 'envoy\\p{L}*',
      'savoir', 'savez', 'conna[iî]tre', 'obtenir',
    ],
    erase: [
      'supprim\\p{L}*', 'suppression', 'effac\\p{L}*', 'retir\\p{L}*', 'enlev\\p{L}*', 'oubli\\p{L}*-moi', 'oubli\\p{L}* moi',
      'ferm\\p{L}* mon compte', 'cl[oô]tur\\p{L}* mon compte',
    ],
    everything: ['tout', 'tout [çc]a', 'toutes mes (?:donn[ée]es|infos)', "l'ensemble"],
    notData: [
      'bon(?:ne)?s?', 'correct\\p{L}*', 'faux', 'erron\\p{L}*', 'besoin', 'modifi\\p{L}*', 'chang\\p{L}*', 'mettre [àa] jour', 'corrig\\p{L}*', 'livraison', 'retour', 'rembours\\p{L}*', 'v[ée]rifi\\p{L}*',
      'forfait', 'data mobile', 'donn[ée]es mobiles', "(?:la |le |les |ma |mon |mes |cette |ce |cet |l')?(?:commandes?|articles?|produits?|panier|adresse|messages?|avis|commentaire|photo|carte|coupon|code promo|taille)",
    ],
    stop: [
      'arr[eê]t\\p{L}*', 'stop(?:pez|per)?', 'plus de', 'ne \\S+ plus', "n'\\S+ plus", 'je veux plus', 'pas de', 'assez', 'marre',
      'd[ée]sactiv\\p{L}*', 'coup\\p{L}*', 'd[ée]sabonn\\p{L}*', 'd[ée]sinscri\\p{L}*', 'sans',
    ],
    messages: [
      'messages?', 'notifs?', 'notifications?', 'sms', 'textos?', 'mails?', 'e-?mails?', 'courriels?', 'newsletters?', 'pubs?',
      'publicit[ée]s?', 'promos?', 'promotions?', 'offres', 'relances', 'alertes?', 'spam', "m'envoyer", "m'[ée]crire", 'me contacter',
    ],
    resume: [
      '[àa] nouveau', 'de nouveau', 'renvoy\\p{L}*', 'r[ée]activ\\p{L}*', 'remett\\p{L}*', 'r[ée]abonn\\p{L}*', 'r[ée]inscri\\p{L}*',
      'repren\\p{L}*', 'rallum\\p{L}*', 'activ\\p{L}*', 'recommenc\\p{L}*',
    ],
    notOptOut: ['(?:arr[eê]t\\p{L}*|stopp?\\p{L}*|annul\\p{L}*|bloqu\\p{L}*)(?: \\S+){0,2} (?:commande|livraison|colis|envoi|exp[ée]dition|paiement)'],
    missing: ['re[çc]oi\\p{L}* (?:plus|pas|rien)', 'ne re[çc]oi\\p{L}*', 'pas re[çc]u', 'aucune? (?:notification|message|mail)', 'pourquoi'],
    notOptIn: ['re[çc]u', 'encore'],
    switchTo: [
      'parl\\p{L}*', '[ée]cri\\p{L}*', 'r[ée]pond\\p{L}*', 'pass\\p{L}* (?:en|au)', 'repass\\p{L}*', 'reven\\p{L}*', 'retour', 'chang\\p{L}*',
      'continu\\p{L}*', 'pr[ée]f[eè]re', 'plut[oô]t', 'utilis\\p{L}*',
    ],
    notLanguage: [
      '(?:le|la|les|un|une|du|des|mon|ma|mes|son|sa|ce|cet|cette) (?!langue)\\S+ \\u0001', "l'\\S+ \\u0001",
      'tailles?', 'version', '[ée]dition', 'notice', 'manuel', "mode d'emploi", '[ée]tiquette', 'description', 'sous-titres', 'clavier',
      'noms?', 'traduction', 'livre', 'cours', 'prof', 'un peu', 'bien', 'natif', 'accent', 'je suis', 'cuisine', 'est en', 'sont en',
      'ne (?:parle|comprends) pas',
    ],
  },
};
