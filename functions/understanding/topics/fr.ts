import type { TopicLexicon } from './types';

// French of France, Belgium, Switzerland and Quebec as typed on chat: "ça arrive quand", "il est où",
// "svp", dropped accents and "ne". Accents are folded, so "arrivé" reads as "arrive": a story told in the
// past ("quand il est arrivé il était cassé") is kept out of the arrival cue by looking for its auxiliary.
const PAST_STORY = "(?![^?.!]*\\b(?:est|suis|sont|etait|ete|ai|j'ai|l'ai|a) (?:bien )?(?:arrive|recu|livre))";
const NOT_REFUND =
  '(?<!(?:rembours|argent|retourner|renvoyer|retour)[^?.!]*)(?![^?.!]*(?:rembours|argent|retourner|renvoyer|retour))';
const NOT_HOME =
  "(?! (?:mon|ma|mes|une|un|autre|domicile|point relais|relais|la maison|l'adresse|travail|bureau|\\d|combien|quand)\\b)";

export const fr: TopicLexicon = {
  script: 'latin',
  wordStart: true,
  facets: {
    eta: [
      `quand${PAST_STORY}\\b[^?.!]{0,30}\\b(?:recoi|recev|arriv|livr|sera la|seront la|l'aurai|aurai|debarque)`,
      '(?:arrive|arrivera|livre|livree|recois|recu|la|debarque) quand\\b',
      "date (?:de |d')(?:livraison|arrivee|reception)\\b(?![^?.!]*\\b(?:passee|depassee|depasse|passe)\\b)",
      "(?:il|elle|ca|mon colis|ma commande|le colis|la commande) (?:arrive|arrivera|sera la|sera livree?)\\w* (?:demain|aujourd'hui|cette semaine|bientot|avant|lundi|mardi|mercredi|jeudi|vendredi|samedi)",
      '(?:encore|reste|il reste) combien de (?:temps|jours)',
    ],
    location: [
      // "ou" is also "or": only "où est…" and "… est où" count.
      "(?:ou|où) (?:est|se trouve|il est|elle est|sont|il|elle|mon|ma|le|la|c'est)\\b[^?.!]{0,20}\\b(?:maintenant|actuellement|en ce moment|exactement|a l'instant|la maintenant)\\b",
      '(?:est|sont|se trouve|trouve) (?:ou|où)\\b[^?.!]{0,12}\\b(?:maintenant|actuellement|en ce moment|exactement)\\b',
      'localisation (?:du|de mon|de ma|de la|actuelle)',
    ],
    refund_timing: [
      "(?:quand|combien de (?:temps|jours))\\b[^?.!]{0,30}\\b(?:rembours|mon argent|mes sous|ma thune|recredit|recupere (?:mon|l')argent)",
      '(?:rembours\\w*|mon argent)\\b[^?.!]{0,20}\\b(?:quand|combien de (?:temps|jours)|delai|sous combien)',
      '(?:toujours pas|pas encore|jamais) (?:ete )?(?:rembours|recu (?:mon|le) (?:rembours|argent))',
    ],
    return_label: [
      "(?:etiquette|bordereau|bon|code|qr code) (?:de |d')?(?:retour|renvoi)",
      '(?:renvoy|envoy|renvoi|envoi|perdu|imprim|pas recu|besoin|ou est|ou se trouve|retrouve pas)\\w*[^?.!]{0,15}\\betiquette',
      "comment (?:je )?(?:le |la |les |l')?(?:renvoie|renvoyer|retourne|retourner|renvoi|expedie)\\b",
      'adresse (?:de |du |pour le )?retour',
    ],
    tracking_number: [
      '(?:numero|num|n°|no|lien|code|ref|reference)\\.? ?(?:de |du )?(?:suivi|tracking|colis|traking)\\b',
      '(?:envoy|donn|transmet|communiqu|file|passe|avoir)\\w*[^?.!]{0,12}\\b(?:le|un|mon) (?:suivi|tracking)\\b',
    ],
  },
  faq: {
    shipping_countries: [
      `(?:livrez|expediez|envoyez)[- ]?(?:vous)? (?:aussi )?(?:en|au|aux|a|dans|vers|hors|partout)\\b${NOT_HOME}`,
      `vous (?:livrez|expediez|envoyez|livrer|expedier) (?:aussi )?(?:en|au|aux|a|dans|vers|hors|partout)\\b${NOT_HOME}`,
      "(?:livrez|expediez|envoyez)[- ]?vous (?:a )?l'(?:etranger|international)",
      "livraison (?:internationale|a l'etranger|hors|partout|en europe|dans le monde|vers)",
      '(?:quels|dans quels|vers quels) pays',
    ],
    shipping_times: [
      "delais? (?:de |d')?(?:livraison|expedition|acheminement|envoi|reception)",
      `(?<!encore |reste |il reste )combien de (?:temps|jours|semaines)${NOT_REFUND}`,
      '(?:livraison|expedition|envoi)\\b[^?.!]{0,15}\\b(?:combien de|en combien|sous combien|prend combien|dure combien)',
      `(?:en|sous) combien de (?:temps|jours)${NOT_REFUND}`,
    ],
    duties_taxes: [
      "(?:droits?|frais|taxes?) (?:de |d')?(?:douane|importation|dedouanement)",
      'dedouan',
      '(?:tva|taxes?)\\b[^?.!]{0,10}\\b(?:incluse?s?|comprises?|en sus|en plus)',
      '(?:payer|paye|regler)\\b[^?.!]{0,10}\\b(?:douane|tva|taxes|droits)',
      'ttc\\b',
    ],
    exchange_policy: [
      'echang\\w*',
      'changer (?:de |la |pour une |contre une )?(?:autre )?(?:taille|couleur|pointure|modele)',
    ],
    refund_policy: [
      "(?:politique|conditions?|regles?|modalites?|procedure)s? (?:de |du |des |d')?(?:remboursement|retour|retours|retractation)",
      '(?:acceptez|faites|prenez)[- ](?:vous )?(?:les )?(?:retours|remboursements)',
      '(?:retours?|remboursements?) (?:gratuits?|offerts?)',
      '(?:delai|droit) de retractation',
      "combien de (?:jours|temps) (?:pour|afin de|ai-je pour|j'ai pour) (?:retourner|renvoyer|faire un retour|me faire rembourser)",
      "(?:peux|puis|peut|pourrai)[- ](?:je|on)? ?(?:le |la |les |l')?(?:retourner|renvoyer|me faire rembourser)\\b[^?.!]{0,25}\\b(?:si|apres|sous|dans)\\b",
    ],
    payment_methods: [
      '(?:payer|paiement|regler|reglement)\\b[^?.!]{0,6}\\b(?:en (?:plusieurs|\\d) ?(?:fois|x)|a la livraison|par (?:carte|cb|paypal|virement|cheque)|avec (?:paypal|carte|cb)|en especes|en cash|en liquide)',
      '(?:moyens?|modes?|options?) de (?:paiement|reglement)',
      'en (?:\\d|trois|quatre|plusieurs) ?(?:fois|x)\\b',
      'paylib|lydia|alma\\b|oney\\b|carte bancaire|carte bleue|cb\\b|virement',
      '(?:acceptez|prenez)[- ](?:vous )?(?:la |les )?(?:carte|cb|paypal|cheques?|especes|amex|apple pay)',
    ],
  },
};
