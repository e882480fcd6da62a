// Dutch, "je/jij" as Dutch and Flemish web shops write in chat: friendly, direct, no stiffness.
import type { Catalog } from './en';

export const nl: Catalog = {
  greeting:
    'Hoi! 👋 Ik ben de assistent van {brand}. Ik kan je bestelling volgen en je helpen met retouren, maten, adreswijzigingen en annuleringen. Waarmee kan ik je helpen?',
  thanks_bye: 'Graag gedaan! Fijne dag nog 😊',
  clarify:
    'Sorry, dat begreep ik niet helemaal. Ik kan je helpen met bestellingen, track & trace, retouren, maten, adreswijzigingen en annuleringen. Wat heb je nodig?',
  clarify_again:
    'Sorry, ik snap het nog steeds niet. Kun je het anders zeggen, of op een van de opties tikken? Ik kan je ook doorverbinden met een collega.',
  ask_more:
    'Waarmee kan ik je helpen? Je kunt me iets vragen over een bestelling, een bezorging, een retour of een maat.',
  menu_track: 'Bestelling volgen',
  menu_return: 'Artikel retourneren',
  menu_size: 'Hulp bij maat',
  menu_agent: 'Praat met iemand',
  button_yes: 'Ja',
  button_no: 'Nee',

  ask_order_number: 'Natuurlijk! Wat is je bestelnummer? Het heeft 5 cijfers, bijvoorbeeld #48213.',
  which_order: 'Welke bestelling bedoel je?',
  order_option: '#{order} · {date} · {items}',
  no_orders:
    'Ik kan nog geen bestellingen vinden bij deze chat. Heb je besteld met een ander telefoonnummer of e-mailadres? Stuur me dan het bestelnummer, dan zoek ik het op.',
  order_not_found: 'Ik kon bestelling {order} niet vinden. Wil je het nummer nog even controleren?',
  not_your_order:
    'Voor je privacy kan ik alleen bestellingen delen die je zelf hebt geplaatst. Is {order} jouw bestelling? Bevestig dat dan met het e-mailadres of de postcode die je bij het afrekenen gebruikte.',

  verify_ask:
    'Om je bestellingen privé te houden: stuur je bestelnummer samen met het e-mailadres of de postcode die je bij het afrekenen hebt gebruikt.',
  verify_ask_secret:
    'Bedankt! Stuur nu het e-mailadres of de postcode die je voor bestelling {order} hebt gebruikt.',
  verify_ok: 'Bedankt, je bent geverifieerd ✅',
  verify_failed:
    'Sorry, deze gegevens komen niet overeen met wat wij hebben. Controleer het bestelnummer en het e-mailadres of de postcode en probeer het opnieuw.',
  verify_failed_left:
    'Deze gegevens komen nog steeds niet overeen met wat wij hebben. Resterende pogingen: {left}. Daarna wordt de verificatie een uur gepauzeerd.',
  verify_third_party:
    'Voor hun privacy kan ik bestelling {order} alleen bespreken met degene die hem plaatste. Vraag diegene ons vanuit de eigen chat te schrijven, dan helpen we meteen.',
  verify_private_only:
    'Voor je privacy bekijk ik bestellingen alleen in een privéchat. Stuur me direct een bericht, dan help ik je daar.',
  verify_locked:
    'Te veel pogingen. Probeer het over {minutes} minuten opnieuw, of vraag naar een medewerker, dan helpen we je verder.',

  status_pending:
    'Bestelling {order} is bevestigd en wacht om ingepakt te worden. Zodra hij verzonden is, stuur ik je de track & trace.',
  status_processing:
    'Bestelling {order} wordt nu ingepakt. Hij wordt naar verwachting binnen 1–2 werkdagen verzonden.',
  status_shipped:
    'Bestelling {order} is onderweg met {carrier} (track & trace {tracking}). Laatste update: {event}, {location}, {date}. Verwachte bezorging: {eta}.',
  status_delivered: 'Bestelling {order} is bezorgd op {date}. Ik hoop dat je er blij mee bent!',
  status_cancelled:
    'Bestelling {order} is geannuleerd. Had je recht op een terugbetaling, dan is die teruggestort op je oorspronkelijke betaalmethode.',
  status_returned: 'Bestelling {order} is geretourneerd en terugbetaald.',
  tracking_link: 'Volg het pakket',

  delay_customs:
    'Sorry voor het wachten. Je pakket {tracking} wordt sinds {date} door de douane in {location} vastgehouden. Douanecontroles duren meestal 3–7 dagen; de vervoerder verwacht het pakket nu rond {eta} te bezorgen.',
  delay_port:
    'Sorry voor het wachten. Je pakket {tracking} heeft sinds {date} vertraging door drukte in {location}. De vervoerder verwacht het nu rond {eta} te bezorgen.',
  delay_silent:
    'Sorry voor het wachten. De vervoerder heeft pakket {tracking} sinds {date} ({location}) niet meer bijgewerkt.',
  delay_failed_attempt:
    'De vervoerder heeft op {date} geprobeerd pakket {tracking} te bezorgen, maar dat is niet gelukt. Meestal proberen ze het de volgende werkdag opnieuw, of je kunt op hun website een nieuwe bezorging plannen.',
  delay_on_time:
    'Goed nieuws: bestelling {order} ligt op schema. De laatste update is {event} ({location}, {date}) en hij zou uiterlijk {eta} moeten aankomen.',
  delay_late:
    'Sorry voor het wachten. Pakket {tracking} is later dan de vervoerder had ingeschat ({eta}). De laatste update is {event} ({location}, {date}).',
  delay_exception:
    'Sorry: de vervoerder meldde op {date} een probleem met pakket {tracking} ({location}). We zoeken het met hen uit.',
  delay_returned:
    'De vervoerder stuurt pakket {tracking} naar ons terug (sinds {date}). We regelen met je een nieuwe levering of een terugbetaling.',
  delay_proactive:
    'Hoi! Even een korte update over bestelling {order}: {reason} We zijn ermee bezig en ik houd je hier op de hoogte.',

  return_started:
    'Geregeld! Ik heb retour {rma} aangemaakt voor bestelling {order}. Pak het artikel of de artikelen ongedragen en met labels in, en lever het pakket vóór {date} in bij een {carrier}-punt naar keuze. Je gefrankeerde retourlabel: {link}',
  return_window_closed:
    'Bestelling {order} is bezorgd op {date} en valt daarmee buiten onze retourtermijn van {days} dagen. Ik heb een collega gevraagd te kijken wat we kunnen doen.',
  return_not_delivered:
    'Bestelling {order} is nog niet bezorgd, dus retourneren kan nog niet. Als hij nog niet verzonden is, kan ik hem in plaats daarvan annuleren.',
  return_which_item: 'Welk artikel wil je retourneren?',

  damage_sorry_ask_photo:
    'Wat vervelend dat het beschadigd is aangekomen 😔 Kun je een foto sturen van het artikel en de verpakking? Dan kunnen we het snel oplossen.',
  damage_claim_opened:
    'Bedankt. Ik heb melding {claim} aangemaakt voor bestelling {order}, met je foto(’s). Een collega neemt binnen 24 uur contact met je op voor een vervangend artikel of terugbetaling.',
  damage_photo_added: 'Top, ik heb de foto toegevoegd aan melding {claim}.',

  size_ask_measurements:
    'Ik help je graag met je maat! Wat zijn je lengte en gewicht, of je borst- en taillewijdte in cm?',
  size_ask_product: 'Naar welk artikel kijk je?',
  size_recommend: 'Voor {product} zou ik maat {size} nemen.{equivalents}',
  size_between:
    'Voor {product} zit je tussen {size} en {size_up}. Wil je een ruime pasvorm, neem dan {size_up}; voor een nauwsluitende pasvorm {size}.',
  size_no_chart:
    'Sorry, ik heb geen maattabel voor {product}. Als je wilt, kan een collega je helpen kiezen: tik op ‘{agent}’.',
  size_convert: 'Maat {size} ({system}) is EU {eu} / US {us} / UK {uk} / JP {jp} / CN {cn}.',
  size_equivalents: ' Dat is EU {eu} / US {us} / UK {uk}.',

  address_ask_new:
    'Natuurlijk. Wat is het nieuwe bezorgadres voor bestelling {order}? Vermeld graag straat en huisnummer, postcode en plaats.',
  address_invalid:
    'Sorry, ik kon er geen volledig adres in lezen. Stuur je straat en huisnummer, postcode en plaats? Bijvoorbeeld: Keizersgracht 123, 1015 CJ Amsterdam.',
  address_confirm: 'Bevestig je het nieuwe adres voor bestelling {order}? {address}',
  address_changed: 'Geregeld! Bestelling {order} wordt bezorgd op: {address}',
  address_too_late:
    'Bestelling {order} is al verzonden, dus ik kan het adres hier niet meer wijzigen. Als je wilt, kan een collega de vervoerder vragen het pakket om te leiden: tik op ‘{agent}’.',

  cancel_confirm: 'Wil je bestelling {order} ({items}, {total}) annuleren?',
  cancelled:
    'Bestelling {order} is geannuleerd. Je terugbetaling van {total} staat binnen 5–10 werkdagen op je oorspronkelijke betaalmethode.',
  cancel_kept: 'Geen probleem, bestelling {order} blijft zoals hij is.',
  cancel_too_late:
    'Bestelling {order} is al onderweg, dus annuleren kan niet meer. Als hij binnen is, kun je hem gratis retourneren.',

  product_info: '{product}: {material}. Onderhoud: {care}. Kleuren: {colours}.',
  product_in_stock: '{product} in {variant} is op voorraad.',
  product_out_of_stock:
    '{product} in {variant} is op dit moment uitverkocht. We verwachten rond {date} nieuwe voorraad.',
  product_sold_out: '{product} in {variant} is op dit moment uitverkocht.',
  product_unknown: 'Welk product bedoel je? Je kunt me de naam of een link sturen.',

  handoff: 'Ik schakel een collega in die je hiermee kan helpen. Die reageert hier zo snel mogelijk.',
  button_video_call: 'Videogesprek',
  handoff_video: 'Als dat makkelijker is, kun je ook meedoen aan een videogesprek: {link}',
  handoff_eta_open: 'Meestal reageert iemand van ons team binnen {minutes} minuten.',
  handoff_eta_closed:
    'Ons team is nu offline en vanaf {when} weer bereikbaar. Je kunt hier gewoon verder typen: ze zien alles.',
  handoff_waiting:
    'Bedankt, ik heb het doorgegeven aan mijn collega. Die reageert hier, en er gaat niets verloren van wat je schrijft.',
  agent_joined: 'Er is een collega bij het gesprek gekomen die hier reageert.',
  agent_video: 'Mijn collega nodigt je uit voor een videogesprek. Tik om mee te doen: {link}',
  back_to_bot:
    'Je bent weer terug bij de assistent. Ik kan je helpen met bestellingen, track & trace, retouren en maten. Waarmee kan ik je helpen?',
  back_to_bot_timeout:
    'Sorry, er kon nog geen collega reageren. Ik help je intussen graag verder, en je kunt altijd opnieuw op ‘{agent}’ tikken.',
  rating_ask: 'Hoe hebben we het gedaan? Geef dit gesprek een cijfer van 1 (slecht) tot 5 (uitstekend).',
  rating_thanks: 'Bedankt voor je feedback! 🙏',
  proactive_intro: 'Hoi! Even een seintje over bestelling {order}, voordat je ernaar hoeft te vragen:',
  proactive_choices: 'Wat heb je liever? (Antwoord STOP als je zulke berichten liever niet krijgt.)',
  optout_hint: 'Antwoord STOP om deze updates niet meer te krijgen.',
  button_keep_waiting: 'Blijven wachten',
  button_get_updates: 'Stuur me updates',
  button_cancel_refund: 'Annuleer, geld terug',
  proactive_waiting_ok:
    'Bedankt voor je geduld! Ik laat het je hier weten zodra er nieuws is over bestelling {order}.',
  proactive_updates_on: 'Geregeld: ik stuur je hier een bericht zodra bestelling {order} verder komt.',
  voice_not_supported:
    'Ik kan nog niet naar spraakberichten luisteren. Kun je je vraag typen? Of ik schakel een collega in.',
  image_ask_context:
    'Bedankt voor de foto! Waar gaat het om: een beschadigd artikel, een retour of iets anders?',
  media_received: 'Bedankt, ik heb je bestand ontvangen.',
  declined_injection:
    'Ik kan je alleen helpen met je eigen bestellingen en onze producten. Waarmee kan ik je helpen?',
  error_try_again: 'Sorry, er ging iets mis aan mijn kant. Probeer het zo nog eens.',

  cancel_processing:
    'Bestelling {order} wordt nu ingepakt, dus ik kan hem hier niet annuleren. Ik heb een collega gevraagd te proberen hem tegen te houden. Is hij al vertrokken, dan kun je hem na ontvangst gratis retourneren.',
  cancel_delivered:
    'Bestelling {order} is al bezorgd, dus annuleren kan niet meer. Je kunt hem nog wel gratis retourneren binnen {days} dagen na bezorging: vraag me gewoon om een retour te starten.',
  address_processing:
    'Bestelling {order} wordt nu ingepakt, dus ik kan het adres hier niet wijzigen. Ik heb een collega gevraagd het aan te passen voordat hij verzonden wordt.',
  address_delivered: 'Bestelling {order} is al bezorgd, dus het adres kan niet meer worden gewijzigd.',
  size_ask_waist:
    'Bedankt! {product} kies je op taille- en heupwijdte, dus lengte en gewicht zijn niet genoeg. Wat is je taillewijdte in cm (en je heupwijdte, als je die weet)?',
  size_ask_chest:
    'Bedankt! {product} kies je op borstwijdte, dus lengte en gewicht zijn niet genoeg. Wat is je borstwijdte in cm, gemeten op het breedste punt?',
  size_ask_foot:
    'Voor {product} ga ik uit van je voetlengte. Hoe lang is je voet in cm, van hiel tot langste teen? Of noem een maat die je draagt in EU, US of UK.',

  // Answers to one narrow question (when, where, which number, which refund), without the full status.
  eta_shipped:
    'Bestelling {order} zou uiterlijk {eta} binnen moeten zijn (track & trace {tracking} bij {carrier}).',
  eta_delayed:
    'De laatste verwachting van de vervoerder voor pakket {tracking} is {eta}, maar het loopt vertraging op, dus het kan nog een paar dagen langer duren.',
  eta_not_shipped:
    'Bestelling {order} is nog niet verzonden, dus er is nog geen bezorgdatum. Die krijg je samen met de track & trace zodra hij verzonden is.',
  location_answer: 'De laatste scan van pakket {tracking}: {event}, {location}, op {date}.',
  tracking_number_answer: 'Bestelling {order} gaat met {carrier}, track & trace-code {tracking}.',
  tracking_number_none: 'Bestelling {order} is nog niet verzonden, dus er is nog geen track & trace-code.',
  refund_timing_return:
    'De terugbetaling voor retour {rma} gaat naar je oorspronkelijke betaalmethode zodra het pakket in ons magazijn is, meestal binnen {days} werkdagen na het inleveren.',
  refund_timing_cancelled:
    'De terugbetaling voor bestelling {order} ({total}) staat binnen 5–10 werkdagen na de annulering op je oorspronkelijke betaalmethode.',
  refund_timing_none:
    'Er loopt nog geen terugbetaling voor bestelling {order}. Als je wilt, kan ik een retour starten.',
  return_label_again:
    'Hier is het gefrankeerde retourlabel voor retour {rma} nog een keer: {link} Lever het pakket vóór {date} in bij een {carrier}-punt naar keuze.',
  return_label_none:
    'Er is nog geen retour aangemaakt voor bestelling {order}. Zeg het maar, dan start ik er een.',
  no_news:
    'Dat is nog steeds het laatste wat ik weet over bestelling {order}: er is niets veranderd sinds mijn vorige bericht. Zal ik er een collega bij halen?',

  // Sent only once a case really exists: no other message may promise that someone chases the carrier.
  delay_case_opened: 'Ik heb dossier {case} aangemaakt, zodat een collega de vervoerder voor je aanspoort.',

  // Keeping the conversation on track: no answer known, an unclear pick or yes/no, a dropped task, commands.
  faq_unknown: 'Sorry, daar heb ik geen goed antwoord op. Een collega kan je helpen: tik op ‘{agent}’.',
  choice_not_understood: 'Sorry, welke bedoel je? Tik hieronder op een van de opties of stuur het nummer.',
  confirm_again: 'Sorry, is dat een ja of een nee? Tik hieronder op een van de knoppen.',
  abandoned: 'Geen probleem, dan laten we dat zitten. Kan ik je nog ergens anders mee helpen?',
  language_switched: 'Prima, ik ga verder in het Nederlands.',
  command_help:
    'Ik ben de assistent van {brand}. Vraag me in je eigen woorden iets over een bestelling, een bezorging, een retour, een maat, een adreswijziging of een annulering. Stuur STOP om geen updateberichten meer te krijgen.',

  // Consent and privacy. STOP and START stay as written in every language: they are the keywords to send.
  optout_confirmed:
    'Geregeld: je krijgt geen updateberichten meer van {brand}. Je kunt me nog steeds altijd een bericht sturen, en met START zet je de updates weer aan.',
  optin_confirmed: 'Welkom terug! Bestelupdates van {brand} staan weer aan.',
  data_request_access:
    'Ik heb je verzoek om een kopie van je persoonsgegevens doorgegeven aan ons privacyteam. Zij reageren hier binnen {days} dagen.',
  data_request_deletion:
    'Ik heb je verzoek om je persoonsgegevens te verwijderen doorgegeven aan ons privacyteam. Zij bevestigen het hier binnen {days} dagen.',

  // Carrier events by code (ShipmentEventCode), read inside status sentences: short, no full stop.
  event_label_created: 'verzendlabel aangemaakt, wacht op ophalen',
  event_picked_up: 'opgehaald door de vervoerder',
  event_in_transit: 'onderweg',
  event_departed_origin: 'vertrokken uit het sorteercentrum van herkomst',
  event_arrived_hub: 'aangekomen in een sorteercentrum',
  event_export_customs: 'exportinklaring afgerond',
  event_customs_hold: 'vastgehouden door de douane',
  event_customs_cleared: 'invoerinklaring afgerond',
  event_port_congestion: 'vertraagd door drukte in de haven',
  event_arrived_destination: 'aangekomen in het land van bestemming',
  event_out_for_delivery: 'onderweg naar je adres',
  event_delivery_attempt_failed: 'bezorgpoging mislukt, niemand thuis',
  event_delivered: 'bezorgd',
  event_returned_to_sender: 'teruggestuurd naar de afzender',
  event_exception: 'storing bij de vervoerder',
};
