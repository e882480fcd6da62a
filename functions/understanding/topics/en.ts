import type { TopicLexicon } from './types';

// English as shoppers type it on chat, including non-native phrasing ("when it will arrive?") and the
// usual typos (recieve, arive, traking, lable, shiping). Every other language falls back on this one too:
// "tracking number po", "refund policy niyo", "bisa COD" mix English words into other languages.
const AUX = '(?:will|would|does|do|is|are|can|could|should|shall|r|must|might|gonna)';
const THING = '(?:it|they|them|this|that|these|my \\w+|the \\w+|our \\w+|mine|i|we|u|you|ya)';
const ARRIVE =
  '(?:arriv\\w*|ariv\\w*|be delivered|get delivered|be here|get here|be there|come(?! back)|coming(?! back)|reach\\w*|show up|land|recei\\w*|recie\\w*|get (?:it|them|this|my|the|mine)|expect (?:it|them|my|the|delivery)|have (?:it|them|my))';

const NOT_PASSED =
  '(?<!(?:missed|past|passed|over|lepas|lewat|melepasi|lampas|lumampas|lagpas|lumagpas|na-?move|moved)[^?.!]*)';
// A place a shop ships to, not an address change ("deliver to my office") or a time ("deliver in 2 days").
const NOT_PLACE =
  '(?!(?:my|the|a|an|another|this|that|new|different|our|his|her|him|me|us|it|them|you|work|home|office|time|\\d)\\b)';
// "how long does a refund take" is about one refund's timing, not shipping.
const NOT_REFUND = '(?<!(?:refund|money|reimburs)[^?.!]*)(?![^?.!]*(?:refund|money|reimburs))';

