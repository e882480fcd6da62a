// Italian, informal "tu" as Italian fashion e-shops use in chat; warm and courteous.
import type { Catalog } from './en';

export const it: Catalog = {
  greeting:
    'Ciao! 👋 Sono l’assistente di {brand}. Posso tracciare il tuo ordine e aiutarti con resi, taglie, cambi di indirizzo e annullamenti. Come posso aiutarti?',
  thanks_bye: 'Figurati! Buona giornata 😊',
  clarify:
    'Scusa, non ho capito bene. Posso aiutarti con ordini, tracciamento, resi, taglie, cambi di indirizzo e annullamenti. Di cosa hai bisogno?',
  clarify_again:
    'Scusa, ancora non ho capito. Puoi dirlo in un altro modo o toccare una delle opzioni? Posso anche passarti a un collega.',
  ask_more: 'Come posso aiutarti? Puoi chiedermi di un ordine, una consegna, un reso o una taglia.',
  menu_track: 'Traccia l’ordine',
  menu_return: 'Rendi un articolo',
  menu_size: 'Aiuto con la taglia',
  menu_agent: 'Parla con qualcuno',
  button_yes: 'Sì',
  button_no: 'No',

  ask_order_number: 'Certo! Qual è il tuo numero d’ordine? Ha 5 cifre, per esempio #48213.',
  which_order: 'A quale ordine ti riferisci?',
  order_option: '#{order} · {date} · {items}',
  no_orders:
    'Non trovo ancora ordini collegati a questa chat. Se hai ordinato con un altro numero di telefono o un’altra email, mandami il numero d’ordine e controllo.',
  order_not_found: 'Non ho trovato l’ordine {order}. Puoi ricontrollare il numero?',
  not_your_order:
    'Per la tua privacy posso condividere solo gli ordini fatti da te. Se l’ordine {order} è tuo, confermalo con l’email o il CAP usati al momento dell’acquisto.',

  verify_ask:
    'Per proteggere i tuoi ordini, mandami il numero d’ordine insieme all’indirizzo email o al CAP che hai usato al momento dell’acquisto.',
  verify_ask_secret: 'Grazie! Ora mandami l’indirizzo email o il CAP che hai usato per l’ordine {order}.',
  verify_ok: 'Grazie, verifica completata ✅',
  verify_failed:
    'Mi dispiace, questi dati non corrispondono ai nostri. Controlla il numero d’ordine e l’email o il CAP e riprova.',
  verify_failed_left:
    'Questi dati ancora non corrispondono ai nostri. Tentativi rimasti: {left}. Poi la verifica si mette in pausa per un’ora.',
  verify_third_party:
    'Per la sua privacy posso parlare dell’ordine {order} solo con chi lo ha effettuato. Chiedigli di scriverci dalla sua chat e lo aiutiamo subito.',
  verify_private_only:
    'Per la tua privacy posso controllare gli ordini solo in una chat privata. Scrivimi direttamente e ti aiuto lì.',
  verify_locked:
    'Troppi tentativi. Riprova tra {minutes} minuti, oppure chiedi di parlare con una persona e ti aiutiamo noi.',

  status_pending:
    'L’ordine {order} è confermato ed è in attesa di essere preparato. Ti mando il tracciamento appena viene spedito.',
  status_processing:
    'L’ordine {order} è in preparazione proprio ora. Dovrebbe partire entro 1–2 giorni lavorativi.',
  status_shipped:
    'L’ordine {order} è in viaggio con {carrier} (tracking {tracking}). Ultimo aggiornamento: {event}, {location}, {date}. Consegna prevista: {eta}.',
  status_delivered: 'L’ordine {order} è stato consegnato il {date}. Spero che ti piaccia!',
  status_cancelled:
    'L’ordine {order} è stato annullato. Se era previsto un rimborso, è stato inviato al metodo di pagamento originale.',
  status_returned: 'L’ordine {order} è stato reso e rimborsato.',
  tracking_link: 'Traccia il pacco',

  delay_customs:
    'Mi dispiace per l’attesa. Il tuo pacco {tracking} è fermo in dogana a {location} dal {date}. I controlli doganali di solito richiedono 3–7 giorni; ora il corriere prevede la consegna intorno al {eta}.',
  delay_port:
    'Mi dispiace per l’attesa. Il tuo pacco {tracking} è in ritardo per congestione a {location} dal {date}. Ora il corriere prevede la consegna intorno al {eta}.',
  delay_silent:
    'Mi dispiace per l’attesa. Il corriere non aggiorna il pacco {tracking} dal {date} ({location}).',
  delay_failed_attempt:
    'Il corriere ha provato a consegnare il pacco {tracking} il {date}, ma senza successo. Di solito riprova il giorno lavorativo successivo, oppure puoi fissare una nuova consegna sul suo sito.',
  delay_on_time:
    'Buone notizie: l’ordine {order} è nei tempi. L’ultimo aggiornamento è {event} ({location}, {date}) e dovrebbe arrivare entro il {eta}.',
  delay_late:
    'Mi dispiace per l’attesa. Il pacco {tracking} è in ritardo rispetto alla stima del corriere ({eta}). L’ultimo aggiornamento è {event} ({location}, {date}).',
  delay_exception:
    'Mi dispiace: il corriere ha segnalato un problema con il pacco {tracking} il {date} ({location}). Stiamo verificando con loro.',
  delay_returned:
    'Il corriere ci sta rimandando il pacco {tracking} (dal {date}). Concorderemo con te una nuova consegna o un rimborso.',
  delay_proactive:
    'Ciao! Un breve aggiornamento sull’ordine {order}: {reason} Ce ne stiamo occupando e ti aggiorno qui.',

  return_started:
    'Fatto! Ho aperto il reso {rma} per l’ordine {order}. Imballa gli articoli non indossati e con le etichette attaccate, e consegna il pacco in un qualsiasi punto {carrier} entro il {date}. La tua etichetta prepagata: {link}',
  return_window_closed:
    'L’ordine {order} è stato consegnato il {date}, quindi è fuori dal nostro periodo di reso di {days} giorni. Ho chiesto a un collega di vedere cosa possiamo fare.',
  return_not_delivered:
    'L’ordine {order} non è ancora stato consegnato, quindi non si può rendere. Se non è ancora partito, posso annullarlo.',
  return_which_item: 'Quale articolo vuoi rendere?',

  damage_sorry_ask_photo:
    'Mi dispiace tantissimo che sia arrivato danneggiato 😔 Puoi mandarmi una foto dell’articolo e dell’imballo? Ci aiuta a risolvere in fretta.',
  damage_claim_opened:
    'Grazie. Ho aperto la segnalazione {claim} per l’ordine {order} con le tue foto. Un collega ti risponderà entro 24 ore con una sostituzione o un rimborso.',
  damage_photo_added: 'Ricevuto, ho aggiunto la foto alla segnalazione {claim}.',

  size_ask_measurements:
    'Ti aiuto volentieri con la taglia! Mi dici altezza e peso, oppure le misure di petto e vita in cm?',
  size_ask_product: 'Quale articolo stai guardando?',
  size_recommend: 'Per {product} ti consiglio la taglia {size}.{equivalents}',
  size_between:
    'Per {product} sei tra la {size} e la {size_up}. Per una vestibilità comoda prendi la {size_up}, per una più aderente la {size}.',
  size_no_chart:
    'Mi dispiace, non ho una tabella taglie per {product}. Se vuoi, un collega può aiutarti a scegliere: tocca “{agent}”.',
  size_convert: 'La taglia {size} ({system}) corrisponde a EU {eu} / US {us} / UK {uk} / JP {jp} / CN {cn}.',
  size_equivalents: ' Corrisponde a EU {eu} / US {us} / UK {uk}.',

  address_ask_new:
    'Certo. Qual è il nuovo indirizzo di consegna per l’ordine {order}? Indica via e numero civico, CAP e città.',
  address_invalid:
    'Scusa, non riesco a leggere un indirizzo completo. Mandami via e numero civico, CAP e città, per esempio: Via del Corso 12, 00186 Roma.',
  address_confirm: 'Conferma il nuovo indirizzo per l’ordine {order}: {address}',
  address_changed: 'Fatto! L’ordine {order} verrà consegnato a: {address}',
  address_too_late:
    'L’ordine {order} è già stato spedito, quindi non posso cambiare l’indirizzo da qui. Se vuoi, un collega può chiedere al corriere di reindirizzarlo: tocca “{agent}”.',

  cancel_confirm: 'Vuoi annullare l’ordine {order} ({items}, {total})?',
  cancelled:
    'L’ordine {order} è annullato. Il rimborso di {total} arriverà sul metodo di pagamento originale entro 5–10 giorni lavorativi.',
  cancel_kept: 'Nessun problema, l’ordine {order} resta com’è.',
  cancel_too_late:
    'L’ordine {order} è già in viaggio, quindi non si può annullare. Quando arriva, puoi renderlo gratuitamente.',

  product_info: '{product}: {material}. Cura: {care}. Colori: {colours}.',
  product_in_stock: '{product} in {variant} è disponibile.',
  product_out_of_stock:
    '{product} in {variant} al momento è esaurito. Prevediamo un riassortimento intorno al {date}.',
  product_sold_out: '{product} in {variant} al momento è esaurito.',
  product_unknown: 'Quale prodotto intendi? Puoi mandarmi il nome o un link.',

  handoff: 'Coinvolgo un collega che può aiutarti con questo. Ti risponderà qui il prima possibile.',
  button_video_call: 'Videochiamata',
  handoff_video: 'Se è più comodo, puoi anche partecipare a una videochiamata: {link}',
  handoff_eta_open: 'Di solito qualcuno del nostro team risponde entro {minutes} minuti.',
  handoff_eta_closed:
    'Il nostro team al momento non è disponibile e torna {when}. Puoi continuare a scrivere qui: vedrà tutto.',
  handoff_waiting:
    'Grazie, l’ho aggiunto per il mio collega. Ti risponderà qui e nulla di quello che scrivi va perso.',
  agent_joined: 'Un collega si è unito alla chat e ti risponderà qui.',
  agent_video: 'Il mio collega ti invita a una videochiamata. Tocca per partecipare: {link}',
  back_to_bot:
    'Sei di nuovo con l’assistente. Posso aiutarti con ordini, tracciamento, resi e taglie. Come posso aiutarti?',
  back_to_bot_timeout:
    'Mi dispiace, nessun collega è ancora riuscito a risponderti. Nel frattempo ci sono io, e puoi toccare di nuovo “{agent}” quando vuoi.',
  rating_ask: 'Com’è andata? Valuta questa conversazione da 1 (pessima) a 5 (ottima).',
  rating_thanks: 'Grazie per il tuo feedback! 🙏',
  proactive_intro: 'Ciao! Un avviso veloce sull’ordine {order}, prima che tu debba chiedere:',
  proactive_choices: 'Cosa preferisci? (Rispondi STOP se non vuoi ricevere messaggi come questo.)',
  optout_hint: 'Rispondi STOP per non ricevere più questi aggiornamenti.',
  button_keep_waiting: 'Aspetto ancora',
  button_get_updates: 'Voglio aggiornamenti',
  button_cancel_refund: 'Annulla e rimborsa',
  proactive_waiting_ok: 'Grazie per la pazienza! Ti scrivo qui appena ci sono novità sull’ordine {order}.',
  proactive_updates_on: 'Fatto: ti scriverò qui ogni volta che l’ordine {order} si muove.',
  voice_not_supported:
    'Non riesco ancora ad ascoltare i messaggi vocali. Puoi scrivere la tua domanda? Oppure posso coinvolgere un collega.',
  image_ask_context: 'Grazie per la foto! Di cosa si tratta: un articolo danneggiato, un reso o altro?',
  media_received: 'Grazie, ho ricevuto il tuo file.',
  declined_injection: 'Posso aiutarti solo con i tuoi ordini e con i nostri prodotti. Come posso aiutarti?',
  error_try_again: 'Scusa, qualcosa è andato storto da parte mia. Riprova tra un attimo.',

  cancel_processing:
    'L’ordine {order} è in preparazione proprio ora, quindi non posso annullarlo da qui. Ho chiesto a un collega di provare a fermarlo. Se è già partito, potrai renderlo gratuitamente quando arriva.',
  cancel_delivered:
    'L’ordine {order} è già stato consegnato, quindi non si può annullare. Puoi comunque renderlo gratuitamente entro {days} giorni dalla consegna: chiedimi pure di avviare il reso.',
  address_processing:
    'L’ordine {order} è in preparazione proprio ora, quindi non posso cambiare l’indirizzo da qui. Ho chiesto a un collega di aggiornarlo prima della spedizione.',
  address_delivered: 'L’ordine {order} è già stato consegnato, quindi l’indirizzo non si può più cambiare.',
  size_ask_waist:
    'Grazie! Per {product} la taglia dipende da vita e fianchi, quindi altezza e peso non bastano. Quanto misura la tua vita in cm (e i fianchi, se li sai)?',
  size_ask_chest:
    'Grazie! Per {product} la taglia dipende dal petto, quindi altezza e peso non bastano. Quanto misura il tuo petto in cm, nel punto più ampio?',
  size_ask_foot:
    'Per {product} mi baso sulla lunghezza del piede. Quanto è lungo il tuo piede in cm, dal tallone al dito più lungo? Oppure dimmi un numero che porti in EU, US o UK.',

  // Answers to one narrow question (when, where, which number, which refund), without the full status.
  eta_shipped: 'L’ordine {order} dovrebbe arrivare entro il {eta} (tracking {tracking} con {carrier}).',
  eta_delayed:
    'L’ultima stima del corriere per il pacco {tracking} è il {eta}, ma è in ritardo, quindi potrebbe volerci qualche giorno in più.',
  eta_not_shipped:
    'L’ordine {order} non è ancora stato spedito, quindi non c’è ancora una data di consegna. La riceverai insieme al tracking appena parte.',
  location_answer: 'L’ultima scansione del pacco {tracking}: {event}, {location}, il {date}.',
  tracking_number_answer: 'L’ordine {order} viaggia con {carrier}, numero di tracking {tracking}.',
  tracking_number_none:
    'L’ordine {order} non è ancora stato spedito, quindi non c’è ancora un numero di tracking.',
  refund_timing_return:
    'Il rimborso del reso {rma} arriva sul metodo di pagamento originale appena il pacco raggiunge il nostro magazzino, di solito entro {days} giorni lavorativi da quando lo consegni.',
  refund_timing_cancelled:
    'Il rimborso dell’ordine {order} ({total}) torna sul metodo di pagamento originale entro 5–10 giorni lavorativi dall’annullamento.',
  refund_timing_none:
    'Per l’ordine {order} non c’è ancora nessun rimborso aperto. Se vuoi, posso avviare un reso.',
  return_label_again:
    'Ecco di nuovo l’etichetta prepagata per il reso {rma}: {link} Consegna il pacco in un qualsiasi punto {carrier} entro il {date}.',
  return_label_none: 'Per l’ordine {order} non c’è ancora nessun reso aperto. Dimmelo e lo avvio io.',
  no_news:
    'Per l’ordine {order} è ancora l’ultima informazione che ho: non è cambiato nulla dal mio ultimo messaggio. Vuoi che ti passi un collega?',

  // Sent only once a case really exists: no other message may promise that someone chases the carrier.
  delay_case_opened: 'Ho aperto la pratica {case}, così un collega sollecita il corriere per te.',

  // Keeping the conversation on track: no answer known, an unclear pick or yes/no, a dropped task, commands.
  faq_unknown: 'Mi dispiace, su questo non ho una buona risposta. Un collega può aiutarti: tocca “{agent}”.',
  choice_not_understood: 'Scusa, quale intendi? Tocca una delle opzioni qui sotto o mandami il suo numero.',
  confirm_again: 'Scusa, è un sì o un no? Tocca uno dei pulsanti qui sotto.',
  abandoned: 'Nessun problema, lasciamo perdere. Posso aiutarti con qualcos’altro?',
  language_switched: 'Certo, continuo in italiano.',
  command_help:
    'Sono l’assistente di {brand}. Chiedimi con parole tue di un ordine, una consegna, un reso, una taglia, un cambio di indirizzo o un annullamento. Invia STOP per non ricevere più messaggi di aggiornamento.',

  // Consent and privacy. STOP and START stay as written in every language: they are the keywords to send.
  optout_confirmed:
    'Fatto: non riceverai più messaggi di aggiornamento da {brand}. Puoi comunque scrivermi quando vuoi, e inviare START per riattivarli.',
  optin_confirmed: 'Che bello risentirti! Gli aggiornamenti sugli ordini di {brand} sono di nuovo attivi.',
  data_request_access:
    'Ho inoltrato la tua richiesta di una copia dei tuoi dati personali al nostro team privacy. Ti risponderà qui entro {days} giorni.',
  data_request_deletion:
    'Ho inoltrato la tua richiesta di cancellazione dei tuoi dati personali al nostro team privacy. Ti darà conferma qui entro {days} giorni.',

  // Carrier events by code (ShipmentEventCode), read inside status sentences: short, no full stop.
  event_label_created: 'etichetta creata, in attesa di ritiro',
  event_picked_up: 'ritirato dal corriere',
  event_in_transit: 'in transito',
  event_departed_origin: 'partito dal centro di origine',
  event_arrived_hub: 'arrivato al centro di smistamento',
  event_export_customs: 'sdoganamento export completato',
  event_customs_hold: 'fermo in dogana',
  event_customs_cleared: 'sdoganamento import completato',
  event_port_congestion: 'in ritardo per congestione al porto',
  event_arrived_destination: 'arrivato nel paese di destinazione',
  event_out_for_delivery: 'in consegna',
  event_delivery_attempt_failed: 'tentativo di consegna non riuscito, destinatario assente',
  event_delivered: 'consegnato',
  event_returned_to_sender: 'restituito al mittente',
  event_exception: 'problema del corriere',
};
