// The bot's own words, in English: the source catalog. Every other language file has exactly these keys and
// the same {placeholders} (a test enforces it). Written for chat: short, warm, one idea per message.
// Placeholders: {order} order number, {tracking} tracking number, {carrier}, {date}/{eta} dates, {total} money,
// {product}, {size}, {address}, {rma}, {claim}, {case}, {days}, {minutes}, {link}, {brand}, {location}, {event},
// {items}, {agent} (the shopper's own menu_agent label, so the quoted words match the button they tap), {left}
// (verification attempts the shopper still has), {when} (a weekday and time the team is back, already
// formatted for the shopper's language and the merchant's time zone).
export const en = {
  greeting:
    'Hi! 👋 I’m the {brand} assistant. I can track your order, help with returns, sizes, address changes and cancellations. What can I do for you?',
  thanks_bye: 'You’re welcome! Have a lovely day 😊',
  clarify:
    'Sorry, I didn’t quite get that. I can help with your orders, tracking, returns, sizes, address changes and cancellations. What do you need?',
  clarify_again:
    'Sorry, I still didn’t get that. Could you say it another way, or tap one of the options? I can also bring in a colleague.',
  ask_more: 'How can I help? You can ask me about an order, a delivery, a return or a size.',
  menu_track: 'Track my order',
  menu_return: 'Return an item',
  menu_size: 'Size help',
  menu_agent: 'Talk to a person',
  button_yes: 'Yes',
  button_no: 'No',

  ask_order_number: 'Sure! What’s your order number? It has 5 digits, like #48213.',
  which_order: 'Which order do you mean?',
  order_option: '#{order} · {date} · {items}',
  no_orders:
    'I can’t find any orders for this chat yet. If you ordered with another phone number or email, send me the order number and I’ll check.',
  order_not_found: 'I couldn’t find order {order} for you. Could you double-check the number?',
  not_your_order:
    'For your privacy I can only share orders placed by you. If {order} is yours, please verify it with the email or postcode used at checkout.',

  verify_ask:
    'To keep your orders private, please send your order number together with the email address or postcode you used at checkout.',
  verify_ask_secret: 'Thanks! Now please send the email address or postcode you used for order {order}.',
  verify_ok: 'Thank you, you’re verified ✅',
  verify_failed:
    'Sorry, those details don’t match our records. Please check the order number and the email or postcode and try again.',
  verify_failed_left:
    'Those details still don’t match our records. Tries left before verification pauses for an hour: {left}.',
  verify_third_party:
    'For their privacy I can only share order {order} with the person who placed it. Please ask them to message us from their own chat, and we’ll help them right away.',
  verify_private_only:
    'For your privacy I can only look up orders in a private chat. Please message me directly and I’ll help you there.',
  verify_locked:
    'Too many attempts. Please try again in {minutes} minutes, or ask for a person and we’ll help.',

  status_pending:
    'Order {order} is confirmed and waiting to be packed. I’ll share tracking as soon as it ships.',
  status_processing: 'Order {order} is being packed right now. It should ship within 1–2 business days.',
  status_shipped:
    'Order {order} is on its way with {carrier} (tracking {tracking}). Latest update: {event}, {location}, {date}. Estimated delivery: {eta}.',
  status_delivered: 'Order {order} was delivered on {date}. I hope you love it!',
  status_cancelled:
    'Order {order} was cancelled. If a refund was due, it has been sent to your original payment method.',
  status_returned: 'Order {order} has been returned and refunded.',
  tracking_link: 'Track the parcel',

  delay_customs:
    'I’m sorry for the wait. Your parcel {tracking} has been held by customs in {location} since {date}. Customs checks usually take 3–7 days; the carrier now expects delivery around {eta}.',
  delay_port:
    'I’m sorry for the wait. Your parcel {tracking} is delayed by congestion at {location} since {date}. The carrier now expects delivery around {eta}.',
  delay_silent:
    'I’m sorry for the wait. The carrier hasn’t updated parcel {tracking} since {date} ({location}).',
  delay_failed_attempt:
    'The carrier tried to deliver parcel {tracking} on {date} but couldn’t. They usually try again the next business day, or you can arrange a new delivery on their site.',
  delay_on_time:
    'Good news: order {order} is on schedule. The latest update is {event} ({location}, {date}) and it should arrive by {eta}.',
  delay_late:
    'I’m sorry for the wait. Parcel {tracking} is running later than the carrier’s estimate of {eta}. The latest update is {event} ({location}, {date}).',
  delay_exception:
    'I’m sorry: the carrier reported a problem with parcel {tracking} on {date} ({location}). We’re looking into it with them.',
  delay_returned:
    'The carrier is sending parcel {tracking} back to us (since {date}). We’ll arrange a new delivery or a refund with you.',
  delay_proactive: 'Hi! A quick heads-up about order {order}: {reason} We’re on it and I’ll update you here.',

  return_started:
    'Done! I’ve opened return {rma} for order {order}. Please pack the item(s) unworn with tags attached and drop the parcel at any {carrier} point by {date}. Your prepaid label: {link}',
  return_window_closed:
    'Order {order} was delivered on {date}, which is outside our {days}-day return window. I’ve asked a colleague to see what we can do.',
  return_not_delivered:
    'Order {order} hasn’t been delivered yet, so it can’t be returned. If it hasn’t shipped, I can cancel it instead.',
  return_which_item: 'Which item would you like to return?',

  damage_sorry_ask_photo:
    'I’m so sorry it arrived damaged 😔 Could you send a photo of the item and the packaging? It helps us sort it out quickly.',
  damage_claim_opened:
    'Thank you. I’ve opened claim {claim} for order {order} with your photo(s). A colleague will get back to you within 24 hours with a replacement or refund.',
  damage_photo_added: 'Got it, I’ve added the photo to claim {claim}.',

  size_ask_measurements:
    'Happy to help with the size! What’s your height and weight, or your chest and waist in cm?',
  size_ask_product: 'Which item are you looking at?',
  size_recommend: 'For {product} I’d go with size {size}.{equivalents}',
  size_between:
    'For {product} you’re between {size} and {size_up}. For a relaxed fit take {size_up}, for a snug fit {size}.',
  size_no_chart:
    'I don’t have a size chart for {product}, sorry. If you like, a colleague can help you choose: tap “{agent}”.',
  size_convert: 'Size {size} ({system}) is EU {eu} / US {us} / UK {uk} / JP {jp} / CN {cn}.',
  size_equivalents: ' That’s EU {eu} / US {us} / UK {uk}.',

  address_ask_new:
    'Sure. What’s the new delivery address for order {order}? Please include street, city and postcode.',
  address_invalid:
    'Sorry, I couldn’t read a full address there. Please send street, city and postcode, for example: 12 Orchard Road, Singapore 238801.',
  address_confirm: 'Please confirm the new address for order {order}: {address}',
  address_changed: 'Done! Order {order} will be delivered to: {address}',
  address_too_late:
    'Order {order} has already shipped, so I can’t change the address from here. If you like, a colleague can ask the carrier to redirect it: tap “{agent}”.',

  cancel_confirm: 'Do you want to cancel order {order} ({items}, {total})?',
  cancelled:
    'Order {order} is cancelled. Your refund of {total} will reach your original payment method within 5–10 business days.',
  cancel_kept: 'No problem, order {order} stays as it is.',
  cancel_too_late:
    'Order {order} is already on its way, so it can’t be cancelled. Once it arrives you can return it for free.',

  product_info: '{product}: {material}. Care: {care}. Colours: {colours}.',
  product_in_stock: '{product} in {variant} is in stock.',
  product_out_of_stock: '{product} in {variant} is sold out right now. We expect a restock around {date}.',
  product_sold_out: '{product} in {variant} is sold out right now.',
  product_unknown: 'Which product do you mean? You can send me its name or a link.',

  handoff: 'I’m bringing in a colleague who can help with this. They’ll reply here as soon as possible.',
  button_video_call: 'Video call',
  handoff_video: 'If it’s easier, you can also join a video call: {link}',
  handoff_eta_open: 'Someone from our team usually replies within {minutes} minutes.',
  handoff_eta_closed:
    'Our team is offline right now and back {when}. You can keep writing here: they’ll see everything.',
  handoff_waiting: 'Thanks, I’ve added that for my colleague. They’ll reply here; nothing you write is lost.',
  agent_joined: 'A colleague has joined the chat and will reply here.',
  agent_video: 'My colleague invites you to a video call. Tap to join: {link}',
  back_to_bot:
    'You’re back with the assistant. I can help with your orders, tracking, returns and sizes. What can I do for you?',
  back_to_bot_timeout:
    'Sorry, no colleague could reply yet. I’m here to help in the meantime, and you can tap “{agent}” again any time.',
  rating_ask: 'How did we do? Please rate this conversation from 1 (poor) to 5 (excellent).',
  rating_thanks: 'Thank you for your feedback! 🙏',
  proactive_intro: 'Hi! A quick heads-up about order {order}, before you have to ask:',
  proactive_choices: 'What would you prefer? (Reply STOP if you’d rather not get messages like this.)',
  optout_hint: 'Reply STOP to stop these updates.',
  button_keep_waiting: 'Keep waiting',
  button_get_updates: 'Send me updates',
  button_cancel_refund: 'Cancel and refund',
  proactive_waiting_ok:
    'Thank you for your patience! I’ll tell you here as soon as there is news about order {order}.',
  proactive_updates_on: 'Done: I’ll message you here whenever order {order} moves.',
  voice_not_supported:
    'I can’t listen to voice messages yet. Could you type your question? Or I can bring in a colleague.',
  image_ask_context: 'Thanks for the photo! What is it about: a damaged item, a return, or something else?',
  media_received: 'Thanks, I’ve received your file.',
  declined_injection: 'I can only help with your own orders and our products. What can I do for you?',
  error_try_again: 'Sorry, something went wrong on my side. Please try again in a moment.',

  cancel_processing:
    'Order {order} is being packed right now, so I can’t cancel it from here. I’ve asked a colleague to try to stop it. If it has already left, you can return it for free once it arrives.',
  cancel_delivered:
    'Order {order} has already been delivered, so it can’t be cancelled. You can still return it for free within {days} days of delivery: just ask me to start a return.',
  address_processing:
    'Order {order} is being packed right now, so I can’t change the address from here. I’ve asked a colleague to update it before it ships.',
  address_delivered: 'Order {order} has already been delivered, so its address can no longer be changed.',
  size_ask_waist:
    'Thanks! {product} is sized by waist and hip, so height and weight aren’t enough for it. What’s your waist in cm (and your hip, if you know it)?',
  size_ask_chest:
    'Thanks! {product} is sized by chest, so height and weight aren’t enough for it. What’s your chest in cm, measured at the fullest part?',
  size_ask_foot:
    'For {product} I go by foot length. How long is your foot in cm, heel to longest toe? Or tell me a size you wear in EU, US or UK.',

  // Answers to one narrow question (when, where, which number, which refund), without the full status.
  eta_shipped: 'Order {order} should arrive by {eta} (tracking {tracking} with {carrier}).',
  eta_delayed:
    'The carrier’s latest estimate for parcel {tracking} is {eta}, but it’s running late, so it may take a few more days.',
  eta_not_shipped:
    'Order {order} hasn’t shipped yet, so there’s no delivery date yet. You’ll get one with the tracking number once it ships.',
  location_answer: 'The latest scan of parcel {tracking}: {event}, {location}, on {date}.',
  tracking_number_answer: 'Order {order} is with {carrier}, tracking number {tracking}.',
  tracking_number_none: 'Order {order} hasn’t shipped yet, so there’s no tracking number yet.',
  refund_timing_return:
    'The refund for return {rma} goes to your original payment method once the parcel reaches our warehouse, usually within {days} business days of drop-off.',
  refund_timing_cancelled:
    'The refund for order {order} ({total}) goes back to your original payment method within 5–10 business days of the cancellation.',
  refund_timing_none:
    'There’s no refund open for order {order} yet. If you’d like one, I can start a return.',
  return_label_again:
    'Here’s the prepaid label for return {rma} again: {link} Drop the parcel at any {carrier} point by {date}.',
  return_label_none: 'There’s no open return for order {order} yet. Just say so and I’ll start one.',
  no_news:
    'That’s still the latest I have for order {order}: nothing has changed since my last message. Would you like me to bring in a colleague?',

  // Sent only once a case really exists: no other message may promise that someone chases the carrier.
  delay_case_opened: 'I’ve opened case {case} so a colleague chases the carrier for you.',

  // Keeping the conversation on track: no answer known, an unclear pick or yes/no, a dropped task, commands.
  faq_unknown: 'I don’t have a good answer to that one, sorry. A colleague can help: tap “{agent}”.',
  choice_not_understood: 'Sorry, which one do you mean? Tap one of the options below or send its number.',
  confirm_again: 'Sorry, is that a yes or a no? Tap one of the buttons below.',
  abandoned: 'No problem, I’ve dropped that. Anything else I can help with?',
  language_switched: 'Sure, I’ll continue in English.',
  command_help:
    'I’m the {brand} assistant. Ask me in your own words about an order, a delivery, a return, a size, an address change or a cancellation. Send STOP to stop update messages.',

  // Consent and privacy. STOP and START stay as written in every language: they are the keywords to send.
  optout_confirmed:
    'Done: you won’t get any more update messages from {brand}. You can still write to me any time, and send START to turn updates back on.',
  optin_confirmed: 'Welcome back! Order updates from {brand} are on again.',
  data_request_access:
    'I’ve passed your request for a copy of your personal data to our privacy team. They’ll reply here within {days} days.',
  data_request_deletion:
    'I’ve passed your request to delete your personal data to our privacy team. They’ll confirm here within {days} days.',

  // Carrier events by code (ShipmentEventCode), read inside status sentences: short, no full stop.
  event_label_created: 'label created, waiting for pickup',
  event_picked_up: 'picked up by the carrier',
  event_in_transit: 'in transit',
  event_departed_origin: 'left the origin hub',
  event_arrived_hub: 'arrived at a sorting hub',
  event_export_customs: 'cleared export customs',
  event_customs_hold: 'held by customs',
  event_customs_cleared: 'cleared import customs',
  event_port_congestion: 'delayed by port congestion',
  event_arrived_destination: 'arrived in the destination country',
  event_out_for_delivery: 'out for delivery',
  event_delivery_attempt_failed: 'delivery attempted, nobody was available',
  event_delivered: 'delivered',
  event_returned_to_sender: 'returned to the sender',
  event_exception: 'carrier exception',
} as const;

export type MessageKey = keyof typeof en;
export type Catalog = Record<MessageKey, string>;
