// Spanish: neutral between Latin America and Spain (pedido, talla, correo), informal "tú" as chat shoppers expect.
import type { Catalog } from './en';

export const es: Catalog = {
  greeting:
    '¡Hola! 👋 Soy el asistente de {brand}. Puedo rastrear tu pedido y ayudarte con devoluciones, tallas, cambios de dirección y cancelaciones. ¿En qué te puedo ayudar?',
  thanks_bye: '¡De nada! Que tengas un excelente día 😊',
  clarify:
    'Perdón, no logré entenderte. Puedo ayudarte con tus pedidos, el seguimiento, devoluciones, tallas, cambios de dirección y cancelaciones. ¿Qué necesitas?',
  clarify_again:
    'Perdón, sigo sin entenderte. ¿Me lo puedes decir de otra forma o tocar una de las opciones? También te puedo pasar con alguien del equipo.',
  ask_more:
    '¿En qué te puedo ayudar? Puedes preguntarme por un pedido, una entrega, una devolución o una talla.',
  menu_track: 'Rastrear mi pedido',
  menu_return: 'Devolver un artículo',
  menu_size: 'Ayuda con tallas',
  menu_agent: 'Hablar con alguien',
  button_yes: 'Sí',
  button_no: 'No',

  ask_order_number: '¡Claro! ¿Cuál es tu número de pedido? Tiene 5 dígitos, por ejemplo #48213.',
  which_order: '¿A qué pedido te refieres?',
  order_option: '#{order} · {date} · {items}',
  no_orders:
    'Todavía no encuentro pedidos asociados a este chat. Si compraste con otro número de teléfono o correo, envíame el número de pedido y lo reviso.',
  order_not_found: 'No encontré el pedido {order}. ¿Podrías revisar el número?',
  not_your_order:
    'Por tu privacidad, solo puedo compartir pedidos hechos por ti. Si el pedido {order} es tuyo, verifícalo con el correo o el código postal que usaste al comprar.',

  verify_ask:
    'Para proteger tus pedidos, envíame tu número de pedido junto con el correo electrónico o el código postal que usaste al comprar.',
  verify_ask_secret:
    '¡Gracias! Ahora envíame el correo electrónico o el código postal que usaste en el pedido {order}.',
  verify_ok: '¡Gracias! Verificación completada ✅',
  verify_failed:
    'Lo siento, esos datos no coinciden con nuestros registros. Revisa el número de pedido y el correo o código postal, e inténtalo de nuevo.',
  verify_failed_left:
    'Esos datos siguen sin coincidir con nuestros registros. Intentos restantes: {left}. Después, la verificación se pausa durante una hora.',
  verify_third_party:
    'Por su privacidad, solo puedo compartir el pedido {order} con quien lo hizo. Pídele que nos escriba desde su propio chat y lo ayudamos enseguida.',
  verify_private_only:
    'Por tu privacidad, solo puedo consultar pedidos en un chat privado. Escríbeme directamente y te ayudo allí.',
  verify_locked:
    'Demasiados intentos. Vuelve a intentarlo en {minutes} minutos, o pide hablar con una persona y te ayudamos.',

  status_pending:
    'El pedido {order} está confirmado y pendiente de preparación. Te paso el seguimiento en cuanto salga.',
  status_processing:
    'Estamos preparando el pedido {order} en este momento. Debería salir en 1–2 días hábiles.',
  status_shipped:
    'El pedido {order} va en camino con {carrier} (seguimiento {tracking}). Última actualización: {event}, {location}, {date}. Entrega estimada: {eta}.',
  status_delivered: 'El pedido {order} se entregó el {date}. ¡Espero que te encante!',
  status_cancelled:
    'El pedido {order} fue cancelado. Si correspondía un reembolso, ya se hizo a tu método de pago original.',
  status_returned: 'El pedido {order} fue devuelto y reembolsado.',
  tracking_link: 'Seguir el paquete',

  delay_customs:
    'Lamento la espera. Tu paquete {tracking} está retenido en la aduana de {location} desde el {date}. Los controles aduaneros suelen tardar de 3 a 7 días; la empresa de transporte ahora prevé la entrega alrededor del {eta}.',
  delay_port:
    'Lamento la espera. Tu paquete {tracking} está retrasado por congestión en {location} desde el {date}. La empresa de transporte ahora prevé la entrega alrededor del {eta}.',
  delay_silent:
    'Lamento la espera. La empresa de transporte no ha actualizado el paquete {tracking} desde el {date} ({location}).',
  delay_failed_attempt:
    'La empresa de transporte intentó entregar el paquete {tracking} el {date}, pero no pudo. Normalmente lo intentan de nuevo el siguiente día hábil, o puedes programar una nueva entrega en su sitio web.',
  delay_on_time:
    'Buenas noticias: el pedido {order} va según lo previsto. La última actualización es {event} ({location}, {date}) y debería llegar a más tardar el {eta}.',
  delay_late:
    'Lamento la espera. El paquete {tracking} va más tarde de lo que estimó la empresa de transporte ({eta}). La última actualización es {event} ({location}, {date}).',
  delay_exception:
    'Lo siento: la transportista informó un problema con el paquete {tracking} el {date} ({location}). Lo estamos revisando con ellos.',
  delay_returned:
    'La transportista nos está devolviendo el paquete {tracking} (desde el {date}). Acordaremos contigo un nuevo envío o un reembolso.',
  delay_proactive:
    '¡Hola! Un aviso rápido sobre tu pedido {order}: {reason} Ya estamos en ello y te mantendré al tanto por aquí.',

  return_started:
    '¡Listo! Abrí la devolución {rma} del pedido {order}. Empaca los artículos sin usar y con las etiquetas puestas, y deja el paquete en cualquier punto de {carrier} antes del {date}. Tu etiqueta prepagada: {link}',
  return_window_closed:
    'El pedido {order} se entregó el {date}, fuera de nuestro plazo de devolución de {days} días. Ya le pedí a alguien del equipo que revise qué podemos hacer.',
  return_not_delivered:
    'El pedido {order} aún no se ha entregado, así que todavía no se puede devolver. Si no ha salido, puedo cancelarlo.',
  return_which_item: '¿Qué artículo quieres devolver?',

  damage_sorry_ask_photo:
    'Siento muchísimo que haya llegado dañado 😔 ¿Me envías una foto del artículo y del empaque? Así lo resolvemos más rápido.',
  damage_claim_opened:
    'Gracias. Abrí el caso {claim} del pedido {order} con tus fotos. Alguien del equipo te responderá en menos de 24 horas con un cambio o un reembolso.',
  damage_photo_added: 'Perfecto, agregué la foto al caso {claim}.',

  size_ask_measurements:
    '¡Con gusto te ayudo con la talla! ¿Cuánto mides y cuánto pesas? O dime tu contorno de pecho y de cintura en cm.',
  size_ask_product: '¿Qué artículo estás mirando?',
  size_recommend: 'Para {product} te recomiendo la talla {size}.{equivalents}',
  size_between:
    'Para {product} estás entre la {size} y la {size_up}. Si lo prefieres holgado, elige la {size_up}; si lo quieres más ajustado, la {size}.',
  size_no_chart:
    'Lo siento, no tengo una guía de tallas para {product}. Si quieres, alguien del equipo puede ayudarte a elegir: toca “{agent}”.',
  size_convert: 'La talla {size} ({system}) equivale a EU {eu} / US {us} / UK {uk} / JP {jp} / CN {cn}.',
  size_equivalents: ' Equivale a EU {eu} / US {us} / UK {uk}.',

  address_ask_new:
    'Claro. ¿Cuál es la nueva dirección de entrega del pedido {order}? Incluye calle y número, código postal y ciudad.',
  address_invalid:
    'Perdón, no logré leer una dirección completa. Envíame calle y número, código postal y ciudad, por ejemplo: Calle de Alcalá 123, 4.º B, 28009 Madrid.',
  address_confirm: 'Confirma la nueva dirección del pedido {order}: {address}',
  address_changed: '¡Listo! El pedido {order} se entregará en: {address}',
  address_too_late:
    'El pedido {order} ya salió, así que no puedo cambiar la dirección desde aquí. Si quieres, alguien del equipo puede pedirle a la empresa de transporte que lo redirija: toca “{agent}”.',

  cancel_confirm: '¿Quieres cancelar el pedido {order} ({items}, {total})?',
  cancelled:
    'El pedido {order} está cancelado. El reembolso de {total} llegará a tu método de pago original en un plazo de 5–10 días hábiles.',
  cancel_kept: 'Sin problema, el pedido {order} se queda tal cual.',
  cancel_too_late:
    'El pedido {order} ya va en camino, así que no se puede cancelar. Cuando llegue, puedes devolverlo gratis.',

  product_info: '{product}: {material}. Cuidados: {care}. Colores: {colours}.',
  product_in_stock: '{product} en {variant} está disponible.',
  product_out_of_stock:
    '{product} en {variant} está agotado por ahora. Esperamos reponerlo alrededor del {date}.',
  product_sold_out: '{product} en {variant} está agotado por ahora.',
  product_unknown: '¿A qué producto te refieres? Puedes enviarme su nombre o un enlace.',

  handoff:
    'Voy a pasarle tu consulta a alguien del equipo que puede ayudarte con esto. Te responderá por aquí lo antes posible.',
  button_video_call: 'Videollamada',
  handoff_video: 'Si te resulta más fácil, también puedes unirte a una videollamada: {link}',
  handoff_eta_open: 'Alguien del equipo suele responder en menos de {minutes} minutos.',
  handoff_eta_closed:
    'Ahora mismo nuestro equipo no está conectado y vuelve el {when}. Puedes seguir escribiendo por aquí: lo verán todo.',
  handoff_waiting:
    'Gracias, ya lo agregué para la persona del equipo que te va a atender. Te responderá por aquí y no se pierde nada de lo que escribas.',
  agent_joined: 'Alguien del equipo se unió al chat y te responderá por aquí.',
  agent_video: 'Alguien del equipo te invita a una videollamada. Toca para unirte: {link}',
  back_to_bot:
    'Volviste con el asistente. Puedo ayudarte con tus pedidos, el seguimiento, devoluciones y tallas. ¿En qué te puedo ayudar?',
  back_to_bot_timeout:
    'Lo siento, nadie del equipo pudo responder todavía. Mientras tanto, yo te ayudo, y puedes volver a tocar “{agent}” cuando quieras.',
  rating_ask: '¿Qué tal te atendimos? Califica esta conversación del 1 (mala) al 5 (excelente).',
  rating_thanks: '¡Gracias por tu opinión! 🙏',
  proactive_intro: '¡Hola! Un aviso rápido sobre tu pedido {order}, antes de que tengas que preguntar:',
  proactive_choices: '¿Qué prefieres? (Responde STOP si no quieres recibir mensajes así.)',
  optout_hint: 'Responde STOP para dejar de recibir estas actualizaciones.',
  button_keep_waiting: 'Seguir esperando',
  button_get_updates: 'Enviarme novedades',
  button_cancel_refund: 'Cancelar y reembolso',
  proactive_waiting_ok:
    '¡Gracias por tu paciencia! Te aviso por aquí en cuanto haya novedades del pedido {order}.',
  proactive_updates_on: 'Listo: te escribiré por aquí cada vez que el pedido {order} avance.',
  voice_not_supported:
    'Todavía no puedo escuchar mensajes de voz. ¿Podrías escribir tu pregunta? Si prefieres, te paso con alguien del equipo.',
  image_ask_context:
    '¡Gracias por la foto! ¿De qué se trata: un artículo dañado, una devolución u otra cosa?',
  media_received: 'Gracias, recibí tu archivo.',
  declined_injection:
    'Solo puedo ayudarte con tus propios pedidos y con nuestros productos. ¿En qué te puedo ayudar?',
  error_try_again: 'Lo siento, algo falló de mi lado. Inténtalo de nuevo en un momento.',

  cancel_processing:
    'Estamos preparando el pedido {order} ahora mismo, así que no puedo cancelarlo desde aquí. Le he pedido a un compañero que intente detenerlo. Si ya salió, podrás devolverlo gratis cuando llegue.',
  cancel_delivered:
    'El pedido {order} ya fue entregado, así que no se puede cancelar. Aún puedes devolverlo gratis dentro de los {days} días posteriores a la entrega: solo pídeme que inicie la devolución.',
  address_processing:
    'Estamos preparando el pedido {order} ahora mismo, así que no puedo cambiar la dirección desde aquí. Le he pedido a un compañero que la actualice antes del envío.',
  address_delivered: 'El pedido {order} ya fue entregado, así que ya no se puede cambiar la dirección.',
  size_ask_waist:
    '¡Gracias! {product} se elige por cintura y cadera, así que la altura y el peso no bastan. ¿Cuánto mides de cintura en cm (y de cadera, si lo sabes)?',
  size_ask_chest:
    '¡Gracias! {product} se elige por el contorno de pecho, así que la altura y el peso no bastan. ¿Cuánto mides de pecho en cm, en la parte más ancha?',
  size_ask_foot:
    'Para {product} me guío por el largo del pie. ¿Cuánto mide tu pie en cm, del talón al dedo más largo? O dime una talla que uses en EU, US o UK.',

  // Answers to one narrow question (when, where, which number, which refund), without the full status.
  eta_shipped:
    'El pedido {order} debería llegar a más tardar el {eta} (seguimiento {tracking} con {carrier}).',
  eta_delayed:
    'La última estimación de la empresa de transporte para el paquete {tracking} es el {eta}, pero va con retraso, así que puede tardar unos días más.',
  eta_not_shipped:
    'El pedido {order} todavía no ha salido, así que aún no tiene fecha de entrega. Te llegará junto con el número de seguimiento en cuanto se envíe.',
  location_answer: 'El último escaneo del paquete {tracking}: {event}, {location}, el {date}.',
  tracking_number_answer: 'El pedido {order} va con {carrier}, número de seguimiento {tracking}.',
  tracking_number_none: 'El pedido {order} todavía no ha salido, así que aún no tiene número de seguimiento.',
  refund_timing_return:
    'El reembolso de la devolución {rma} se hace a tu método de pago original cuando el paquete llega a nuestro almacén, normalmente en {days} días hábiles desde que lo entregas.',
  refund_timing_cancelled:
    'El reembolso del pedido {order} ({total}) vuelve a tu método de pago original en un plazo de 5–10 días hábiles desde la cancelación.',
  refund_timing_none:
    'Todavía no hay ningún reembolso abierto para el pedido {order}. Si quieres, puedo iniciar una devolución.',
  return_label_again:
    'Aquí tienes otra vez la etiqueta prepagada de la devolución {rma}: {link} Deja el paquete en cualquier punto de {carrier} antes del {date}.',
  return_label_none:
    'Todavía no hay ninguna devolución abierta para el pedido {order}. Solo dímelo y la inicio.',
  no_news:
    'Eso sigue siendo lo último que tengo del pedido {order}: no ha cambiado nada desde mi último mensaje. ¿Quieres que te pase con alguien del equipo?',

  // Sent only once a case really exists: no other message may promise that someone chases the carrier.
  delay_case_opened:
    'Abrí el caso {case} para que alguien del equipo le reclame a la empresa de transporte por ti.',

  // Keeping the conversation on track: no answer known, an unclear pick or yes/no, a dropped task, commands.
  faq_unknown:
    'Lo siento, no tengo una buena respuesta para eso. Alguien del equipo te puede ayudar: toca “{agent}”.',
  choice_not_understood:
    'Perdón, ¿a cuál te refieres? Toca una de las opciones de abajo o envíame su número.',
  confirm_again: 'Perdón, ¿eso es un sí o un no? Toca uno de los botones de abajo.',
  abandoned: 'Sin problema, lo dejamos aquí. ¿Te ayudo con algo más?',
  language_switched: 'Claro, sigo en español.',
  command_help:
    'Soy el asistente de {brand}. Pregúntame con tus propias palabras por un pedido, una entrega, una devolución, una talla, un cambio de dirección o una cancelación. Envía STOP para dejar de recibir avisos.',

  // Consent and privacy. STOP and START stay as written in every language: they are the keywords to send.
  optout_confirmed:
    'Listo: ya no recibirás más avisos de {brand}. Puedes seguir escribiéndome cuando quieras, y si envías START vuelves a activarlos.',
  optin_confirmed:
    '¡Qué bueno tenerte de vuelta! Los avisos de tus pedidos de {brand} están activados otra vez.',
  data_request_access:
    'Le pasé tu solicitud de una copia de tus datos personales a nuestro equipo de privacidad. Te responderán por aquí en un plazo de {days} días.',
  data_request_deletion:
    'Le pasé tu solicitud para eliminar tus datos personales a nuestro equipo de privacidad. Te lo confirmarán por aquí en un plazo de {days} días.',

  // Carrier events by code (ShipmentEventCode), read inside status sentences: short, no full stop.
  event_label_created: 'etiqueta creada, pendiente de recogida',
  event_picked_up: 'recogido por el transportista',
  event_in_transit: 'en tránsito',
  event_departed_origin: 'salió del centro de origen',
  event_arrived_hub: 'llegó a un centro de clasificación',
  event_export_customs: 'aduana de exportación completada',
  event_customs_hold: 'retenido en aduana',
  event_customs_cleared: 'aduana de importación superada',
  event_port_congestion: 'retrasado por congestión en el puerto',
  event_arrived_destination: 'llegó al país de destino',
  event_out_for_delivery: 'en reparto',
  event_delivery_attempt_failed: 'intento de entrega fallido, no había nadie',
  event_delivered: 'entregado',
  event_returned_to_sender: 'devuelto al remitente',
  event_exception: 'incidencia del transportista',
};
