// German, consistently "du" (lower-case, as fashion brands write it in chat): friendly, direct, not chummy.
import type { Catalog } from './en';

export const de: Catalog = {
  greeting:
    'Hallo! 👋 Ich bin der Assistent von {brand}. Ich kann deine Bestellung verfolgen und dir bei Rücksendungen, Größen, Adressänderungen und Stornierungen helfen. Was kann ich für dich tun?',
  thanks_bye: 'Gern geschehen! Hab einen schönen Tag 😊',
  clarify:
    'Sorry, das habe ich nicht ganz verstanden. Ich helfe dir bei Bestellungen, Sendungsverfolgung, Rücksendungen, Größen, Adressänderungen und Stornierungen. Was brauchst du?',
  clarify_again:
    'Sorry, das habe ich immer noch nicht verstanden. Kannst du es anders formulieren oder auf eine der Optionen tippen? Ich kann auch jemanden aus dem Team dazuholen.',
  ask_more:
    'Wie kann ich dir helfen? Du kannst mich zu einer Bestellung, einer Lieferung, einer Rücksendung oder einer Größe fragen.',
  menu_track: 'Bestellung verfolgen',
  menu_return: 'Artikel zurücksenden',
  menu_size: 'Hilfe zur Größe',
  menu_agent: 'Mit jemandem reden',
  button_yes: 'Ja',
  button_no: 'Nein',

  ask_order_number: 'Klar! Wie lautet deine Bestellnummer? Sie hat 5 Ziffern, zum Beispiel #48213.',
  which_order: 'Welche Bestellung meinst du?',
  order_option: '#{order} · {date} · {items}',
  no_orders:
    'Ich finde für diesen Chat noch keine Bestellungen. Wenn du mit einer anderen Telefonnummer oder E-Mail-Adresse bestellt hast, schick mir die Bestellnummer und ich sehe nach.',
  order_not_found: 'Ich konnte die Bestellung {order} nicht finden. Kannst du die Nummer noch einmal prüfen?',
  not_your_order:
    'Zum Schutz deiner Daten kann ich nur Bestellungen zeigen, die du selbst aufgegeben hast. Wenn {order} deine Bestellung ist, bestätige sie bitte mit der E-Mail-Adresse oder Postleitzahl, die du beim Bestellen angegeben hast.',

  verify_ask:
    'Damit deine Bestellungen privat bleiben, schick mir bitte deine Bestellnummer zusammen mit der E-Mail-Adresse oder Postleitzahl, die du beim Bestellen angegeben hast.',
  verify_ask_secret:
    'Danke! Schick mir jetzt bitte die E-Mail-Adresse oder Postleitzahl, die du für die Bestellung {order} verwendet hast.',
  verify_ok: 'Danke, du bist verifiziert ✅',
  verify_failed:
    'Sorry, diese Angaben passen nicht zu unseren Daten. Bitte prüf die Bestellnummer und die E-Mail-Adresse oder Postleitzahl und versuch es noch einmal.',
  verify_failed_left:
    'Diese Angaben passen leider immer noch nicht zu unseren Daten. Verbleibende Versuche: {left}. Danach pausiert die Verifizierung für eine Stunde.',
  verify_third_party:
    'Zum Schutz ihrer Daten kann ich Bestellung {order} nur mit der Person besprechen, die sie aufgegeben hat. Bitte sie, uns aus ihrem eigenen Chat zu schreiben, dann helfen wir sofort.',
  verify_private_only:
    'Zum Schutz deiner Daten schaue ich Bestellungen nur im privaten Chat nach. Schreib mir bitte direkt, dann helfe ich dir dort.',
  verify_locked:
    'Zu viele Versuche. Bitte versuch es in {minutes} Minuten noch einmal oder frag nach einem Menschen, dann helfen wir dir weiter.',

  status_pending:
    'Deine Bestellung {order} ist bestätigt und wartet aufs Verpacken. Sobald sie verschickt ist, bekommst du die Sendungsnummer von mir.',
  status_processing:
    'Deine Bestellung {order} wird gerade verpackt. Sie sollte innerhalb von 1–2 Werktagen verschickt werden.',
  status_shipped:
    'Deine Bestellung {order} ist mit {carrier} unterwegs (Sendungsnummer {tracking}). Letzter Stand: {event}, {location}, {date}. Voraussichtliche Zustellung: {eta}.',
  status_delivered: 'Deine Bestellung {order} wurde am {date} zugestellt. Ich hoffe, sie gefällt dir!',
  status_cancelled:
    'Die Bestellung {order} wurde storniert. Falls dir eine Erstattung zustand, ist sie an deine ursprüngliche Zahlungsmethode gegangen.',
  status_returned: 'Die Bestellung {order} wurde zurückgeschickt und erstattet.',
  tracking_link: 'Paket verfolgen',

  delay_customs:
    'Sorry, dass du warten musst. Dein Paket {tracking} wird seit dem {date} vom Zoll in {location} festgehalten. Zollkontrollen dauern meist 3–7 Tage; der Versanddienstleister rechnet jetzt mit der Zustellung um den {eta}.',
  delay_port:
    'Sorry, dass du warten musst. Dein Paket {tracking} verspätet sich seit dem {date} wegen Überlastung in {location}. Der Versanddienstleister rechnet jetzt mit der Zustellung um den {eta}.',
  delay_silent:
    'Sorry, dass du warten musst. Der Versanddienstleister hat das Paket {tracking} seit dem {date} ({location}) nicht mehr aktualisiert.',
  delay_failed_attempt:
    'Der Versanddienstleister hat am {date} versucht, das Paket {tracking} zuzustellen, leider ohne Erfolg. Meist gibt es am nächsten Werktag einen neuen Versuch, oder du vereinbarst auf seiner Website eine neue Zustellung.',
  delay_on_time:
    'Gute Nachrichten: Deine Bestellung {order} liegt im Plan. Der letzte Stand ist {event} ({location}, {date}) und sie sollte bis zum {eta} ankommen.',
  delay_late:
    'Sorry, dass du warten musst. Das Paket {tracking} ist später dran als vom Versanddienstleister geschätzt ({eta}). Der letzte Stand ist {event} ({location}, {date}).',
  delay_exception:
    'Das tut mir leid: Der Versanddienstleister hat am {date} ein Problem mit dem Paket {tracking} gemeldet ({location}). Wir klären das mit ihm.',
  delay_returned:
    'Der Versanddienstleister schickt das Paket {tracking} an uns zurück (seit {date}). Wir besprechen mit dir eine neue Zustellung oder eine Erstattung.',
  delay_proactive:
    'Hallo! Kurze Info zu deiner Bestellung {order}: {reason} Wir kümmern uns darum und ich halte dich hier auf dem Laufenden.',

  return_started:
    'Erledigt! Ich habe die Rücksendung {rma} für die Bestellung {order} angelegt. Bitte pack den oder die Artikel ungetragen und mit Etikett ein und gib das Paket bis zum {date} in einer beliebigen {carrier}-Filiale ab. Dein vorfrankiertes Etikett: {link}',
  return_window_closed:
    'Die Bestellung {order} wurde am {date} zugestellt und liegt damit außerhalb unserer Rückgabefrist von {days} Tagen. Ich habe eine Kollegin gebeten zu schauen, was wir tun können.',
  return_not_delivered:
    'Die Bestellung {order} ist noch nicht zugestellt, deshalb kann sie noch nicht zurückgeschickt werden. Falls sie noch nicht verschickt ist, kann ich sie stattdessen stornieren.',
  return_which_item: 'Welchen Artikel möchtest du zurücksenden?',

  damage_sorry_ask_photo:
    'Das tut mir wirklich leid, dass es beschädigt angekommen ist 😔 Kannst du mir ein Foto vom Artikel und der Verpackung schicken? Damit können wir es schnell klären.',
  damage_claim_opened:
    'Danke dir. Ich habe die Reklamation {claim} für die Bestellung {order} mit deinen Fotos angelegt. Eine Kollegin meldet sich innerhalb von 24 Stunden mit Ersatz oder Erstattung bei dir.',
  damage_photo_added: 'Alles klar, ich habe das Foto zur Reklamation {claim} hinzugefügt.',

  size_ask_measurements:
    'Ich helfe dir gern bei der Größe! Wie groß und wie schwer bist du, oder wie viel cm messen Brust- und Taillenumfang?',
  size_ask_product: 'Welchen Artikel schaust du dir an?',
  size_recommend: 'Bei {product} würde ich Größe {size} nehmen.{equivalents}',
  size_between:
    'Bei {product} liegst du zwischen {size} und {size_up}. Für einen lockeren Sitz nimm {size_up}, für einen enganliegenden {size}.',
  size_no_chart:
    'Für {product} habe ich leider keine Größentabelle. Wenn du möchtest, hilft dir eine Kollegin bei der Wahl: Tippe auf „{agent}“.',
  size_convert: 'Größe {size} ({system}) entspricht EU {eu} / US {us} / UK {uk} / JP {jp} / CN {cn}.',
  size_equivalents: ' Das entspricht EU {eu} / US {us} / UK {uk}.',

  address_ask_new:
    'Klar. Wie lautet die neue Lieferadresse für die Bestellung {order}? Bitte mit Straße und Hausnummer, Postleitzahl und Ort.',
  address_invalid:
    'Sorry, da konnte ich keine vollständige Adresse erkennen. Schick mir bitte Straße und Hausnummer, Postleitzahl und Ort, zum Beispiel: Torstraße 12, 10119 Berlin.',
  address_confirm: 'Bitte bestätige die neue Adresse für die Bestellung {order}: {address}',
  address_changed: 'Erledigt! Die Bestellung {order} wird geliefert an: {address}',
  address_too_late:
    'Die Bestellung {order} ist schon unterwegs, deshalb kann ich die Adresse von hier aus nicht mehr ändern. Wenn du möchtest, kann eine Kollegin den Versanddienstleister bitten, sie umzuleiten: Tippe auf „{agent}“.',

  cancel_confirm: 'Möchtest du die Bestellung {order} ({items}, {total}) stornieren?',
  cancelled:
    'Die Bestellung {order} ist storniert. Deine Erstattung über {total} geht innerhalb von 5–10 Werktagen an deine ursprüngliche Zahlungsmethode.',
  cancel_kept: 'Kein Problem, die Bestellung {order} bleibt, wie sie ist.',
  cancel_too_late:
    'Die Bestellung {order} ist schon unterwegs und kann deshalb nicht mehr storniert werden. Wenn sie da ist, kannst du sie kostenlos zurückschicken.',

  product_info: '{product}: {material}. Pflege: {care}. Farben: {colours}.',
  product_in_stock: '{product} in {variant} ist auf Lager.',
  product_out_of_stock:
    '{product} in {variant} ist gerade ausverkauft. Wir erwarten Nachschub um den {date}.',
  product_sold_out: '{product} in {variant} ist gerade ausverkauft.',
  product_unknown: 'Welches Produkt meinst du? Du kannst mir den Namen oder einen Link schicken.',

  handoff:
    'Ich hole eine Kollegin dazu, die dir dabei helfen kann. Sie antwortet dir hier so schnell wie möglich.',
  button_video_call: 'Videoanruf',
  handoff_video: 'Wenn es einfacher ist, kannst du auch an einem Videocall teilnehmen: {link}',
  handoff_eta_open: 'Meist antwortet dir jemand aus unserem Team innerhalb von {minutes} Minuten.',
  handoff_eta_closed:
    'Unser Team ist gerade offline und ab {when} wieder da. Schreib gern hier weiter: Das Team sieht alles.',
  handoff_waiting:
    'Danke, ich habe das für meine Kollegin ergänzt. Sie antwortet dir hier, und nichts, was du schreibst, geht verloren.',
  agent_joined: 'Eine Kollegin ist jetzt im Chat und antwortet dir hier.',
  agent_video: 'Meine Kollegin lädt dich zu einem Videocall ein. Tippe hier, um teilzunehmen: {link}',
  back_to_bot:
    'Du bist wieder beim Assistenten. Ich helfe dir bei Bestellungen, Sendungsverfolgung, Rücksendungen und Größen. Was kann ich für dich tun?',
  back_to_bot_timeout:
    'Sorry, leider konnte noch keine Kollegin antworten. Bis dahin helfe ich dir gern weiter, und du kannst jederzeit wieder auf „{agent}“ tippen.',
  rating_ask: 'Wie waren wir? Bewerte dieses Gespräch gern von 1 (schlecht) bis 5 (super).',
  rating_thanks: 'Danke für dein Feedback! 🙏',
  proactive_intro: 'Hallo! Ein kurzer Hinweis zu deiner Bestellung {order}, bevor du fragen musst:',
  proactive_choices: 'Was ist dir lieber? (Antworte STOPP, wenn du solche Nachrichten nicht möchtest.)',
  optout_hint: 'Antworte STOPP, um diese Updates abzubestellen.',
  button_keep_waiting: 'Weiter warten',
  button_get_updates: 'Updates schicken',
  button_cancel_refund: 'Storno & Erstattung',
  proactive_waiting_ok:
    'Danke für deine Geduld! Ich melde mich hier, sobald es Neues zur Bestellung {order} gibt.',
  proactive_updates_on: 'Erledigt: Ich schreibe dir hier, sobald sich bei der Bestellung {order} etwas tut.',
  voice_not_supported:
    'Sprachnachrichten kann ich leider noch nicht anhören. Kannst du deine Frage tippen? Oder ich hole eine Kollegin dazu.',
  image_ask_context:
    'Danke für das Foto! Worum geht es: einen beschädigten Artikel, eine Rücksendung oder etwas anderes?',
  media_received: 'Danke, deine Datei ist angekommen.',
  declined_injection:
    'Ich kann dir nur bei deinen eigenen Bestellungen und unseren Produkten helfen. Was kann ich für dich tun?',
  error_try_again: 'Sorry, bei mir ist etwas schiefgelaufen. Bitte versuch es gleich noch einmal.',

  cancel_processing:
    'Die Bestellung {order} wird gerade verpackt, deshalb kann ich sie hier nicht stornieren. Ich habe eine Kollegin gebeten, sie noch aufzuhalten. Falls sie schon raus ist, kannst du sie nach Erhalt kostenlos zurückschicken.',
  cancel_delivered:
    'Die Bestellung {order} wurde schon zugestellt und kann deshalb nicht mehr storniert werden. Du kannst sie aber innerhalb von {days} Tagen nach Zustellung kostenlos zurückschicken: sag einfach Bescheid, dann starte ich die Rücksendung.',
  address_processing:
    'Die Bestellung {order} wird gerade verpackt, deshalb kann ich die Adresse hier nicht ändern. Ich habe eine Kollegin gebeten, sie vor dem Versand anzupassen.',
  address_delivered:
    'Die Bestellung {order} wurde schon zugestellt, die Adresse kann nicht mehr geändert werden.',
  size_ask_waist:
    'Danke! {product} richtet sich nach Taillen- und Hüftumfang, Größe und Gewicht reichen dafür leider nicht. Wie viel cm misst deine Taille (und deine Hüfte, falls du sie kennst)?',
  size_ask_chest:
    'Danke! {product} richtet sich nach dem Brustumfang, Größe und Gewicht reichen dafür leider nicht. Wie viel cm misst dein Brustumfang an der breitesten Stelle?',
  size_ask_foot:
    'Bei {product} gehe ich nach der Fußlänge. Wie lang ist dein Fuß in cm, von der Ferse bis zum längsten Zeh? Oder nenn mir eine Größe, die du in EU, US oder UK trägst.',

  // Answers to one narrow question (when, where, which number, which refund), without the full status.
  eta_shipped:
    'Deine Bestellung {order} sollte bis zum {eta} ankommen (Sendungsnummer {tracking} bei {carrier}).',
  eta_delayed:
    'Laut der letzten Schätzung des Versanddienstleisters kommt das Paket {tracking} am {eta}, es ist aber spät dran und kann noch ein paar Tage länger brauchen.',
  eta_not_shipped:
    'Deine Bestellung {order} ist noch nicht verschickt, deshalb gibt es noch kein Lieferdatum. Du bekommst es zusammen mit der Sendungsnummer, sobald sie unterwegs ist.',
  location_answer: 'Der letzte Scan vom Paket {tracking}: {event}, {location}, am {date}.',
  tracking_number_answer: 'Deine Bestellung {order} ist mit {carrier} unterwegs, Sendungsnummer {tracking}.',
  tracking_number_none:
    'Deine Bestellung {order} ist noch nicht verschickt, deshalb gibt es noch keine Sendungsnummer.',
  refund_timing_return:
    'Die Erstattung für die Rücksendung {rma} geht an deine ursprüngliche Zahlungsmethode, sobald das Paket in unserem Lager ankommt, meist innerhalb von {days} Werktagen nach der Abgabe.',
  refund_timing_cancelled:
    'Die Erstattung für die Bestellung {order} ({total}) geht innerhalb von 5–10 Werktagen nach der Stornierung an deine ursprüngliche Zahlungsmethode.',
  refund_timing_none:
    'Für die Bestellung {order} läuft noch keine Erstattung. Wenn du möchtest, starte ich eine Rücksendung.',
  return_label_again:
    'Hier ist noch einmal das vorfrankierte Etikett für die Rücksendung {rma}: {link} Gib das Paket bis zum {date} in einer beliebigen {carrier}-Filiale ab.',
  return_label_none:
    'Für die Bestellung {order} gibt es noch keine offene Rücksendung. Sag einfach Bescheid, dann starte ich eine.',
  no_news:
    'Das ist immer noch mein letzter Stand zur Bestellung {order}: Seit meiner letzten Nachricht hat sich nichts geändert. Soll ich eine Kollegin dazuholen?',

  // Sent only once a case really exists: no other message may promise that someone chases the carrier.
  delay_case_opened:
    'Ich habe den Fall {case} angelegt, damit eine Kollegin für dich beim Versanddienstleister nachhakt.',

  // Keeping the conversation on track: no answer known, an unclear pick or yes/no, a dropped task, commands.
  faq_unknown:
    'Darauf habe ich leider keine gute Antwort. Eine Kollegin kann dir helfen: Tippe auf „{agent}“.',
  choice_not_understood:
    'Sorry, welche meinst du? Tippe unten auf eine der Optionen oder schick mir ihre Nummer.',
  confirm_again: 'Sorry, ist das ein Ja oder ein Nein? Tippe unten auf einen der Buttons.',
  abandoned: 'Kein Problem, dann lassen wir das. Kann ich sonst noch etwas für dich tun?',
  language_switched: 'Klar, ich mache auf Deutsch weiter.',
  command_help:
    'Ich bin der Assistent von {brand}. Frag mich einfach in deinen eigenen Worten zu einer Bestellung, einer Lieferung, einer Rücksendung, einer Größe, einer Adressänderung oder einer Stornierung. Schick STOP, wenn du keine Update-Nachrichten mehr möchtest.',

  // Consent and privacy. STOP and START stay as written in every language: they are the keywords to send.
  optout_confirmed:
    'Erledigt: Du bekommst keine Update-Nachrichten mehr von {brand}. Du kannst mir trotzdem jederzeit schreiben, und mit START schaltest du die Updates wieder ein.',
  optin_confirmed: 'Schön, dass du wieder da bist! Die Bestell-Updates von {brand} sind wieder aktiviert.',
  data_request_access:
    'Ich habe deine Anfrage nach einer Kopie deiner personenbezogenen Daten an unser Datenschutzteam weitergegeben. Es meldet sich hier innerhalb von {days} Tagen bei dir.',
  data_request_deletion:
    'Ich habe deine Anfrage, deine personenbezogenen Daten zu löschen, an unser Datenschutzteam weitergegeben. Es bestätigt dir das hier innerhalb von {days} Tagen.',

  // Carrier events by code (ShipmentEventCode), read inside status sentences: short, no full stop.
  event_label_created: 'Versandlabel erstellt, wartet auf Abholung',
  event_picked_up: 'vom Paketdienst abgeholt',
  event_in_transit: 'unterwegs',
  event_departed_origin: 'Startzentrum verlassen',
  event_arrived_hub: 'im Sortierzentrum angekommen',
  event_export_customs: 'Ausfuhrverzollung abgeschlossen',
  event_customs_hold: 'vom Zoll festgehalten',
  event_customs_cleared: 'Einfuhrverzollung abgeschlossen',
  event_port_congestion: 'verzögert wegen Staus im Hafen',
  event_arrived_destination: 'im Zielland angekommen',
  event_out_for_delivery: 'in Zustellung',
  event_delivery_attempt_failed: 'Zustellversuch erfolglos, niemand angetroffen',
  event_delivered: 'zugestellt',
  event_returned_to_sender: 'an den Absender zurückgeschickt',
  event_exception: 'Störung beim Paketdienst',
};
