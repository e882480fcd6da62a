// French, "vous": warm but courteous, as a French fashion shop writes in chat. French typography: a no-break
// space (U+202F before ? ! ;, U+00A0 before :) so the mark never wraps onto its own line.
import type { Catalog } from './en';

export const fr: Catalog = {
  greeting:
    'Bonjour ! 👋 Je suis l’assistant de {brand}. Je peux suivre votre commande et vous aider pour les retours, les tailles, les changements d’adresse et les annulations. Que puis-je faire pour vous ?',
  thanks_bye: 'Avec plaisir ! Très belle journée à vous 😊',
  clarify:
    'Désolé, je n’ai pas bien compris. Je peux vous aider pour vos commandes, le suivi, les retours, les tailles, les changements d’adresse et les annulations. De quoi avez-vous besoin ?',
  clarify_again:
    'Désolé, je n’ai toujours pas compris. Pouvez-vous le dire autrement, ou appuyer sur l’une des options ? Je peux aussi vous passer un collègue.',
  ask_more:
    'Comment puis-je vous aider ? Vous pouvez me poser une question sur une commande, une livraison, un retour ou une taille.',
  menu_track: 'Suivre ma commande',
  menu_return: 'Retourner un article',
  menu_size: 'Aide pour la taille',
  menu_agent: 'Parler à quelqu’un',
  button_yes: 'Oui',
  button_no: 'Non',

  ask_order_number:
    'Bien sûr ! Quel est votre numéro de commande ? Il comporte 5 chiffres, par exemple #48213.',
  which_order: 'De quelle commande s’agit-il ?',
  order_option: '#{order} · {date} · {items}',
  no_orders:
    'Je ne trouve encore aucune commande liée à cette conversation. Si vous avez commandé avec un autre numéro de téléphone ou une autre adresse e-mail, envoyez-moi le numéro de commande et je vérifie.',
  order_not_found: 'Je n’ai pas trouvé la commande {order}. Pourriez-vous vérifier le numéro ?',
  not_your_order:
    'Pour protéger votre vie privée, je ne peux communiquer que les commandes passées par vous. Si la commande {order} est la vôtre, merci de la confirmer avec l’adresse e-mail ou le code postal utilisés lors de l’achat.',

  verify_ask:
    'Pour protéger vos commandes, merci de m’envoyer votre numéro de commande avec l’adresse e-mail ou le code postal utilisés lors de l’achat.',
  verify_ask_secret:
    'Merci ! Envoyez-moi maintenant l’adresse e-mail ou le code postal utilisés pour la commande {order}.',
  verify_ok: 'Merci, la vérification est terminée ✅',
  verify_failed:
    'Désolé, ces informations ne correspondent pas à nos données. Vérifiez le numéro de commande ainsi que l’e-mail ou le code postal, puis réessayez.',
  verify_failed_left:
    'Ces informations ne correspondent toujours pas à nos données. Essais restants : {left}. Ensuite, la vérification sera suspendue pendant une heure.',
  verify_third_party:
    'Pour protéger ses données, je ne peux parler de la commande {order} qu’avec la personne qui l’a passée. Demandez-lui de nous écrire depuis sa propre conversation, nous l’aiderons tout de suite.',
  verify_private_only:
    'Pour protéger vos données, je ne consulte les commandes que dans une conversation privée. Écrivez-moi directement et je vous aide là-bas.',
  verify_locked:
    'Trop de tentatives. Réessayez dans {minutes} minutes, ou demandez à parler à un conseiller et nous vous aiderons.',

  status_pending:
    'La commande {order} est confirmée et en attente de préparation. Je vous enverrai le suivi dès son expédition.',
  status_processing:
    'La commande {order} est en cours de préparation. Elle devrait être expédiée sous 1 à 2 jours ouvrés.',
  status_shipped:
    'La commande {order} est en route avec {carrier} (suivi {tracking}). Dernière mise à jour : {event}, {location}, {date}. Livraison estimée : {eta}.',
  status_delivered: 'La commande {order} a été livrée le {date}. J’espère qu’elle vous plaira !',
  status_cancelled:
    'La commande {order} a été annulée. Si un remboursement était dû, il a été effectué sur votre moyen de paiement d’origine.',
  status_returned: 'La commande {order} a été retournée et remboursée.',
  tracking_link: 'Suivre le colis',

  delay_customs:
    'Désolé pour l’attente. Votre colis {tracking} est retenu en douane à {location} depuis le {date}. Les contrôles douaniers prennent généralement 3 à 7 jours ; le transporteur prévoit désormais une livraison vers le {eta}.',
  delay_port:
    'Désolé pour l’attente. Votre colis {tracking} est retardé par un encombrement à {location} depuis le {date}. Le transporteur prévoit désormais une livraison vers le {eta}.',
  delay_silent:
    'Désolé pour l’attente. Le transporteur n’a pas mis à jour le colis {tracking} depuis le {date} ({location}).',
  delay_failed_attempt:
    'Le transporteur a tenté de livrer le colis {tracking} le {date}, sans succès. Il repasse généralement le jour ouvré suivant, ou vous pouvez programmer une nouvelle livraison sur son site.',
  delay_on_time:
    'Bonne nouvelle : la commande {order} est dans les temps. La dernière mise à jour est {event} ({location}, {date}) et elle devrait arriver d’ici le {eta}.',
  delay_late:
    'Désolé pour l’attente. Le colis {tracking} a pris du retard sur la date estimée par le transporteur ({eta}). La dernière mise à jour est {event} ({location}, {date}).',
  delay_exception:
    'Désolé : le transporteur a signalé un problème avec le colis {tracking} le {date} ({location}). Nous voyons cela avec lui.',
  delay_returned:
    'Le transporteur nous renvoie le colis {tracking} (depuis le {date}). Nous verrons avec vous une nouvelle livraison ou un remboursement.',
  delay_proactive:
    'Bonjour ! Petite info au sujet de votre commande {order} : {reason} Nous nous en occupons et je vous tiens au courant ici.',

  return_started:
    'C’est fait ! J’ai ouvert le retour {rma} pour la commande {order}. Emballez le ou les articles non portés, étiquettes attachées, et déposez le colis dans n’importe quel point {carrier} avant le {date}. Votre étiquette prépayée : {link}',
  return_window_closed:
    'La commande {order} a été livrée le {date}, ce qui dépasse notre délai de retour de {days} jours. J’ai demandé à un collègue de voir ce que nous pouvons faire.',
  return_not_delivered:
    'La commande {order} n’a pas encore été livrée, elle ne peut donc pas être retournée. Si elle n’est pas encore expédiée, je peux l’annuler à la place.',
  return_which_item: 'Quel article souhaitez-vous retourner ?',

  damage_sorry_ask_photo:
    'Je suis vraiment désolé qu’il soit arrivé abîmé 😔 Pourriez-vous m’envoyer une photo de l’article et de l’emballage ? Cela nous aide à régler le problème rapidement.',
  damage_claim_opened:
    'Merci. J’ai ouvert la réclamation {claim} pour la commande {order} avec votre ou vos photos. Un collègue reviendra vers vous sous 24 heures avec un échange ou un remboursement.',
  damage_photo_added: 'C’est noté, j’ai ajouté la photo à la réclamation {claim}.',

  size_ask_measurements:
    'Avec plaisir pour la taille ! Quels sont votre taille et votre poids, ou votre tour de poitrine et de taille en cm ?',
  size_ask_product: 'Quel article regardez-vous ?',
  size_recommend: 'Pour {product}, je vous conseille la taille {size}.{equivalents}',
  size_between:
    'Pour {product}, vous êtes entre le {size} et le {size_up}. Pour un effet ample, prenez le {size_up} ; pour un tombé plus ajusté, le {size}.',
  size_no_chart:
    'Désolé, je n’ai pas de guide des tailles pour {product}. Si vous le souhaitez, un collègue peut vous aider à choisir : appuyez sur « {agent} ».',
  size_convert: 'La taille {size} ({system}) correspond à EU {eu} / US {us} / UK {uk} / JP {jp} / CN {cn}.',
  size_equivalents: ' Cela correspond à EU {eu} / US {us} / UK {uk}.',

  address_ask_new:
    'Bien sûr. Quelle est la nouvelle adresse de livraison pour la commande {order} ? Indiquez le numéro et la rue, le code postal et la ville.',
  address_invalid:
    'Désolé, je n’ai pas pu lire une adresse complète. Envoyez-moi le numéro et la rue, le code postal et la ville, par exemple : 12 rue de Rivoli, 75004 Paris.',
  address_confirm: 'Merci de confirmer la nouvelle adresse pour la commande {order} : {address}',
  address_changed: 'C’est fait ! La commande {order} sera livrée à : {address}',
  address_too_late:
    'La commande {order} est déjà expédiée, je ne peux donc pas changer l’adresse d’ici. Si vous le souhaitez, un collègue peut demander au transporteur de la réacheminer : appuyez sur « {agent} ».',

  cancel_confirm: 'Souhaitez-vous annuler la commande {order} ({items}, {total}) ?',
  cancelled:
    'La commande {order} est annulée. Votre remboursement de {total} arrivera sur votre moyen de paiement d’origine sous 5 à 10 jours ouvrés.',
  cancel_kept: 'Pas de souci, la commande {order} reste telle quelle.',
  cancel_too_late:
    'La commande {order} est déjà en route, elle ne peut donc pas être annulée. Une fois reçue, vous pourrez la retourner gratuitement.',

  product_info: '{product} : {material}. Entretien : {care}. Coloris : {colours}.',
  product_in_stock: '{product} en {variant} est disponible.',
  product_out_of_stock:
    '{product} en {variant} est épuisé pour le moment. Nous attendons un réassort vers le {date}.',
  product_sold_out: '{product} en {variant} est épuisé pour le moment.',
  product_unknown: 'De quel produit parlez-vous ? Vous pouvez m’envoyer son nom ou un lien.',

  handoff: 'Je fais appel à un collègue qui pourra vous aider. Il vous répondra ici dès que possible.',
  button_video_call: 'Appel vidéo',
  handoff_video: 'Si c’est plus simple, vous pouvez aussi rejoindre un appel vidéo : {link}',
  handoff_eta_open: 'Un membre de notre équipe répond généralement en moins de {minutes} minutes.',
  handoff_eta_closed:
    'Notre équipe est absente pour le moment et sera de retour {when}. Vous pouvez continuer à écrire ici : elle verra tous vos messages.',
  handoff_waiting:
    'Merci, je l’ai ajouté pour mon collègue. Il vous répondra ici ; rien de ce que vous écrivez ne se perd.',
  agent_joined: 'Un collègue a rejoint la conversation et va vous répondre ici.',
  agent_video: 'Mon collègue vous invite à un appel vidéo. Appuyez pour le rejoindre : {link}',
  back_to_bot:
    'Vous êtes de nouveau avec l’assistant. Je peux vous aider pour vos commandes, le suivi, les retours et les tailles. Que puis-je faire pour vous ?',
  back_to_bot_timeout:
    'Désolé, aucun collègue n’a encore pu vous répondre. En attendant, je suis là pour vous aider, et vous pouvez appuyer à nouveau sur « {agent} » à tout moment.',
  rating_ask: 'Comment s’est passé cet échange ? Notez cette conversation de 1 (mauvais) à 5 (excellent).',
  rating_thanks: 'Merci pour votre avis ! 🙏',
  proactive_intro: 'Bonjour ! Petite info sur votre commande {order}, avant même que vous ayez à demander :',
  proactive_choices:
    'Que préférez-vous ? (Répondez STOP si vous ne souhaitez pas recevoir ce type de message.)',
  optout_hint: 'Répondez STOP pour ne plus recevoir ces mises à jour.',
  button_keep_waiting: 'Continuer d’attendre',
  button_get_updates: 'Recevoir les infos',
  button_cancel_refund: 'Annuler, rembourser',
  proactive_waiting_ok:
    'Merci pour votre patience ! Je vous préviens ici dès qu’il y a du nouveau pour la commande {order}.',
  proactive_updates_on: 'C’est noté : je vous écris ici à chaque étape de la commande {order}.',
  voice_not_supported:
    'Je ne peux pas encore écouter les messages vocaux. Pourriez-vous écrire votre question ? Sinon, je peux faire appel à un collègue.',
  image_ask_context: 'Merci pour la photo ! De quoi s’agit-il : un article abîmé, un retour ou autre chose ?',
  media_received: 'Merci, j’ai bien reçu votre fichier.',
  declined_injection:
    'Je peux uniquement vous aider pour vos propres commandes et nos produits. Que puis-je faire pour vous ?',
  error_try_again: 'Désolé, un problème est survenu de mon côté. Veuillez réessayer dans un instant.',

  cancel_processing:
    'La commande {order} est en cours de préparation, je ne peux donc pas l’annuler d’ici. J’ai demandé à un collègue d’essayer de l’arrêter. Si elle est déjà partie, vous pourrez la retourner gratuitement à réception.',
  cancel_delivered:
    'La commande {order} a déjà été livrée, elle ne peut donc plus être annulée. Vous pouvez encore la retourner gratuitement dans les {days} jours suivant la livraison ; il suffit de me demander d’ouvrir un retour.',
  address_processing:
    'La commande {order} est en cours de préparation, je ne peux donc pas modifier l’adresse d’ici. J’ai demandé à un collègue de la mettre à jour avant l’expédition.',
  address_delivered: 'La commande {order} a déjà été livrée, son adresse ne peut donc plus être modifiée.',
  size_ask_waist:
    'Merci ! {product} se choisit selon le tour de taille et de hanches, la taille et le poids ne suffisent donc pas. Quel est votre tour de taille en cm (et de hanches, si vous le connaissez) ?',
  size_ask_chest:
    'Merci ! {product} se choisit selon le tour de poitrine, la taille et le poids ne suffisent donc pas. Quel est votre tour de poitrine en cm, mesuré à l’endroit le plus fort ?',
  size_ask_foot:
    'Pour {product}, je me base sur la longueur du pied. Combien mesure votre pied en cm, du talon au plus long orteil ? Vous pouvez aussi m’indiquer une pointure que vous portez en EU, US ou UK.',

  // Answers to one narrow question (when, where, which number, which refund), without the full status.
  eta_shipped: 'La commande {order} devrait arriver d’ici le {eta} (suivi {tracking} avec {carrier}).',
  eta_delayed:
    'La dernière estimation du transporteur pour le colis {tracking} est le {eta}, mais il a du retard : comptez peut-être quelques jours de plus.',
  eta_not_shipped:
    'La commande {order} n’est pas encore expédiée, il n’y a donc pas encore de date de livraison. Vous la recevrez avec le numéro de suivi dès l’expédition.',
  location_answer: 'Dernier scan du colis {tracking} : {event}, {location}, le {date}.',
  tracking_number_answer: 'La commande {order} a été confiée à {carrier}, numéro de suivi {tracking}.',
  tracking_number_none:
    'La commande {order} n’est pas encore expédiée, il n’y a donc pas encore de numéro de suivi.',
  refund_timing_return:
    'Le remboursement du retour {rma} est effectué sur votre moyen de paiement d’origine dès que le colis arrive à notre entrepôt, en général sous {days} jours ouvrés après son dépôt.',
  refund_timing_cancelled:
    'Le remboursement de la commande {order} ({total}) est effectué sur votre moyen de paiement d’origine sous 5 à 10 jours ouvrés après l’annulation.',
  refund_timing_none:
    'Aucun remboursement n’est encore en cours pour la commande {order}. Si vous le souhaitez, je peux ouvrir un retour.',
  return_label_again:
    'Voici à nouveau l’étiquette prépayée du retour {rma} : {link} Déposez le colis dans n’importe quel point {carrier} avant le {date}.',
  return_label_none:
    'Aucun retour n’est encore ouvert pour la commande {order}. Dites-le-moi et j’en ouvre un.',
  no_news:
    'C’est toujours la dernière information que j’ai pour la commande {order} : rien n’a changé depuis mon dernier message. Voulez-vous que je fasse appel à un collègue ?',

  // Sent only once a case really exists: no other message may promise that someone chases the carrier.
  delay_case_opened: 'J’ai ouvert le dossier {case} pour qu’un collègue relance le transporteur pour vous.',

  // Keeping the conversation on track: no answer known, an unclear pick or yes/no, a dropped task, commands.
  faq_unknown:
    'Désolé, je n’ai pas de bonne réponse à cette question. Un collègue peut vous aider : appuyez sur « {agent} ».',
  choice_not_understood:
    'Désolé, de laquelle parlez-vous ? Appuyez sur l’une des options ci-dessous ou envoyez son numéro.',
  confirm_again: 'Désolé, c’est un oui ou un non ? Appuyez sur l’un des boutons ci-dessous.',
  abandoned: 'Pas de souci, on laisse ça de côté. Puis-je vous aider pour autre chose ?',
  language_switched: 'Bien sûr, je continue en français.',
  command_help:
    'Je suis l’assistant de {brand}. Posez-moi vos questions avec vos propres mots sur une commande, une livraison, un retour, une taille, un changement d’adresse ou une annulation. Envoyez STOP pour ne plus recevoir de messages de suivi.',

  // Consent and privacy. STOP and START stay as written in every language: they are the keywords to send.
  optout_confirmed:
    'C’est fait : vous ne recevrez plus de messages de suivi de {brand}. Vous pouvez toujours m’écrire quand vous voulez, et envoyer START pour les réactiver.',
  optin_confirmed: 'Ravi de vous revoir ! Les messages de suivi de commande de {brand} sont réactivés.',
  data_request_access:
    'J’ai transmis votre demande de copie de vos données personnelles à notre équipe chargée de la confidentialité. Elle vous répondra ici sous {days} jours.',
  data_request_deletion:
    'J’ai transmis votre demande de suppression de vos données personnelles à notre équipe chargée de la confidentialité. Elle vous le confirmera ici sous {days} jours.',

  // Carrier events by code (ShipmentEventCode), read inside status sentences: short, no full stop.
  event_label_created: 'étiquette créée, en attente d’enlèvement',
  event_picked_up: 'pris en charge par le transporteur',
  event_in_transit: 'en transit',
  event_departed_origin: 'parti du centre d’origine',
  event_arrived_hub: 'arrivé dans un centre de tri',
  event_export_customs: 'dédouané à l’export',
  event_customs_hold: 'retenu en douane',
  event_customs_cleared: 'dédouané à l’import',
  event_port_congestion: 'retardé par la congestion du port',
  event_arrived_destination: 'arrivé dans le pays de destination',
  event_out_for_delivery: 'en cours de livraison',
  event_delivery_attempt_failed: 'tentative de livraison échouée, destinataire absent',
  event_delivered: 'livré',
  event_returned_to_sender: 'retourné à l’expéditeur',
  event_exception: 'incident transporteur',
};