export const en: TopicLexicon = {
  script: 'latin',
  wordStart: true,
  facets: {
    eta: [
      `when(?:'?s| ${AUX}) ?(?:${THING} )?(?:${THING} )?(?:be )?(?:gonna |going to )?${ARRIVE}`,
      `when ${THING} (?:will|gonna|going to|is going to|should) ${ARRIVE}`,
      '(?:arriving|arrive|coming|come|be delivered|get here|reach) when ?(?:\\?|$)',
      // This lexicon is also tried on Taglish and Manglish: "lagpas na sa ETA", "dah lepas ETA" complain.
      `${NOT_PASSED}eta\\b`,
      // "the delivery date passed", "missed the delivery date" complain about a delay, they do not ask.
      `${NOT_PASSED}(?:arrival|delivery|expected|estimated) (?:date|day)\\b(?! (?:passed|has passed|was|came|is over|already))`,
      '(?:expected|estimated) (?:delivery|arrival)\\b(?! (?:date )?(?:was|passed|has passed))',
      `how (?:long|many (?:more )?days|soon) (?:will|until|till|til|before|b4) ${THING}`,
      'how (?:much longer|many more days)',
      `(?:will|would|is|does|can) ${THING} (?:be )?${ARRIVE}\\b[^?.!]{0,20}\\b(?:today|tomorrow|tmr|tmrw|this week|next week|by|before|in time|on (?:time|mon|tue|wed|thu|fri|sat|sun))`,
      'what (?:day|date|time) (?:will|would|is|does|should) \\w+ (?:\\w+ )?(?:arriv|come|be delivered|get here)',
    ],
    location: [
      `where(?:'?s| is| are| r)? ?${THING}? ?(?:at )?(?:now|right now|rn|currently|at the moment|atm|exactly|at this point)\\b`,
      "where (?:exactly|abouts|about) (?:is|'?s|are)",
      'where (?:is|are) (?:it|they) at\\b',
      "where'?s it at\\b",
      '(?:current|exact|live) (?:location|position|whereabouts)',
      '(?:location|whereabouts) of (?:my|the|our) (?:order|package|parcel|shipment|stuff|item)',
      '(?:which|what) (?:city|country|hub|warehouse|facility|state|place) is (?:it|my \\w+|the \\w+) (?:in|at) (?:now|right now)?',
    ],
    refund_timing: [
      `when ${AUX}? ?(?:i|we|u)? ?(?:get|receive|see|have|be getting)? ?(?:my|the|our)? ?(?:money|refund|reimburs\\w*|cash|rfnd|refnd)`,
      'when (?:will|would|do|does|can) (?:i|we) (?:be|get) (?:refunded|reimbursed|my money)',
      'how (?:long|many days)\\b[^?.!]{0,25}\\b(?:refund|refnd|reimburs|money back|my money)',
      '(?:refund|refnd|money|money back)\\b[^?.!]{0,15}\\b(?:when|eta|how long|status|timeline|yet)\\b',
      "(?:where'?s|where is) (?:my|the) (?:refund|money)",
      "(?:still|havent|haven't|not|never) (?:\\w+ )?(?:got|gotten|received|recieved|seen|get) (?:my|the|a|any) (?:refund|money)",
    ],
    return_label: [
      '(?:return|returns|shipping|prepaid|postage|ship back|retour|courier) (?:la?be?l|lable|labl)',
      "(?:send|resend|email|give|need|lost|where'?s|where is|print|get|have|forward) (?:me )?(?:the|my|a|another|new|that)? ?(?:return )?(?:la?be?l|lable)s?\\b",
      '(?:la?be?l|lable) (?:again|pls|please|plz|for the return|to return|to send)',
      '(?:how|where) (?:do|can|should|to) (?:i )?(?:send|ship|mail|post|drop) (?:it|this|them|the \\w+|that) (?:back|off)\\b',
      'how to (?:send|ship|mail|post) (?:it|this|them|the \\w+) back',
      '(?:return|returns) (?:address|qr|code|slip)',
      'address to (?:send|ship|return) (?:it|them|this)',
      'qr (?:code )?(?:for|to) (?:the )?return',
    ],
    tracking_number: [
      '(?:trac?k|trak|trackin|trackng|tracknig|tracing)(?:ing)? ?(?:number|num|no\\b|nr\\b|#|code|link|id\\b|url)',
      "(?:send|give|share|forward|what'?s|whats|what is|need|want|have|got|get|is there|where'?s|where is) (?:me )?(?:the |my |a |your |an |any )?(?:trac?king|traking|trackin|tracking)\\b(?! (?:update|updates|info|movement|since|for|yet|status|is|has|hasn't|hasnt|shows|says))",
      '(?:trac?king|traking) (?:pls|please|plz)',
      '^(?:any |no )?(?:trac?king|traking) ?\\?',
      '(?:waybill|airway bill|awb|consignment|shipment|parcel|package) (?:number|no\\b|nr\\b|#|code)',
      '(?:waybill|awb)\\b',
    ],
  },
  faq: {
    shipping_countries: [
      `(?:do|does|can|could|will|would) (?:you|u|ya|y'?all|your (?:shop|store))(?: guys)? (?:ship|deliver|send|post|mail)\\w* (?:to|in|into) ${NOT_PLACE}`,
      "(?:do|does|can|could|will|would) (?:you|u|ya|y'?all)(?: guys)? (?:ship|deliver|send|post|mail)\\w* (?:internationally|worldwide|overseas|abroad|outside|international)",
      '(?:do|does|can|could|will|would) (?:you|u|ya)(?: guys)? (?:ship|deliver|send)\\w* to the (?:uk|us|usa|philippines|netherlands|uae|states|emirates)\\b',
      '(?:ship|deliver|send)\\w* (?:internationally|worldwide|overseas|abroad|outside (?:the|of|my))',
      'international (?:shipping|delivery|orders|shipment)',
      '(?:which|what) countr',
      `(?:ship|shipping|deliver|delivery)\\w* (?:to|in) (?:my country|${NOT_PLACE}[a-z]+(?: [a-z]+)?) ?\\?`,
      'available (?:in|to) (?:my country|other countries)',
      'is (?:shipping|delivery) available (?:in|to)',
    ],
    shipping_times: [
      `how ${NOT_REFUND}(?:long|many days|many weeks|fast|quick|quickly|soon)\\b[^?.!]{0,30}\\b(?:take|takes|shipping|shiping|delivery|delievery|deliver|to ship|to arrive|to get here)`,
      '(?:shipping|shiping|delivery|delievery|transit|processing|dispatch|handling) (?:time|times|days|duration|period|speed|estimate)',
      `(?:usually|normally|generally|typically) ${NOT_REFUND}(?:take|takes|arrive|ship)`,
    ],
    duties_taxes: [
      '(?:import|customs|custom|customes) (?:duty|duties|tax|taxes|fee|fees|charge|charges|clearance fee|costs?)',
      '(?:pay|paying|charged?|charges|cover)\\w* (?:\\w+ ){0,2}(?:customs|duties|duty|import tax|import fee|vat\\b|tariff)',
      '(?:duties|tariffs?|ddp|ddu|brokerage)\\b',
      '(?:duty|tax) ?free\\b',
      '(?:vat|gst|tax|taxes) (?:included|incl|inc\\b|inclusive|extra)',
      '(?:include|including|includes|incl) (?:the )?(?:vat|gst|tax|taxes|duties|customs)',
    ],
    exchange_policy: [
      '(?:exchang|exhang|exchag|exchnag|xchang)\\w*\\b(?! rates?\\b)',
      '(?:swap|switch|trade) (?:it|this|them|for|the size|sizes|size|colou?r)\\b',
      '(?:change|chg) (?:it |this |them )?(?:for|to|into) (?:a |an |the )?(?:bigger|smaller|larger|size\\b|(?:different|another|other|\\w+) (?:size|colou?r))',
      '(?:size|colou?r) (?:swap|change)',
    ],
    refund_policy: [
      '(?:refund|return|returns|money back|retrun|retun)s?(?: (?:and|&|/|or) (?:refund|return|exchange)s?)? ?(?:policy|policies|pol\\b|rules|conditions|terms|window|period|guarantee)',
      'policy (?:on|for|about) (?:returns|refunds|returning)',
      '(?:do|does|can) (?:you|u)(?: guys)? (?:do|offer|give|accept|allow|take) (?:free )?(?:returns|refunds)',
      '(?:can|could) (?:i|we) (?:return|get a refund|get refund)\\b[^?.!]{0,25}\\b(?:if|after|within)\\b',
      'how (?:many|much) (?:days|time)\\b[^?.!]{0,20}\\b(?:to|for) (?:return|refund|send (?:it )?back)',
      '(?:non[- ]?refundable|refundable)\\b',
      'free returns',
      'who pays (?:for )?(?:the )?return',
    ],
    payment_methods: [
      '(?:pay|paying|payment|checkout)\\b (?:with|by|via|using|thru|through|in|on) (?:cash|card|credit|debit|paypal|apple|google|klarna|afterpay|installments?|crypto|bitcoin|bank|transfer|cod|venmo|zelle|amex|visa|mastercard|gift card)',
      '(?:payment|pay) (?:methods?|options?|types?|plans?)',
      'how (?:can|do|could) (?:i|we) pay',
      '(?:paypal|apple ?pay|google ?pay|gpay|klarna|afterpay|affirm|clearpay|venmo|zelle|cash ?app|shop ?pay|amex|mastercard|bnpl)\\b',
      '(?:cash on delivery|cod\\b|bank transfer|wire transfer|buy now pay later|pay later|installments?|instalments?)',
      '(?:accept|take|support)\\w* (?:\\w+ )?(?:cards?|visa|paypal|crypto|bitcoin|cash)\\b',
    ],
  },
};
